/**
 * Reads a number the way a person in a locale writes it: "12,5" in German, Polish or
 * Spanish, "1 234,5" in French, "12.5" or "1,234.5" in British English.
 *
 * Grouping is strict on purpose: "12,5" in en-GB or "12.5" in de is refused rather than
 * guessed, because reading a decimal mark as a thousands mark changes a result a
 * thousandfold, and a blood result read wrongly is worse than one not read at all.
 */

export type ParsedNumber = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'not-a-number' };

interface Separators {
  decimal: string;
  group: string;
}

const separatorCache = new Map<string, Separators>();

function separatorsFor(locale: string | undefined): Separators {
  const key = locale ?? '';
  let separators = separatorCache.get(key);
  if (!separators) {
    let parts: Intl.NumberFormatPart[];
    try {
      // A locale the runtime has no number data for is read as en-GB, not as the device's
      // own language: the same text must mean the same number on every device.
      const known = locale && Intl.NumberFormat.supportedLocalesOf([locale]).length > 0;
      parts = new Intl.NumberFormat(known ? locale : 'en-GB').formatToParts(12345.6);
    } catch {
      // An invalid locale tag: fall back to the source locale rather than fail the field.
      parts = new Intl.NumberFormat('en-GB').formatToParts(12345.6);
    }
    separators = {
      decimal: commonMarks(parts.find((p) => p.type === 'decimal')?.value ?? '.'),
      group: commonMarks(parts.find((p) => p.type === 'group')?.value ?? ','),
    };
    separatorCache.set(key, separators);
  }
  return separators;
}

/*
 * The zero of each run of ten decimal digits a reader may type: Arabic-Indic, Extended
 * Arabic-Indic (Persian, Urdu), NKo, the Indic scripts from Devanagari to Malayalam,
 * Sinhala, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian and full-width digits.
 */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0, 0x1810, 0xff10];

/**
 * Digits of any of those scripts as ASCII digits: "۱۲" and "১২" are 12. The widgets write
 * numbers in the reader's digits (Intl does), so they must read them back.
 */
export function toAsciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0)!;
    const zero = DIGIT_ZEROS.find((start) => code >= start && code <= start + 9);
    return zero === undefined ? digit : String(code - zero);
  });
}

/** Arabic and full-width decimal and thousands marks as "." and ",", in the text and in the locale's marks alike. */
function commonMarks(text: string): string {
  return text.replace(/[\u066B\uFF0E]/g, '.').replace(/[\u066C\uFF0C]/g, ',');
}

const SPACE_LIKE = /[\s\u00A0\u202F\u2009]/;
const INVISIBLE_MARKS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

export function parseLocaleNumber(input: number | string | null | undefined, locale?: string): ParsedNumber {
  if (input === null || input === undefined) return { kind: 'empty' };
  if (typeof input === 'number') return Number.isFinite(input) ? { kind: 'number', value: input } : { kind: 'not-a-number' };
  if (typeof input !== 'string') return { kind: 'not-a-number' };

  // Bidirectional marks come along when a number is pasted from right-to-left text.
  let text = commonMarks(toAsciiDigits(input.replace(INVISIBLE_MARKS, ''))).trim();
  if (text === '') return { kind: 'empty' };
  text = text.replace(/^[\u2212\u2012\u2013]/, '-');

  const { decimal, group } = separatorsFor(locale);
  const groupIsSpace = SPACE_LIKE.test(group);
  const sign = text.startsWith('-') || text.startsWith('+') ? text[0] : '';
  const body = text.slice(sign.length);

  const decimalAt = body.lastIndexOf(decimal);
  const whole = decimalAt === -1 ? body : body.slice(0, decimalAt);
  const fraction = decimalAt === -1 ? '' : body.slice(decimalAt + decimal.length);
  if (!/^\d*$/.test(fraction) || (decimalAt !== -1 && whole === '' && fraction === '')) return { kind: 'not-a-number' };

  const groups = groupIsSpace ? whole.split(/[\s\u00A0\u202F\u2009\u066C]/) : whole.split(group);
  const wellGrouped = groups.length === 1 ? /^\d*$/.test(groups[0]) : /^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
  if (!wellGrouped || (whole === '' && fraction === '')) return { kind: 'not-a-number' };

  // Well-formed by now, so never NaN. Hundreds of digits overflow to Infinity: still a
  // number, just an absurd one, which the assessment reports as implausible.
  return { kind: 'number', value: Number(`${sign}${groups.join('') || '0'}.${fraction || '0'}`) };
}
