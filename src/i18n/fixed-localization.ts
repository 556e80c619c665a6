// localization.ts as a per-language one-tag file (dist/cdn/<language>/) has it: its words
// are compiled in (every msg() call is replaced by its text in FIXED_LANGUAGE at build
// time), so there is no message runtime, no lookup and no language file to load. The
// build puts this module in localization.ts's place; the two export the same names, as
// the check at the end holds.
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { FIXED_LANGUAGE } from './fixed-language.js';
import { matchLanguage } from './languages.js';
import type * as Runtime from './localization.js';

export type { WidgetLocale } from './localization.js';

let toldTheEditor = false;

/**
 * Always the file's language. A page that asks for another (the widget's or the page's
 * `lang`) is told once in the console which file speaks it: this one cannot.
 */
export const matchLocale: typeof Runtime.matchLocale = (tag) => {
  const asked = matchLanguage(tag);
  if (asked !== FIXED_LANGUAGE && !toldTheEditor) {
    toldTheEditor = true;
    console.warn(
      `b12-widgets: this file speaks "${FIXED_LANGUAGE}" only, and the page asks for "${tag}". Load the file of the same name in the "${asked}" folder beside this one's, or the one in the folder above, which follows the page's language.`,
    );
  }
  return FIXED_LANGUAGE;
};

export const isLocaleLoaded: typeof Runtime.isLocaleLoaded = () => true;
export const hasLocaleFailed: typeof Runtime.hasLocaleFailed = () => false;
export const loadLocale: typeof Runtime.loadLocale = () => Promise.resolve();
export const speakingLocale: typeof Runtime.speakingLocale = () => FIXED_LANGUAGE;
export const inLocale: typeof Runtime.inLocale = (_locale, speak) => speak();

export { sourceLocale, targetLocales };
export { isRightToLeft } from './languages.js';

// Fails to compile when localization.ts gains an export this module does not have.
type Missing = Exclude<keyof typeof Runtime, keyof typeof import('./fixed-localization.js')>;
const everyExportIsHere: [Missing] extends [never] ? true : Missing = true;
void everyExportIsHere;
