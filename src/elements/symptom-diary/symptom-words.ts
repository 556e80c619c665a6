import { msg } from '@lit/localize';
import { isDiarySymptomId, type DiarySymptomId, type OwnSymptom, type Profile, type SymptomLevel } from '../../engine/index.js';
import { profileText } from '../shared/profile-text.js';

/** The default list's symptoms in plain words, as the NHS website names them. */
function builtInSymptomName(id: DiarySymptomId): string {
  switch (id) {
    case 'tiredness':
      return msg('Tiredness or lack of energy');
    case 'memory':
      return msg('Memory or concentration problems ("brain fog")');
    case 'pins-and-needles':
      return msg('Pins and needles or numbness');
    case 'muscle-weakness':
      return msg('Muscle weakness');
    case 'balance':
      return msg('Problems with balance or walking');
    case 'eyesight':
      return msg('Eyesight problems');
    case 'confusion':
      return msg('Confusion');
    case 'sore-tongue':
      return msg('A sore or red tongue');
    case 'mouth-ulcers':
      return msg('Mouth ulcers');
    case 'mood':
      return msg('Low mood or anxiety');
  }
}

/** One symptom the diary asks about, named for the reader. */
export interface NamedSymptom {
  id: string;
  name: string;
  own: boolean;
}

/**
 * The check-in's symptoms with their names: the profile's list (its own words where it
 * gives them), then the person's own. A level recorded for a symptom no longer on either
 * list (a file from a site with another list) keeps its id as its name, so nothing
 * recorded is hidden.
 */
export function namedSymptoms(profile: Profile, list: readonly { id: string }[], own: readonly OwnSymptom[], recorded: Iterable<string>, locale: string): NamedSymptom[] {
  const named: NamedSymptom[] = [
    ...list.map(({ id }) => ({ id, name: profileText(profile, id, locale) ?? (isDiarySymptomId(id) ? builtInSymptomName(id) : id), own: false })),
    ...own.map(({ id, name }) => ({ id, name, own: true })),
  ];
  const known = new Set(named.map((symptom) => symptom.id));
  for (const id of recorded) {
    if (!known.has(id)) named.push({ id, name: id, own: true });
    known.add(id);
  }
  return named;
}

export function levelWords(level: SymptomLevel): string {
  switch (level) {
    case 0:
      return msg('None');
    case 1:
      return msg('Mild');
    case 2:
      return msg('Moderate');
    case 3:
      return msg('Severe');
  }
}

export const LEVELS: readonly SymptomLevel[] = [0, 1, 2, 3];
