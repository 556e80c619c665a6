import { byDate, type DiaryEntries, type SymptomLevel } from './diary.js';
import { NEUROLOGICAL_DIARY_SYMPTOM_IDS } from './diary-symptoms.js';
import type { Profile } from './profile-shape.js';
import { cite } from './sources.js';
import type { Warning } from './types.js';

/** A nerve symptom rated this high needs a GP today, whatever the injection dates. */
const URGENT_LEVEL: SymptomLevel = 3;
/** Or this many levels worse than the time before: quickly worsening. */
const URGENT_RISE = 2;

/**
 * The diary's safety net (`diary-urgent-symptoms`, BSH 2014 and NG239): new or quickly
 * worsening nerve symptoms must not wait for the next injection. It looks at each nerve
 * symptom's latest rating, so a check-in that did not rate it does not hide it: urgent
 * when that rating is severe, or 2 levels worse than the rating before it.
 */
export function diaryWarnings({ checkIns }: DiaryEntries, profile: Profile): Warning[] {
  const neurological = new Set<string>([...NEUROLOGICAL_DIARY_SYMPTOM_IDS, ...(profile.diary?.symptoms ?? []).filter((symptom) => symptom.neurological).map((symptom) => symptom.id)]);
  const ratings = new Map<string, SymptomLevel[]>();
  for (const { levels } of [...checkIns].sort(byDate)) {
    for (const [id, level] of Object.entries(levels)) if (neurological.has(id)) ratings.set(id, [...(ratings.get(id) ?? []).slice(-1), level]);
  }
  const urgent = [...ratings.values()].some(([before, latest = before]) => latest >= URGENT_LEVEL || latest - before >= URGENT_RISE);
  return urgent ? [{ id: 'diary-urgent-symptoms', severity: 'urgent', analytes: [], sources: [cite('bsh-2014'), cite('nice-ng239')] }] : [];
}
