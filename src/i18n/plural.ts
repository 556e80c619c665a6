import { speakingLocale } from './localization.js';
import { intlTag } from './locale.js';

/**
 * Picks the wording for a count by the plural rules of the language the words are in
 * (English has two forms; Welsh has six). That is the widget's language, not the page's:
 * an English widget on a French page says "1,5 weeks", the number French, the grammar
 * English. Each form is its own message, so translators can write every form their
 * language needs.
 */
export function plural(count: number, forms: { one: () => string; other: () => string } & Partial<Record<Intl.LDMLPluralRule, () => string>>): string {
  const rule = new Intl.PluralRules(intlTag('PluralRules', speakingLocale())).select(count);
  return (forms[rule] ?? forms.other)();
}
