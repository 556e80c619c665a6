import { msg, str } from '@lit/localize';
import { CLEARLY_WORSE, type DiarySummary } from '../../engine/index.js';
import { formatNumber } from '../../i18n/format.js';
import { plural } from '../../i18n/plural.js';
import { durationDays } from '../shared/count-words.js';

/*
 * The engine's diary summary in sentences. Every figure is the engine's: which cycles,
 * which day, the usual gap. These words only say them.
 */

/** "In your last 3 cycles", by the plural rules of the widget's language. */
function inLastCycles(count: number, locale: string): string {
  const n = formatNumber(count, locale);
  return plural(count, {
    zero: () => msg(str`In your last ${n} cycles`, { id: 'in-last-cycles.zero', desc: 'Start of a sentence about the last few injection-to-injection cycles. Plural form "zero".' }),
    one: () => msg('In your last cycle', { id: 'in-last-cycles.one', desc: 'Start of a sentence about the last injection-to-injection cycle. Plural form "one".' }),
    two: () => msg(str`In your last ${n} cycles`, { id: 'in-last-cycles.two', desc: 'Start of a sentence about the last few injection-to-injection cycles. Plural form "two".' }),
    few: () => msg(str`In your last ${n} cycles`, { id: 'in-last-cycles.few', desc: 'Start of a sentence about the last few injection-to-injection cycles. Plural form "few".' }),
    many: () => msg(str`In your last ${n} cycles`, { id: 'in-last-cycles.many', desc: 'Start of a sentence about the last few injection-to-injection cycles. Plural form "many".' }),
    other: () => msg(str`In your last ${n} cycles`, { id: 'in-last-cycles.other', desc: 'Start of a sentence about the last few injection-to-injection cycles. Plural form "other".' }),
  });
}

/** "In 2 of your last 3 cycles": the form follows the total. */
function inSomeOfLastCycles(some: number, count: number, locale: string): string {
  const k = formatNumber(some, locale);
  const n = formatNumber(count, locale);
  return plural(count, {
    zero: () => msg(str`In ${k} of your last ${n} cycles`, { id: 'in-some-of-last-cycles.zero', desc: 'Start of a sentence: in some of the last few injection-to-injection cycles. Plural form "zero" of the total.' }),
    one: () => msg(str`In ${k} of your last ${n} cycles`, { id: 'in-some-of-last-cycles.one', desc: 'Start of a sentence: in some of the last few injection-to-injection cycles. Plural form "one" of the total.' }),
    two: () => msg(str`In ${k} of your last ${n} cycles`, { id: 'in-some-of-last-cycles.two', desc: 'Start of a sentence: in some of the last few injection-to-injection cycles. Plural form "two" of the total.' }),
    few: () => msg(str`In ${k} of your last ${n} cycles`, { id: 'in-some-of-last-cycles.few', desc: 'Start of a sentence: in some of the last few injection-to-injection cycles. Plural form "few" of the total.' }),
    many: () => msg(str`In ${k} of your last ${n} cycles`, { id: 'in-some-of-last-cycles.many', desc: 'Start of a sentence: in some of the last few injection-to-injection cycles. Plural form "many" of the total.' }),
    other: () => msg(str`In ${k} of your last ${n} cycles`, { id: 'in-some-of-last-cycles.other', desc: 'Start of a sentence: in some of the last few injection-to-injection cycles. Plural form "other" of the total.' }),
  });
}

/** "52 to 60 days", or "52 days" when every cycle says the same. */
function dayRange(from: number, to: number, locale: string): string {
  return from === to ? durationDays(from, locale) : msg(str`${formatNumber(from, locale)} to ${durationDays(to, locale)}`);
}

/** The summary's sentences: what the cycles show, then the usual gap between injections. */
export function summarySentences(summary: DiarySummary, locale: string): string[] {
  const { recent, usualIntervalDays } = summary;
  if (!recent) {
    return [msg('When you have recorded two injections and how you felt between them, this will show on which day of each cycle your symptoms got worse again.')];
  }
  const { cyclesLookedAt, cyclesWorseAgain, fromDay, toDay } = recent;
  const sentences =
    cyclesWorseAgain === 0 || fromDay === undefined || toDay === undefined
      ? [msg(str`${inLastCycles(cyclesLookedAt, locale)}, your symptoms did not get clearly worse again before your next injection.`)]
      : [
          msg(
            str`${cyclesWorseAgain === cyclesLookedAt ? inLastCycles(cyclesLookedAt, locale) : inSomeOfLastCycles(cyclesWorseAgain, cyclesLookedAt, locale)}, your symptoms got worse again ${dayRange(fromDay, toDay, locale)} after an injection.`,
          ),
        ];
  if (usualIntervalDays !== undefined) sentences.push(msg(str`The usual gap between your injections is ${durationDays(usualIntervalDays, locale)}.`));
  return sentences;
}

/** How "worse again" is found, so the reader and their GP can judge the sentence. */
export function ruleWords(locale: string): string {
  return msg(
    str`"Worse again" means your overall score was at least ${formatNumber(CLEARLY_WORSE, locale)} higher than on your best day since that injection. Your overall score adds up your symptoms: none 0, mild 1, moderate 2, severe 3.`,
  );
}
