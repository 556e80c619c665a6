import { intlTag } from './locale.js';

/**
 * Picks the wording for a count by the locale's plural rules (English has two forms;
 * Welsh has six). Each form is its own message, so translators can write every form
 * their language needs.
 */
export function plural(count: number, locale: string, forms: { one: () => string; other: () => string } & Partial<Record<Intl.LDMLPluralRule, () => string>>): string {
  const rule = new Intl.PluralRules(intlTag('PluralRules', locale)).select(count);
  return (forms[rule] ?? forms.other)();
}
