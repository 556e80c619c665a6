import { msg, str } from '@lit/localize';
import { formatNumber } from '../../i18n/format.js';
import { plural } from '../../i18n/plural.js';

/*
 * Phrases with a count, one message per plural form. English needs only "one" and
 * "other", but Welsh has six forms (zero, one, two, few, many, other), Polish has
 * four and Romanian three, so every form is a message a translator can fill; each form
 * a language does not use is never shown. Ids are explicit because several forms share
 * the same English words.
 */
/** A length of time in weeks, such as "2 weeks". */
export function durationWeeks(count: number, locale: string): string {
  const n = formatNumber(count, locale);
  return plural(count, {
    zero: () => msg(str`${n} weeks`, { id: 'weeks.zero', desc: 'A length of time in weeks, such as "2 weeks". Plural form "zero".' }),
    one: () => msg(str`${n} week`, { id: 'weeks.one', desc: 'A length of time in weeks, such as "2 weeks". Plural form "one".' }),
    two: () => msg(str`${n} weeks`, { id: 'weeks.two', desc: 'A length of time in weeks, such as "2 weeks". Plural form "two".' }),
    few: () => msg(str`${n} weeks`, { id: 'weeks.few', desc: 'A length of time in weeks, such as "2 weeks". Plural form "few".' }),
    many: () => msg(str`${n} weeks`, { id: 'weeks.many', desc: 'A length of time in weeks, such as "2 weeks". Plural form "many".' }),
    other: () => msg(str`${n} weeks`, { id: 'weeks.other', desc: 'A length of time in weeks, such as "2 weeks". Plural form "other".' }),
  });
}

/** A length of time in months, such as "3 months". */
export function durationMonths(count: number, locale: string): string {
  const n = formatNumber(count, locale);
  return plural(count, {
    zero: () => msg(str`${n} months`, { id: 'months.zero', desc: 'A length of time in months, such as "3 months". Plural form "zero".' }),
    one: () => msg(str`${n} month`, { id: 'months.one', desc: 'A length of time in months, such as "3 months". Plural form "one".' }),
    two: () => msg(str`${n} months`, { id: 'months.two', desc: 'A length of time in months, such as "3 months". Plural form "two".' }),
    few: () => msg(str`${n} months`, { id: 'months.few', desc: 'A length of time in months, such as "3 months". Plural form "few".' }),
    many: () => msg(str`${n} months`, { id: 'months.many', desc: 'A length of time in months, such as "3 months". Plural form "many".' }),
    other: () => msg(str`${n} months`, { id: 'months.other', desc: 'A length of time in months, such as "3 months". Plural form "other".' }),
  });
}

/** A length of time in days, such as "20 days". */
export function durationDays(count: number, locale: string): string {
  const n = formatNumber(count, locale);
  return plural(count, {
    zero: () => msg(str`${n} days`, { id: 'days.zero', desc: 'A length of time in days, such as "20 days". Plural form "zero".' }),
    one: () => msg(str`${n} day`, { id: 'days.one', desc: 'A length of time in days, such as "20 days". Plural form "one".' }),
    two: () => msg(str`${n} days`, { id: 'days.two', desc: 'A length of time in days, such as "20 days". Plural form "two".' }),
    few: () => msg(str`${n} days`, { id: 'days.few', desc: 'A length of time in days, such as "20 days". Plural form "few".' }),
    many: () => msg(str`${n} days`, { id: 'days.many', desc: 'A length of time in days, such as "20 days". Plural form "many".' }),
    other: () => msg(str`${n} days`, { id: 'days.other', desc: 'A length of time in days, such as "20 days". Plural form "other".' }),
  });
}

/** How many loading injections, over a length of time such as "2 weeks". */
export function injectionsOver(count: number, over: string, locale: string): string {
  const n = formatNumber(count, locale);
  return plural(count, {
    zero: () => msg(str`${n} injections over ${over}.`, { id: 'injections-over.zero', desc: 'How many loading injections, over a length of time such as "2 weeks". Plural form "zero".' }),
    one: () => msg(str`${n} injection over ${over}.`, { id: 'injections-over.one', desc: 'How many loading injections, over a length of time such as "2 weeks". Plural form "one".' }),
    two: () => msg(str`${n} injections over ${over}.`, { id: 'injections-over.two', desc: 'How many loading injections, over a length of time such as "2 weeks". Plural form "two".' }),
    few: () => msg(str`${n} injections over ${over}.`, { id: 'injections-over.few', desc: 'How many loading injections, over a length of time such as "2 weeks". Plural form "few".' }),
    many: () => msg(str`${n} injections over ${over}.`, { id: 'injections-over.many', desc: 'How many loading injections, over a length of time such as "2 weeks". Plural form "many".' }),
    other: () => msg(str`${n} injections over ${over}.`, { id: 'injections-over.other', desc: 'How many loading injections, over a length of time such as "2 weeks". Plural form "other".' }),
  });
}

/** How often maintenance injections are, in months. */
export function everyMonths(count: number, locale: string): string {
  const n = formatNumber(count, locale);
  return plural(count, {
    zero: () => msg(str`One injection every ${n} months.`, { id: 'every-months.zero', desc: 'How often maintenance injections are, in months. Plural form "zero".' }),
    one: () => msg(str`One injection every ${n} month.`, { id: 'every-months.one', desc: 'How often maintenance injections are, in months. Plural form "one".' }),
    two: () => msg(str`One injection every ${n} months.`, { id: 'every-months.two', desc: 'How often maintenance injections are, in months. Plural form "two".' }),
    few: () => msg(str`One injection every ${n} months.`, { id: 'every-months.few', desc: 'How often maintenance injections are, in months. Plural form "few".' }),
    many: () => msg(str`One injection every ${n} months.`, { id: 'every-months.many', desc: 'How often maintenance injections are, in months. Plural form "many".' }),
    other: () => msg(str`One injection every ${n} months.`, { id: 'every-months.other', desc: 'How often maintenance injections are, in months. Plural form "other".' }),
  });
}

/** How often loading injections are, in days. */
export function everyDays(count: number, locale: string): string {
  const n = formatNumber(count, locale);
  return plural(count, {
    zero: () => msg(str`One injection every ${n} days.`, { id: 'every-days.zero', desc: 'How often loading injections are, in days. Plural form "zero".' }),
    one: () => msg(str`One injection every ${n} day.`, { id: 'every-days.one', desc: 'How often loading injections are, in days. Plural form "one".' }),
    two: () => msg(str`One injection every ${n} days.`, { id: 'every-days.two', desc: 'How often loading injections are, in days. Plural form "two".' }),
    few: () => msg(str`One injection every ${n} days.`, { id: 'every-days.few', desc: 'How often loading injections are, in days. Plural form "few".' }),
    many: () => msg(str`One injection every ${n} days.`, { id: 'every-days.many', desc: 'How often loading injections are, in days. Plural form "many".' }),
    other: () => msg(str`One injection every ${n} days.`, { id: 'every-days.other', desc: 'How often loading injections are, in days. Plural form "other".' }),
  });
}
