import type { WidgetLocale } from './localization.js';

/**
 * The one language of a per-language one-tag file (dist/cdn/<language>/). The build of
 * each such file puts its language here (scripts/lib/words-compiled-in.mjs); this
 * source's value is only what the type checker sees.
 */
export const FIXED_LANGUAGE: WidgetLocale = 'en-GB';
