import { ANALYTES, type Analyte, type AssessInput } from '../../engine/index.js';

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
export function toAssessInput(entries: Entries, locale: string, answers: Pick<AssessInput, 'b12TherapyStarted' | 'pregnant'>): AssessInput {
  const results: AssessInput['results'] = {};
  for (const analyte of ANALYTES) {
    const { value, unit, labLow, labHigh } = entries[analyte];
    const hasRange = labLow.trim() !== '' || labHigh.trim() !== '';
    results[analyte] = { value, unit, ...(hasRange && { labRange: { low: labLow, high: labHigh } }) };
  }
  return { results, locale, ...answers };
}
