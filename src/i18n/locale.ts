/** The language an element speaks, by the design's order of precedence. */
export const SOURCE_LOCALE = 'en-GB';

/**
 * The element's own `lang`, else the nearest ancestor's (crossing shadow roots, so a
 * widget inside another component follows that component's page), else `<html lang>`,
 * else en-GB.
 */
export function resolveLocale(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return SOURCE_LOCALE;
}

/** A tag Intl can use: an invalid `lang` attribute falls back to en-GB rather than throwing. */
export function intlLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? SOURCE_LOCALE;
  } catch {
    return SOURCE_LOCALE;
  }
}

