import { isoWeekday, parseIsoDate } from '../engine/iso-date.js';
import { fullDatePattern, longDatePattern, monthNameInDate, monthYearPattern, standaloneMonthName, weekdayName } from './calendar-words.js';
import { formatNumber } from './format.js';
import { intlLocale, intlSupports } from './locale.js';

/*
 * Where the browser cannot write dates in the reader's language (Chromium has no Welsh
 * calendar data), dates are built from the translated month and weekday names, so a
 * Welsh page never shows American English dates.
 */
const intlKnowsDates = (locale: string) => intlSupports('DateTimeFormat', locale);

/**
 * Every date is written in the Gregorian calendar the month grid is drawn in: a Persian
 * page, or a tag with -u-ca-islamic, would otherwise name another calendar's month over
 * a Gregorian grid, and a treatment date is a Gregorian date.
 */
const GREGORIAN = { calendar: 'gregory', timeZone: 'UTC' } as const;

/**
 * Calendar dates (ISO yyyy-mm-dd) in the reader's language. Formatted in UTC because the
 * engine's dates are days, not instants: 3 March must not show as 2 March west of Greenwich.
 */
export function formatDate(iso: string, locale: string, style: 'long' | 'full' = 'long'): string {
  if (style === 'long') return formatLongDate(iso, locale);
  const date = parseIsoDate(iso) ?? new Date(Number.NaN);
  if (intlKnowsDates(locale)) return new Intl.DateTimeFormat(intlLocale(locale), { ...GREGORIAN, dateStyle: style }).format(date);
  return fullDatePattern(weekdayName(isoWeekday(date)).long, ...dateParts(date, locale));
}

/**
 * "5 December 2026" in the reader's language. Its own function so that a widget that
 * writes no weekday (the checker's "read on" date) carries no weekday names.
 */
export function formatLongDate(iso: string, locale: string): string {
  const date = parseIsoDate(iso) ?? new Date(Number.NaN);
  if (intlKnowsDates(locale)) return new Intl.DateTimeFormat(intlLocale(locale), { ...GREGORIAN, dateStyle: 'long' }).format(date);
  return longDatePattern(...dateParts(date, locale));
}

const dateParts = (date: Date, locale: string) => [formatNumber(date.getUTCDate(), locale), monthNameInDate(date.getUTCMonth()), String(date.getUTCFullYear())] as const;

export function formatMonth(year: number, month: number, locale: string): string {
  if (!intlKnowsDates(locale)) return monthYearPattern(standaloneMonthName(month), String(year));
  return new Intl.DateTimeFormat(intlLocale(locale), { ...GREGORIAN, month: 'long', year: 'numeric' }).format(new Date(Date.UTC(year, month, 1)));
}

/** Narrow, short and long weekday names, starting from `firstDay` (1 = Monday … 7 = Sunday). */
export function weekdayNames(locale: string, firstDay: number): { narrow: string; short: string; long: string }[] {
  if (!intlKnowsDates(locale)) {
    return Array.from({ length: 7 }, (_, i) => {
      const { long, short } = weekdayName(((firstDay - 1 + i) % 7) + 1);
      return { long, short, narrow: [...short][0] ?? short };
    });
  }
  const format = (weekday: 'narrow' | 'short' | 'long') => new Intl.DateTimeFormat(intlLocale(locale), { ...GREGORIAN, weekday });
  const [narrow, short, long] = [format('narrow'), format('short'), format('long')];
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const day = new Date(Date.UTC(2024, 0, 1 + ((firstDay - 1 + i) % 7)));
    return { narrow: narrow.format(day), short: short.format(day), long: long.format(day) };
  });
}

// Regions whose calendars start on Sunday, for browsers without Intl.Locale week info
// (Firefox). Source: CLDR weekData.
const SUNDAY_FIRST = new Set(['US', 'CA', 'MX', 'BR', 'JP', 'KR', 'IL', 'IN', 'PH', 'ZA', 'AU', 'SA', 'PE', 'CO', 'VE', 'GT', 'HK', 'TW']);

/** The first day of the week where the reader lives: 1 = Monday … 7 = Sunday. */
export function firstDayOfWeek(locale: string): number {
  try {
    const intl = new Intl.Locale(intlLocale(locale)) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const info = intl.getWeekInfo?.() ?? intl.weekInfo;
    if (info) return info.firstDay;
    return SUNDAY_FIRST.has(intl.maximize().region ?? '') ? 7 : 1;
  } catch {
    return 1;
  }
}
