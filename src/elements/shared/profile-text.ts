import type { Profile } from '../../engine/index.js';
import { sourceLocale } from '../../generated/locale-codes.js';

/**
 * A custom profile's own words for an advice id, in the reader's language when the
 * profile has it (`cy-GB`, then `cy`), else its en-GB words. Undefined when the profile
 * has none, so the widget's built-in, translated words are used.
 */
export function profileText(profile: Profile, id: string, locale: string): string | undefined {
  const texts = profile.texts?.[id];
  if (!texts) return undefined;
  const language = locale.split('-')[0].toLowerCase();
  const exact = Object.keys(texts).find((tag) => tag.toLowerCase() === locale.toLowerCase());
  const sameLanguage = Object.keys(texts).find((tag) => tag.toLowerCase() === language);
  return texts[exact ?? sameLanguage ?? sourceLocale];
}
