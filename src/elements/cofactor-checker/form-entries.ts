import { ANALYTES, parseLocaleNumber, type Analyte, type AssessInput } from '../../engine/index.js';
import { formatForInput } from '../../i18n/format.js';

/** What the person has typed for one analyte, exactly as typed. */
export interface AnalyteEntry {
  value: string;
  unit: string;
  labLow: string;
  labHigh: string;
}

export type Entries = Record<Analyte, AnalyteEntry>;
export type EntryField = keyof AnalyteEntry;

export function emptyEntries(unitFor: (analyte: Analyte) => string): Entries {
  return Object.fromEntries(ANALYTES.map((analyte) => [analyte, { value: '', unit: unitFor(analyte), labLow: '', labHigh: '' }])) as Entries;
}

/**
 * The engine's input for what was typed. Text goes to the engine as typed: it reads
 * numbers in the reader's locale and reports what it cannot read.
 */
export function toAssessInput(entries: Entries, locale: string, answers: Pick<AssessInput, 'b12TherapyStarted' | 'pregnant' | 'rangeUsed'>): AssessInput {
  const results: AssessInput['results'] = {};
  for (const analyte of ANALYTES) {
    const { value, unit, labLow, labHigh } = entries[analyte];
    const hasRange = labLow.trim() !== '' || labHigh.trim() !== '';
    results[analyte] = { value, unit, ...(hasRange && { labRange: { low: labLow, high: labHigh } }) };
  }
  return { results, locale, ...answers };
}

/**
 * What was typed, rewritten for a new reading locale so that each number keeps its
 * meaning: "1,250" typed on an English page is 1250, which a Polish page would read as
 * 1.25, so it becomes "1250". The person sees their number rewritten, never silently
 * re-read. Text that is not a number in the old locale is left as it is.
 */
export function entriesReadIn(entries: Entries, from: string, to: string): Entries {
  const rewrite = (text: string) => {
    const parsed = parseLocaleNumber(text, from);
    return parsed.kind === 'number' ? formatForInput(parsed.value, to) : text;
  };
  const rewritten = { ...entries };
  for (const analyte of ANALYTES) {
    const { value, labLow, labHigh } = entries[analyte];
    rewritten[analyte] = { ...entries[analyte], value: rewrite(value), labLow: rewrite(labLow), labHigh: rewrite(labHigh) };
  }
  return rewritten;
}
