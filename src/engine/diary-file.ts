import * as z from 'zod/mini';
import { diaryDateProblem } from './diary.js';
import { parseIsoDate } from './iso-date.js';
import { withoutInheritance } from './own-data.js';
import { DIARY_FILE_FORMAT, DIARY_FILE_VERSION, DIARY_LIMITS, type Diary } from './diary-record.js';

/*
 * Reading a diary file someone chose to import. The file may come from anywhere, so it
 * is checked whole before anything of it is used: a file that fails any check changes
 * nothing. This module holds zod; the diary loads it only when a file is imported.
 */

/** Why a file could not be imported. */
export type DiaryFileProblem = 'too-large' | 'not-json' | 'not-a-diary' | 'newer-version' | 'invalid' | 'date-out-of-range' | 'too-many-symptoms';

export type DiaryFileReading = { diary: Diary } | { problem: DiaryFileProblem; path?: string };

const id = () => z.string().check(z.regex(/^[a-z0-9-]{1,60}$/));
const date = () => z.string().check(z.refine((text) => parseIsoDate(text) !== undefined));
const text = (max: number) => z.string().check(z.maxLength(max));
const level = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);

const diaryFileSchema = z.object({
  format: z.literal(DIARY_FILE_FORMAT),
  version: z.literal(DIARY_FILE_VERSION),
  ownSymptoms: z
    .array(z.object({ id: z.string().check(z.regex(/^own-[a-z0-9]{1,40}$/)), name: text(DIARY_LIMITS.symptomNameLength).check(z.trim(), z.minLength(1)) }))
    .check(z.maxLength(DIARY_LIMITS.ownSymptoms)),
  injections: z.array(z.object({ id: id(), date: date(), what: z.optional(text(DIARY_LIMITS.whatLength)) })).check(z.maxLength(DIARY_LIMITS.entries)),
  checkIns: z.array(z.object({ id: id(), date: date(), levels: z.record(id(), level), note: z.optional(text(DIARY_LIMITS.noteLength)) })).check(z.maxLength(DIARY_LIMITS.entries)),
});

/**
 * Reads the text of a diary file, or says what is wrong with it. Never throws. Its dates
 * obey the window a person types in (`diaryDateProblem` from `today`): a file dated 9999
 * or 1900 is refused, not summarised.
 */
export function readDiaryFile(fileText: string, today: string): DiaryFileReading {
  if (fileText.length > DIARY_LIMITS.fileCharacters) return { problem: 'too-large' };
  let json: unknown;
  let prototypeKey = false;
  try {
    // JSON.parse makes "__proto__" an own key; copied carelessly it would set a prototype.
    json = JSON.parse(fileText, (key, value: unknown) => {
      if (key === '__proto__') prototypeKey = true;
      return value;
    });
  } catch {
    return { problem: 'not-json' };
  }
  if (prototypeKey) return { problem: 'invalid' };
  if (typeof json !== 'object' || json === null || Array.isArray(json) || !Object.hasOwn(json, 'format') || (json as { format: unknown }).format !== DIARY_FILE_FORMAT) {
    return { problem: 'not-a-diary' };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > DIARY_FILE_VERSION) return { problem: 'newer-version' };
  // The schema reads inherited keys too: it checks a copy that has only its own.
  const result = diaryFileSchema.safeParse(withoutInheritance(json));
  if (!result.success) return { problem: 'invalid', path: result.error.issues[0]?.path.map(String).join('.') };
  const { injections, checkIns, ownSymptoms } = withoutInheritance(result.data);
  const outOfRange = outOfRangeDate({ injections, checkIns }, today);
  if (outOfRange) return { problem: 'date-out-of-range', path: outOfRange };
  const symptomIds = new Set<string>();
  for (const entry of checkIns) for (const id of Object.keys(entry.levels)) symptomIds.add(id);
  if (symptomIds.size > DIARY_LIMITS.symptomIds) return { problem: 'too-many-symptoms' };
  return { diary: { injections: injections.map(dropEmpty), checkIns: checkIns.map(dropEmpty), ownSymptoms } };
}

/** Where the first date outside the diary's window is, as a path into the file. */
function outOfRangeDate(lists: Pick<Diary, 'injections' | 'checkIns'>, today: string): string | undefined {
  for (const list of ['injections', 'checkIns'] as const) {
    const index = lists[list].findIndex((entry) => diaryDateProblem(entry.date, today) !== undefined);
    if (index >= 0) return `${list}.${index}.date`;
  }
  return undefined;
}

/** Optional words left empty are left out, as the diary itself stores them. */
function dropEmpty<T extends { what?: string; note?: string }>(entry: T): T {
  const copy = { ...entry };
  if (copy.what === '') delete copy.what;
  if (copy.note === '') delete copy.note;
  return copy;
}
