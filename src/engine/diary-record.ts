import { overallScore, type CheckIn } from './diary.js';

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
 * date. A cell a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with
 * an apostrophe, since notes and names are typed text.
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
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
