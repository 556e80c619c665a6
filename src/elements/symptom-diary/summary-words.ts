import { msg, str } from '@lit/localize';
import { CLEARLY_WORSE, MIN_CHECK_INS_PER_CYCLE, type DiarySummary } from '../../engine/index.js';
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
    zero: () =>
      msg(str`In ${k} of your last ${n} cycles`, {
        id: 'in-some-of-last-cycles.zero',
        desc: 'Start of a sentence: in some of the last few injection-to-injection cycles. Plural form "zero" of the total.',
      }),
    one: () =>
      msg(str`In ${k} of your last ${n} cycles`, {
        id: 'in-some-of-last-cycles.one',
        desc: 'Start of a sentence: in some of the last few injection-to-injection cycles. Plural form "one" of the total.',
      }),
    two: () =>
      msg(str`In ${k} of your last ${n} cycles`, {
        id: 'in-some-of-last-cycles.two',
        desc: 'Start of a sentence: in some of the last few injection-to-injection cycles. Plural form "two" of the total.',
      }),
    few: () =>
      msg(str`In ${k} of your last ${n} cycles`, {
        id: 'in-some-of-last-cycles.few',
        desc: 'Start of a sentence: in some of the last few injection-to-injection cycles. Plural form "few" of the total.',
      }),
    many: () =>
      msg(str`In ${k} of your last ${n} cycles`, {
        id: 'in-some-of-last-cycles.many',
        desc: 'Start of a sentence: in some of the last few injection-to-injection cycles. Plural form "many" of the total.',
      }),
    other: () =>
      msg(str`In ${k} of your last ${n} cycles`, {
        id: 'in-some-of-last-cycles.other',
        desc: 'Start of a sentence: in some of the last few injection-to-injection cycles. Plural form "other" of the total.',
      }),
  });
}

/** "from day 52 to day 60 after an injection", or "on day 52 after an injection" when every cycle says the same. */
function onDays(from: number, to: number, locale: string): string {
  const [first, last] = [formatNumber(from, locale), formatNumber(to, locale)];
  return from === to ? msg(str`on day ${first} after an injection`) : msg(str`from day ${first} to day ${last} after an injection`);
}

/**
 * The summary's sentences: what the person recorded in their last assessable cycles, or
 * that there are not enough check-ins to say; then the usual gap between injections.
 * Nothing here says symptoms did not come back unless at least two cycles had the
 * check-ins to show it.
 */
export function summarySentences(summary: DiarySummary, locale: string): string[] {
  const { cycles, recent, usualIntervalDays } = summary;
  const { enough, cyclesLookedAt, cyclesCameBack, fromDay, toDay } = recent;
  const sentences = [
    // A cycle for each injection date: fewer than two, and there is no gap to look at yet.
    cycles.length < 2
      ? msg('When you have recorded two injections and how you felt between them, this will show whether your symptoms come back before your next injection.')
      : !enough
        ? msg('Not enough check-ins yet to show whether your symptoms come back before your next injection. A check-in every week, and in the last two weeks before each injection, helps.')
        : cyclesCameBack === 0 || fromDay === undefined || toDay === undefined
          ? msg(str`${inLastCycles(cyclesLookedAt, locale)}, you did not record your symptoms as clearly worse again before your next injection.`)
          : msg(
              str`${cyclesCameBack === cyclesLookedAt ? inLastCycles(cyclesLookedAt, locale) : inSomeOfLastCycles(cyclesCameBack, cyclesLookedAt, locale)}, you recorded your symptoms as clearly worse again ${onDays(fromDay, toDay, locale)}.`,
            ),
  ];
  if (usualIntervalDays !== undefined) sentences.push(msg(str`The usual gap between your injections is ${durationDays(usualIntervalDays, locale)}.`));
  return sentences;
}

/** Said with the advice when symptoms came back often: the diary cannot tell a return from another cause. */
export function otherCausesWords(): string {
  return msg('Other things, such as an infection or another condition, can make these symptoms worse too. Your GP can look at this with you.');
}

/** How "clearly worse again" is found, so the reader and their GP can judge the sentence. */
export function ruleWords(locale: string): string {
  return msg(
    str`"Clearly worse again" means that, over the symptoms you rated on both days, your levels added up to at least ${formatNumber(CLEARLY_WORSE, locale)} more than on your best day since that injection, and were still that much worse at your next check-in. Levels: none 0, mild 1, moderate 2, severe 3. A symptom you did not rate is not counted. A cycle is counted when it has at least ${formatNumber(MIN_CHECK_INS_PER_CYCLE, locale)} check-ins, with one in its first half and one in its last quarter.`,
  );
}
