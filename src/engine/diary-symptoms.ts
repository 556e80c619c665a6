/** The symptoms the widgets have words for, in every language they ship. */
export const DIARY_SYMPTOM_IDS = ['tiredness', 'memory', 'pins-and-needles', 'balance', 'eyesight', 'sore-tongue', 'mood'] as const;
export type DiarySymptomId = (typeof DIARY_SYMPTOM_IDS)[number];

export function isDiarySymptomId(id: string): id is DiarySymptomId {
  return (DIARY_SYMPTOM_IDS as readonly string[]).includes(id);
}
