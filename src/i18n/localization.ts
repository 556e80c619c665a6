import type { LocaleModule } from '@lit/localize';
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import type { LanguageCode } from './languages.js';

/** A language the widgets speak: en-GB (the source) or one with a translation. */
export type WidgetLocale = LanguageCode;

// String-literal imports, so bundlers split each language into its own chunk and load
// it only for pages that use it; en-GB costs nothing.
const loaders: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  cy: () => import('../generated/locales/cy.js'),
  es: () => import('../generated/locales/es.js'),
  pl: () => import('../generated/locales/pl.js'),
  ro: () => import('../generated/locales/ro.js'),
  ur: () => import('../generated/locales/ur.js'),
};

const loaded = new Map<string, LocaleModule>();
const loading = new Map<string, Promise<void>>();
/** Languages whose file failed to load on this page: not asked for again, so no retry loop. */
const failed = new Set<string>();

/*
 * Reentrant mode rather than runtime mode: runtime mode has one language per page, but
 * each widget speaks the language of its own `lang`, so a bilingual Welsh and English
 * page can hold one of each. Every `msg()` asks `getLocale()`, which answers with the
 * language of the widget that is rendering at that moment.
 */
let speaking: WidgetLocale = sourceLocale;
let configured = false;

function configure(): void {
  if (configured) return;
  configured = true;
  try {
    configureReentrantLocalization({
      sourceLocale,
      targetLocales: [...targetLocales],
      getLocale: () => speaking,
      loadLocaleSync: (locale) => loaded.get(locale),
    });
  } catch (error) {
    // Only one @lit/localize configuration may exist per copy of the library; a page
    // that configured its own keeps it, and the widgets fall back to English text.
    console.error('b12-widgets: @lit/localize is already configured on this page, so the widgets will show English text.', error);
  }
}

export function isLocaleLoaded(locale: WidgetLocale): boolean {
  return locale === sourceLocale || loaded.has(locale);
}

export function hasLocaleFailed(locale: WidgetLocale): boolean {
  return failed.has(locale);
}

/** Fetches a language's messages once per page; later calls share the first request. */
export function loadLocale(locale: WidgetLocale): Promise<void> {
  configure();
  if (isLocaleLoaded(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale as keyof typeof loaders]().then(
      (module) => void loaded.set(locale, module),
      (error: unknown) => {
        loading.delete(locale);
        failed.add(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** The language `msg()` answers in at this moment: for numbers and plurals in words made under `inLocale`. */
export function speakingLocale(): WidgetLocale {
  return speaking;
}

/** Runs `speak` with `msg()` answering in `locale`; calls may nest. */
export function inLocale<T>(locale: WidgetLocale, speak: () => T): T {
  configure();
  const previous = speaking;
  speaking = locale;
  try {
    return speak();
  } finally {
    speaking = previous;
  }
}

export { sourceLocale, targetLocales };
export { isRightToLeft, matchLanguage as matchLocale } from './languages.js';
