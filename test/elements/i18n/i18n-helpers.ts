import { waitUntil } from '@open-wc/testing';
import type { LanguageCode } from '../../../src/i18n/languages.js';
import { $ } from '../helpers.js';

/** What each shipped language must show, written out by hand from its XLIFF file. */
export const LANGUAGES = {
  'en-GB': {
    checkerHeading: 'Check your cofactor results',
    planHeading: 'Your B12 treatment plan',
    deficient: 'Deficient',
    december: 'December',
    decimal: '.',
    loading: '6 injections over 2 weeks.',
    dir: 'ltr',
  },
  cy: {
    checkerHeading: 'Gwiriwch eich canlyniadau cydffactorau',
    planHeading: 'Eich cynllun triniaeth B12',
    deficient: 'Diffygiol',
    december: 'Rhagfyr',
    decimal: '.',
    loading: '6 pigiad dros 2 wythnos.',
    dir: 'ltr',
  },
  es: {
    checkerHeading: 'Compruebe sus resultados de cofactores',
    planHeading: 'Su plan de tratamiento con B12',
    deficient: 'Deficiente',
    december: 'diciembre',
    decimal: ',',
    loading: '6 inyecciones en 2 semanas.',
    dir: 'ltr',
  },
  pl: {
    checkerHeading: 'Sprawdź wyniki kofaktorów',
    planHeading: 'Twój plan leczenia B12',
    deficient: 'Niedobór',
    december: 'grudnia',
    decimal: ',',
    loading: '6 zastrzyków przez 2 tygodnie.',
    dir: 'ltr',
  },
  ro: {
    checkerHeading: 'Verificați rezultatele cofactorilor',
    planHeading: 'Planul dumneavoastră de tratament cu B12',
    deficient: 'Deficit',
    december: 'decembrie',
    decimal: ',',
    loading: '6 injecții în 2 săptămâni.',
    dir: 'ltr',
  },
  ur: {
    checkerHeading: 'اپنے کوفیکٹرز کے نتائج چیک کریں',
    planHeading: 'آپ کا B12 علاج کا منصوبہ',
    deficient: 'کمی',
    december: 'دسمبر',
    decimal: '.',
    loading: '2 ہفتے میں 6 انجیکشن۔',
    dir: 'rtl',
  },
} as const satisfies Record<LanguageCode, { dir: 'ltr' | 'rtl' } & Record<string, string>>;

export type Language = keyof typeof LANGUAGES;

/** The widget's root, which carries the language it speaks and its direction. */
export const root = (el: Element) => $(el, '.root');

/** Waits until the widget has loaded a language and rendered in it. */
export async function speaking(el: Element, language: string): Promise<void> {
  await waitUntil(() => root(el)?.getAttribute('lang') === language, `the widget never spoke ${language}`, { timeout: 5000 });
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** The next 3 December within a year, so a start date on it is always accepted. */
export function nextThirdOfDecember(): string {
  const today = new Date();
  const year = today.getMonth() === 11 && today.getDate() > 3 ? today.getFullYear() + 1 : today.getFullYear();
  return `${year}-12-03`;
}
