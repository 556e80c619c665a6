import { msg } from '@lit/localize';

/*
 * Month and weekday names, and date patterns, as translatable messages. They are used
 * only where the browser's Intl has no calendar data for the reader's language:
 * Chromium ships none for Welsh, and would otherwise write Welsh dates in American
 * English. Ids are explicit because the English words repeat.
 */

/** A month's name on its own, as in a calendar heading ("Rhagfyr 2026"); `month` is 0–11. */
export function standaloneMonthName(month: number): string {
  switch (month) {
    case 0:
      return msg('January', { id: 'month.1', desc: 'Month name on its own, as in a calendar heading.' });
    case 1:
      return msg('February', { id: 'month.2', desc: 'Month name on its own, as in a calendar heading.' });
    case 2:
      return msg('March', { id: 'month.3', desc: 'Month name on its own, as in a calendar heading.' });
    case 3:
      return msg('April', { id: 'month.4', desc: 'Month name on its own, as in a calendar heading.' });
    case 4:
      return msg('May', { id: 'month.5', desc: 'Month name on its own, as in a calendar heading.' });
    case 5:
      return msg('June', { id: 'month.6', desc: 'Month name on its own, as in a calendar heading.' });
    case 6:
      return msg('July', { id: 'month.7', desc: 'Month name on its own, as in a calendar heading.' });
    case 7:
      return msg('August', { id: 'month.8', desc: 'Month name on its own, as in a calendar heading.' });
    case 8:
      return msg('September', { id: 'month.9', desc: 'Month name on its own, as in a calendar heading.' });
    case 9:
      return msg('October', { id: 'month.10', desc: 'Month name on its own, as in a calendar heading.' });
    case 10:
      return msg('November', { id: 'month.11', desc: 'Month name on its own, as in a calendar heading.' });
    default:
      return msg('December', { id: 'month.12', desc: 'Month name on its own, as in a calendar heading.' });
  }
}

/** A month's name inside a date ("3 grudnia 2026"), which some languages decline; `month` is 0–11. */
export function monthNameInDate(month: number): string {
  switch (month) {
    case 0:
      return msg('January', { id: 'month-in-date.1', desc: 'Month name inside a date such as "3 January 2027". Some languages use a different case here.' });
    case 1:
      return msg('February', { id: 'month-in-date.2', desc: 'Month name inside a date such as "3 February 2027". Some languages use a different case here.' });
    case 2:
      return msg('March', { id: 'month-in-date.3', desc: 'Month name inside a date such as "3 March 2027". Some languages use a different case here.' });
    case 3:
      return msg('April', { id: 'month-in-date.4', desc: 'Month name inside a date such as "3 April 2027". Some languages use a different case here.' });
    case 4:
      return msg('May', { id: 'month-in-date.5', desc: 'Month name inside a date such as "3 May 2027". Some languages use a different case here.' });
    case 5:
      return msg('June', { id: 'month-in-date.6', desc: 'Month name inside a date such as "3 June 2027". Some languages use a different case here.' });
    case 6:
      return msg('July', { id: 'month-in-date.7', desc: 'Month name inside a date such as "3 July 2027". Some languages use a different case here.' });
    case 7:
      return msg('August', { id: 'month-in-date.8', desc: 'Month name inside a date such as "3 August 2027". Some languages use a different case here.' });
    case 8:
      return msg('September', { id: 'month-in-date.9', desc: 'Month name inside a date such as "3 September 2027". Some languages use a different case here.' });
    case 9:
      return msg('October', { id: 'month-in-date.10', desc: 'Month name inside a date such as "3 October 2027". Some languages use a different case here.' });
    case 10:
      return msg('November', { id: 'month-in-date.11', desc: 'Month name inside a date such as "3 November 2027". Some languages use a different case here.' });
    default:
      return msg('December', { id: 'month-in-date.12', desc: 'Month name inside a date such as "3 December 2027". Some languages use a different case here.' });
  }
}

/** A weekday's full and short names; `weekday` is 1 (Monday) to 7 (Sunday). */
export function weekdayName(weekday: number): { long: string; short: string } {
  switch (weekday) {
    case 1:
      return { long: msg('Monday', { id: 'weekday.1', desc: 'Weekday name.' }), short: msg('Mon', { id: 'weekday-short.1', desc: 'Short weekday name for a calendar column heading.' }) };
    case 2:
      return { long: msg('Tuesday', { id: 'weekday.2', desc: 'Weekday name.' }), short: msg('Tue', { id: 'weekday-short.2', desc: 'Short weekday name for a calendar column heading.' }) };
    case 3:
      return { long: msg('Wednesday', { id: 'weekday.3', desc: 'Weekday name.' }), short: msg('Wed', { id: 'weekday-short.3', desc: 'Short weekday name for a calendar column heading.' }) };
    case 4:
      return { long: msg('Thursday', { id: 'weekday.4', desc: 'Weekday name.' }), short: msg('Thu', { id: 'weekday-short.4', desc: 'Short weekday name for a calendar column heading.' }) };
    case 5:
      return { long: msg('Friday', { id: 'weekday.5', desc: 'Weekday name.' }), short: msg('Fri', { id: 'weekday-short.5', desc: 'Short weekday name for a calendar column heading.' }) };
    case 6:
      return { long: msg('Saturday', { id: 'weekday.6', desc: 'Weekday name.' }), short: msg('Sat', { id: 'weekday-short.6', desc: 'Short weekday name for a calendar column heading.' }) };
    default:
      return { long: msg('Sunday', { id: 'weekday.7', desc: 'Weekday name.' }), short: msg('Sun', { id: 'weekday-short.7', desc: 'Short weekday name for a calendar column heading.' }) };
  }
}

/*
 * Date patterns are one message with named slots rather than str`` templates, because
 * lit-localize merges placeholders with only spaces between them into one, and then a
 * translator could not reorder day, month and year.
 */
const fill = (pattern: string, parts: Record<string, string>) => pattern.replace(/\{(\w+)\}/g, (slot, name: string) => (Object.hasOwn(parts, name) ? parts[name] : slot));

export function longDatePattern(day: string, month: string, year: string): string {
  const pattern = msg('{day} {month} {year}', {
    id: 'date.long',
    desc: 'How a date is written. Keep {day}, {month} and {year} in English; put them in your order with the words between that your language uses, e.g. "{day} de {month} de {year}".',
  });
  return fill(pattern, { day, month, year });
}

export function fullDatePattern(weekday: string, day: string, month: string, year: string): string {
  const pattern = msg('{weekday}, {day} {month} {year}', {
    id: 'date.full',
    desc: 'How a date with its weekday is written. Keep {weekday}, {day}, {month} and {year} in English; put them in your order.',
  });
  return fill(pattern, { weekday, day, month, year });
}

export function monthYearPattern(month: string, year: string): string {
  const pattern = msg('{month} {year}', { id: 'month-year', desc: 'A calendar heading. Keep {month} and {year} in English; put them in your order.' });
  return fill(pattern, { month, year });
}
