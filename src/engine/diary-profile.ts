import { adviceWithBasis } from './advice-basis.js';
import type { DiarySummary } from './diary.js';
import type { DiarySymptomGuidance, Profile } from './profile-shape.js';
import { defaultProfile } from './profiles/uk-default.js';
import { resolveSources } from './source-lookup.js';
import type { Advice, Source } from './types.js';

/**
 * The symptoms a diary check-in asks about: the profile's list, or the default
 * profile's for a profile written before the diary existed.
 */
export function diarySymptoms(profile: Profile): readonly DiarySymptomGuidance[] {
  return (profile.diary ?? defaultProfile.diary!).symptoms;
}

/** Where the symptom list comes from, each source once. */
export function diarySymptomSources(profile: Profile): Source[] {
  // The default list cites the default profile's sources.
  const citing = profile.diary ? profile : defaultProfile;
  return resolveSources(
    citing,
    diarySymptoms(profile).flatMap((symptom) => symptom.sources),
  );
}

/**
 * What to discuss when symptoms came back before the next injection often enough to be
 * more than bad days (the summary's `cameBackOften`): NG239's review of the dose, how
 * often and how it is given, with whose position it is. Nothing otherwise.
 */
export function diaryAdvice(summary: DiarySummary, profile: Profile): Advice[] {
  return summary.recent.cameBackOften ? [adviceWithBasis(profile, 'maintenance-review-frequency')] : [];
}
