import { sourceLocale } from '../generated/locale-codes.js';

/**
 * The language an element speaks, by the design's order of precedence: its own `lang`,
 * else the nearest ancestor's (crossing shadow roots, so a widget inside another
 * component follows that component's page), else `<html lang>`, else en-GB.
 */
export function resolveLocale(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return sourceLocale;
}

/** A tag Intl can use: an invalid `lang` attribute falls back to en-GB rather than throwing. */
export function intlLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? sourceLocale;
  } catch {
    return sourceLocale;
  }
}

type IntlService = 'NumberFormat' | 'DateTimeFormat' | 'PluralRules';
const supported = new Map<string, boolean>();

/**
 * Whether this browser's Intl has data for the locale. Browsers differ: Chromium has
 * Welsh plural rules but no Welsh numbers or dates.
 */
export function intlSupports(service: IntlService, locale: string): boolean {
  const tag = intlLocale(locale);
  const key = `${service}|${tag}`;
  let known = supported.get(key);
  if (known === undefined) {
    known = (Intl[service].supportedLocalesOf as (locales: string[]) => string[])([tag]).length > 0;
    supported.set(key, known);
  }
  return known;
}

/**
 * The tag to give an Intl service: the reader's, or en-GB where the browser has no data
 * for it. Without this, Intl falls back to the device's own language, and a Welsh page
 * on a German phone would write 2.5 as 2,5.
 */
export function intlTag(service: IntlService, locale: string): string {
  return intlSupports(service, locale) ? intlLocale(locale) : sourceLocale;
}
