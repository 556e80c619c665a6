import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

/*
 * The languages the widgets speak, each once. Which languages there are comes from
 * lit-localize.json (en-GB, the source, and the translations); what else each one needs
 * is here, keyed by that list, so a language missing from a table below does not compile.
 * Add a language: its XLIFF file, its code in lit-localize.json, its loader in
 * localization.ts, and a line in each table here (README, "Add a language").
 */

/** A language the widgets speak: en-GB (the source) or one with a translation. */
export type LanguageCode = typeof sourceLocale | (typeof targetLocales)[number];

/**
 * Its name as a reader of it looks for it, then in English: how the embed-code builder,
 * the demo and the WordPress block list it. Not in the widgets' bundles.
 */
export const LANGUAGE_NAMES: Readonly<Record<LanguageCode, string>> = {
  'en-GB': 'English (UK)',
  cy: 'Cymraeg (Welsh)',
  es: 'Español (Spanish)',
  pl: 'Polski (Polish)',
  ro: 'Română (Romanian)',
  ur: 'اردو (Urdu)',
};

/** Which way its words run. The only table the widgets' bundles carry. */
export const LANGUAGE_DIRECTIONS: Readonly<Record<LanguageCode, 'ltr' | 'rtl'>> = {
  'en-GB': 'ltr',
  cy: 'ltr',
  es: 'ltr',
  pl: 'ltr',
  ro: 'ltr',
  ur: 'rtl',
};

/**
 * The WordPress locales whose sites get it when a block is set to "the page's language",
 * and whose editor gets the plugin's editor strings in it (wordpress/languages/). A
 * locale not listed falls back to the first part of its code (es_CL -> es), then en-GB.
 */
export const WORDPRESS_LOCALES: Readonly<Record<LanguageCode, readonly string[]>> = {
  'en-GB': ['en_GB'],
  cy: ['cy'],
  es: ['es_ES', 'es_MX', 'es_AR', 'es_CO'],
  pl: ['pl_PL'],
  ro: ['ro_RO'],
  ur: ['ur'],
};

/** Every language, the source first, in the order the builder lists them. */
export const LANGUAGE_CODES = Object.keys(LANGUAGE_NAMES) as LanguageCode[];

/**
 * The language whose own files (dist/cdn/<language>/) a page with this `lang` loads: one
 * of the codes above, exactly. Undefined for any other tag, whose page loads the file that
 * follows the page's language (which speaks en-GB for `en` or `fr`, as matchLanguage says).
 */
export const fixedLanguage = (lang: string): LanguageCode | undefined => LANGUAGE_CODES.find((code) => code === lang);

/**
 * The language the widgets speak for a BCP 47 tag: `cy-GB` speaks Welsh, `en-US` and `en`
 * speak en-GB, and a language without a translation speaks en-GB rather than failing.
 */
export function matchLanguage(tag: string): LanguageCode {
  const wanted = tag.trim().toLowerCase().replace(/_/g, '-');
  const language = wanted.split('-')[0];
  return targetLocales.find((locale) => locale === wanted || locale === language) ?? sourceLocale;
}

/** Whether a language runs right to left, as Urdu does. */
export const isRightToLeft = (language: LanguageCode): boolean => LANGUAGE_DIRECTIONS[language] === 'rtl';
