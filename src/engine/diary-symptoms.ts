/**
 * The symptoms the widgets have words for, in every language they ship: a selection of
 * the common symptoms in NICE NG239 and on the NHS website, not a complete list.
 */
export const DIARY_SYMPTOM_IDS = ['tiredness', 'memory', 'pins-and-needles', 'muscle-weakness', 'balance', 'eyesight', 'confusion', 'sore-tongue', 'mouth-ulcers', 'mood'] as const;
export type DiarySymptomId = (typeof DIARY_SYMPTOM_IDS)[number];

/**
 * The built-in symptoms that can mean nerve damage, for the diary's safety net. Engine
 * code, not profile data, so that no profile can switch the net off; a profile can add
 * its own symptoms to it (`neurological: true`).
 */
export const NEUROLOGICAL_DIARY_SYMPTOM_IDS: readonly DiarySymptomId[] = ['pins-and-needles', 'muscle-weakness', 'balance', 'eyesight', 'confusion'];

export function isDiarySymptomId(id: string): id is DiarySymptomId {
  return (DIARY_SYMPTOM_IDS as readonly string[]).includes(id);
}
