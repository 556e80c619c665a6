import { isAdviceId, type AdviceId, type Profile } from '../../engine/index.js';
import { profileText } from './profile-text.js';

/** What advice words may need from the result or the profile: never a figure of their own. */
export interface AdviceFigures {
  /** The optimal level, in the person's unit ("50 µg/L"). */
  optimalFrom?: string;
  /** The advice's own figures from the profile, such as `licensedIntervalMonths`. */
  figures?: Readonly<Record<string, number>>;
}

/** The widget's words for a piece of advice it knows; undefined for one it has none for. */
export type WordsForAdvice = (id: AdviceId, figures: AdviceFigures, locale: string) => string | undefined;

/**
 * The words for a piece of advice: the profile's own, in the reader's language if it has
 * them, else the widget's (`wordsFor`: every piece in the checker and the plan, only its
 * own in the diary). A profile that names advice the widget cannot word must give its
 * words (`parseProfile` checks), so this never comes back empty for a checked profile.
 */
export function adviceText(profile: Profile, id: string, locale: string, figures: AdviceFigures, wordsFor: WordsForAdvice): string {
  return profileText(profile, id, locale) ?? (isAdviceId(id) ? (wordsFor(id, figures, locale) ?? '') : '');
}
