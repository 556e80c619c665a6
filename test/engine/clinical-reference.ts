/**
 * The figures of `shared/clinical-reference.md`, transcribed by hand and independently
 * of the profile, so that the tests check the profile against the reference rather than
 * against itself. One row per row of the reference.
 */
import type { Analyte } from '../../src/engine/index.js';

export interface BandRow {
  analyte: Analyte;
  canonicalUnit: string;
  deficientBelow: number;
  optimalFrom: number;
  upperLimit: number;
  plausibleMax: number;
  sources: string[];
}

export const STATUS_BANDS: BandRow[] = [
  { analyte: 'vitaminB12', canonicalUnit: 'ng/L', deficientBelow: 180, optimalFrom: 350, upperLimit: 914, plausibleMax: 50_000, sources: ['nice-ng239', 'lab-b12'] },
  { analyte: 'activeB12', canonicalUnit: 'pmol/L', deficientBelow: 25, optimalFrom: 70, upperLimit: 165, plausibleMax: 5_000, sources: ['nice-ng239', 'lab-activeb12'] },
  { analyte: 'folate', canonicalUnit: 'µg/L', deficientBelow: 3.0, optimalFrom: 10, upperLimit: 20, plausibleMax: 1_000, sources: ['bsh-2014', 'b12-society'] },
  { analyte: 'ferritin', canonicalUnit: 'µg/L', deficientBelow: 30, optimalFrom: 50, upperLimit: 300, plausibleMax: 100_000, sources: ['cks-iron', 'b12-society'] },
  { analyte: 'vitaminB6', canonicalUnit: 'nmol/L', deficientBelow: 20, optimalFrom: 30, upperLimit: 110, plausibleMax: 10_000, sources: ['iom-b6'] },
];

/** value in `unit` = canonical value × perCanonical. */
export interface UnitRow {
  analyte: Analyte;
  unit: string;
  perCanonical: number;
}

export const UNITS: UnitRow[] = [
  { analyte: 'vitaminB12', unit: 'ng/L', perCanonical: 1 },
  { analyte: 'vitaminB12', unit: 'pg/mL', perCanonical: 1 },
  { analyte: 'vitaminB12', unit: 'pmol/L', perCanonical: 0.738 },
  { analyte: 'activeB12', unit: 'pmol/L', perCanonical: 1 },
  { analyte: 'folate', unit: 'µg/L', perCanonical: 1 },
  { analyte: 'folate', unit: 'ng/mL', perCanonical: 1 },
  { analyte: 'folate', unit: 'nmol/L', perCanonical: 2.266 },
  { analyte: 'ferritin', unit: 'µg/L', perCanonical: 1 },
  { analyte: 'ferritin', unit: 'ng/mL', perCanonical: 1 },
  { analyte: 'vitaminB6', unit: 'nmol/L', perCanonical: 1 },
  { analyte: 'vitaminB6', unit: 'µg/L', perCanonical: 1 / 4.046 },
];

export const SOURCE_IDS = [
  'nice-ng239', 'bnf-hydroxo', 'bnf-cyano', 'bsh-2014', 'cks-iron',
  'iom-b6', 'nhs-b6', 'lab-b12', 'lab-activeb12', 'b12-society',
];

export interface MaintenanceRow {
  cause: 'autoimmune-gastritis' | 'malabsorption' | 'medication' | 'diet' | 'nitrous-oxide' | 'unknown';
  withoutNeuro:
    | { route: 'intramuscular'; intervalMonths: number; intervalMonthsMin?: number }
    | { route: 'oral'; medicine: 'cyanocobalamin'; doseMicrograms: number; doseMicrogramsMax: number; everyDays: number };
  lifelong: boolean;
  sources: string[];
}

/** Maintenance table; with neurological symptoms every cause is hydroxocobalamin IM every 2 months. */
export const MAINTENANCE: MaintenanceRow[] = [
  { cause: 'autoimmune-gastritis', withoutNeuro: { route: 'intramuscular', intervalMonths: 3, intervalMonthsMin: 2 }, lifelong: true, sources: ['bnf-hydroxo', 'nice-ng239'] },
  { cause: 'malabsorption', withoutNeuro: { route: 'intramuscular', intervalMonths: 3, intervalMonthsMin: 2 }, lifelong: true, sources: ['bnf-hydroxo', 'nice-ng239'] },
  { cause: 'medication', withoutNeuro: { route: 'intramuscular', intervalMonths: 3 }, lifelong: false, sources: ['nice-ng239'] },
  { cause: 'diet', withoutNeuro: { route: 'oral', medicine: 'cyanocobalamin', doseMicrograms: 50, doseMicrogramsMax: 150, everyDays: 1 }, lifelong: false, sources: ['bnf-cyano', 'nice-ng239'] },
  { cause: 'nitrous-oxide', withoutNeuro: { route: 'intramuscular', intervalMonths: 3 }, lifelong: false, sources: ['nice-ng239'] },
  { cause: 'unknown', withoutNeuro: { route: 'intramuscular', intervalMonths: 3 }, lifelong: true, sources: ['nice-ng239', 'bnf-hydroxo'] },
];

export const LOADING_DAYS = [0, 2, 4, 7, 9, 11];
export const NEUROLOGICAL_LOADING_DAYS = [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20];
export const NEUROLOGICAL_REVIEW_DAY = 21;
