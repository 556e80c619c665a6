import { overallScore, type CheckIn, type SymptomLevel } from './diary.js';

/*
 * What a person keeps in their symptom diary, and the file it travels in between their
 * devices. Each entry has its own id, so two copies of a diary (two tabs, an import into
 * a diary already started) combine entry by entry instead of one replacing the other.
 */

export interface InjectionEntry {
  id: string;
  /** ISO date, yyyy-mm-dd. */
  date: string;
  /** What and how much, in the person's words ("hydroxocobalamin 1 mg"). */
  what?: string;
}

export interface CheckInEntry extends CheckIn {
  id: string;
  note?: string;
}

/** A symptom the person added to the list themselves. */
export interface OwnSymptom {
  /** `own-` and a random part, so it never meets a profile's symptom id. */
  id: string;
  name: string;
}

export interface Diary {
  injections: InjectionEntry[];
  checkIns: CheckInEntry[];
  ownSymptoms: OwnSymptom[];
}

export const DIARY_FILE_FORMAT = 'b12-symptom-diary';
/** Raised only when an old file would be read wrongly; files of older versions stay readable. */
export const DIARY_FILE_VERSION = 1;

/** Far beyond a lifetime of weekly entries; a file past them is not a diary. */
export const DIARY_LIMITS = {
  fileCharacters: 2_000_000,
  entries: 10_000,
  ownSymptoms: 20,
  /**
   * Different symptoms a diary's check-ins may rate: the built-in ten, a profile's twenty
   * and the person's own twenty. Each is a question on screen, so a file naming thousands
   * would freeze the page.
   */
  symptomIds: 50,
  noteLength: 1000,
  whatLength: 200,
  symptomNameLength: 80,
} as const;

export const emptyDiary = (): Diary => ({ injections: [], checkIns: [], ownSymptoms: [] });

export function newEntryId(prefix = ''): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(12));
  return prefix + Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const byDateThenId = <T extends { id: string; date: string }>(a: T, b: T) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? -1 : 1);

/** Both diaries' entries; where both hold an entry with the same id, the second's. */
export function mergeDiaries(first: Diary, second: Diary): Diary {
  const union = <T extends { id: string }>(a: readonly T[], b: readonly T[]) => [...new Map([...a, ...b].map((entry) => [entry.id, entry])).values()];
  return {
    injections: union(first.injections, second.injections).sort(byDateThenId),
    checkIns: union(first.checkIns, second.checkIns).sort(byDateThenId),
    ownSymptoms: union(first.ownSymptoms, second.ownSymptoms),
  };
}

/** Names a person would take for the same symptom: case, spacing and Unicode form aside. */
export function sameSymptomName(a: string, b: string, locale: string): boolean {
  const key = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase(locale);
  return key(a) === key(b);
}

/**
 * A diary coming in (a file, or a diary kept on the device) with each own symptom named
 * like one already listed joined to it: "Headache" added on a phone and on a laptop is
 * one question, and an own "Tiredness" is the built-in one. Its check-ins' ratings move
 * to the listed id; where a check-in rated both, the listed id's rating stays.
 */
export function joinOwnSymptoms(incoming: Diary, listed: readonly { id: string; name: string }[], locale: string): Diary {
  const joinedTo = new Map<string, string>();
  const kept: OwnSymptom[] = [];
  for (const symptom of incoming.ownSymptoms) {
    const same = [...listed, ...kept].find((other) => other.id !== symptom.id && sameSymptomName(other.name, symptom.name, locale));
    if (same) joinedTo.set(symptom.id, same.id);
    else kept.push(symptom);
  }
  if (joinedTo.size === 0) return incoming;
  const checkIns = incoming.checkIns.map((entry) => {
    if (!Object.keys(entry.levels).some((id) => joinedTo.has(id))) return entry;
    const levels: Record<string, SymptomLevel> = {};
    for (const [id, level] of Object.entries(entry.levels)) {
      const to = joinedTo.get(id) ?? id;
      if (!Object.hasOwn(levels, to) || to === id) levels[to] = level;
    }
    return { ...entry, levels };
  });
  return { ...incoming, ownSymptoms: kept, checkIns };
}

/**
 * What an opened file adds to `current`: its entries, with its own symptoms named like
 * listed ones joined to them (`joinOwnSymptoms`). Only the file's part, so that adding it
 * writes only its entries. Refused when the person would have more own symptoms than a
 * diary holds; typing one more is refused the same way.
 */
export function diaryToAdd(current: Diary, incoming: Diary, listed: readonly { id: string; name: string }[], locale: string): { diary: Diary } | { problem: 'too-many-own-symptoms' } {
  const joined = joinOwnSymptoms(incoming, listed, locale);
  const ownSymptoms = new Set([...current.ownSymptoms, ...joined.ownSymptoms].map((symptom) => symptom.id));
  return ownSymptoms.size > DIARY_LIMITS.ownSymptoms ? { problem: 'too-many-own-symptoms' } : { diary: joined };
}

/** The diary as a file for another device: JSON with its format and version. */
export function toDiaryJson(diary: Diary): string {
  const { injections, checkIns, ownSymptoms } = mergeDiaries(diary, emptyDiary());
  return `${JSON.stringify({ format: DIARY_FILE_FORMAT, version: DIARY_FILE_VERSION, ownSymptoms, injections, checkIns }, null, 2)}\n`;
}

/** Column headings of the CSV, in the reader's language. */
export interface CsvHeadings {
  date: string;
  injection: string;
  note: string;
  score: string;
  /** Each symptom column, in order: its id and its name. */
  symptoms: readonly { id: string; name: string }[];
  /** A level's words: 0 none … 3 severe. */
  level: (level: number) => string;
}

/**
 * The diary as CSV (RFC 4180) for a spreadsheet: one row per injection or check-in, by
 * date, separated by commas. A cell a spreadsheet would run as a formula (=, +, -, @
 * first) is prefixed with an apostrophe, since notes and names are typed text. It starts
 * with a byte-order mark: without one, Excel on Windows reads UTF-8 as its own code page
 * and shows Urdu, Polish and "✓" garbled.
 */
export function toDiaryCsv(diary: Diary, headings: CsvHeadings): string {
  const rows: string[][] = [[headings.date, headings.injection, ...headings.symptoms.map((symptom) => symptom.name), headings.score, headings.note]];
  const dated = [
    ...diary.injections.map((entry) => ({ date: entry.date, id: entry.id, row: [entry.date, entry.what?.trim() || '✓', ...headings.symptoms.map(() => ''), '', ''] })),
    ...diary.checkIns.map((entry) => {
      const levels = headings.symptoms.map(({ id }) => (Object.hasOwn(entry.levels, id) ? headings.level(entry.levels[id]) : ''));
      return { date: entry.date, id: entry.id, row: [entry.date, '', ...levels, String(overallScore(entry.levels)), entry.note ?? ''] };
    }),
  ].sort(byDateThenId);
  rows.push(...dated.map((entry) => entry.row));
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
