import type { DiarySymptomGuidance, Profile } from './profile-shape.js';
import { defaultProfile } from './profiles/uk-default.js';

/**
 * The symptoms a diary check-in asks about: the profile's list, or the default
 * profile's for a profile written before the diary existed.
 */
export function diarySymptoms(profile: Profile): readonly DiarySymptomGuidance[] {
  return (profile.diary ?? defaultProfile.diary!).symptoms;
}
