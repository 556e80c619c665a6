import { intlTag } from './locale.js';

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number as the reader's locale writes it, with at most `maximumFractionDigits`
 * decimals: 12,5 in German, 12.5 in English. Thresholds such as 3.0 show as 3.
 */
export function formatNumber(value: number, locale: string, maximumFractionDigits = 1): string {
  const key = `${locale}|${maximumFractionDigits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlTag('NumberFormat', locale), { maximumFractionDigits });
    formats.set(key, format);
  }
  return format.format(value);
}

/** Enough decimals to tell values near a threshold apart, without false precision. */
export function decimalsFor(value: number): number {
  if (value >= 100) return 0;
  return value >= 10 ? 1 : 2;
}

/**
 * A number as a person would type it in this locale: its decimal mark and digits, no
 * thousands marks, every decimal kept. For putting a typed value back into a field.
 */
export function formatForInput(value: number, locale: string): string {
  return new Intl.NumberFormat(intlTag('NumberFormat', locale), { useGrouping: false, maximumFractionDigits: 20 }).format(value);
}

/**
 * An amount with its unit in words, as the language writes it ("10 seconds", "10 eiliad",
 * "1 MB"), plural and all, from the browser's own data: no message per plural form.
 */
export function formatQuantity(value: number, unit: 'second' | 'megabyte', locale: string): string {
  return new Intl.NumberFormat(intlTag('NumberFormat', locale), { style: 'unit', unit, unitDisplay: unit === 'second' ? 'long' : 'short' }).format(value);
}
