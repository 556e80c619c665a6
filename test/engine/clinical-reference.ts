/**
 * `docs/clinical-reference.md` as tables, transcribed by hand and independently of the
 * profile, so that the tests check the engine against the reference rather than against
 * itself. Read it beside the reference: one row here for each row there, in the same
 * order and with the same words where a rule is written out.
 */
import type { Analyte, Cause, Position, Severity } from '../../src/engine/index.js';

// ── Sources ───────────────────────────────────────────────────────────────────────────

/** Every source of the reference, with the kind of position it is. */
export const SOURCES: { id: string; kind: Position }[] = [
  { id: 'nice-ng239', kind: 'national-guidance' },
  { id: 'bnf-hydroxo', kind: 'national-guidance' },
  { id: 'bnf-cyano', kind: 'national-guidance' },
  { id: 'bnf-folic-acid', kind: 'national-guidance' },
  { id: 'bsh-2014', kind: 'national-guidance' },
  { id: 'cks-iron', kind: 'national-guidance' },
  { id: 'nhs-b6', kind: 'national-guidance' },
  { id: 'nhs-folic-acid-pregnancy', kind: 'national-guidance' },
  { id: 'mhra-metformin', kind: 'national-guidance' },
  { id: 'hydroxo-spc', kind: 'national-guidance' },
  { id: 'sps-ng239', kind: 'national-guidance' },
  // Not in the reference's table: the diary's symptom list cites it, as issue 14 asks.
  { id: 'nhs-b12-symptoms', kind: 'national-guidance' },
  { id: 'lab-b12', kind: 'nhs-laboratory' },
  { id: 'lab-activeb12', kind: 'nhs-laboratory' },
  { id: 'lab-folate', kind: 'nhs-laboratory' },
  { id: 'lab-ferritin', kind: 'nhs-laboratory' },
  { id: 'iom-b6', kind: 'scientific-reference' },
  { id: 'b12-society', kind: 'support-group' },
];

// ── Units and conversions ─────────────────────────────────────────────────────────────

/** value in `unit` = canonical value × perCanonical. */
export const UNITS: { analyte: Analyte; unit: string; perCanonical: number }[] = [
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

// ── Status bands ──────────────────────────────────────────────────────────────────────

export interface Figure {
  value: number;
  position: Position;
  sources: string[];
}

export interface BandRow {
  analyte: Analyte;
  canonicalUnit: string;
  deficientBelow: Figure;
  optimalFrom: Figure;
  /** Absent for B6: no NHS laboratory publishes a plasma PLP range. */
  upperLimit?: Figure;
  plausibleMax: number;
}

export const STATUS_BANDS: BandRow[] = [
  {
    analyte: 'vitaminB12',
    canonicalUnit: 'ng/L',
    deficientBelow: { value: 180, position: 'national-guidance', sources: ['nice-ng239'] },
    optimalFrom: { value: 350, position: 'national-guidance', sources: ['nice-ng239'] },
    upperLimit: { value: 914, position: 'nhs-laboratory', sources: ['lab-b12'] },
    plausibleMax: 50_000,
  },
  {
    analyte: 'activeB12',
    canonicalUnit: 'pmol/L',
    deficientBelow: { value: 25, position: 'national-guidance', sources: ['nice-ng239'] },
    optimalFrom: { value: 70, position: 'national-guidance', sources: ['nice-ng239'] },
    upperLimit: { value: 165, position: 'nhs-laboratory', sources: ['lab-activeb12'] },
    plausibleMax: 5_000,
  },
  {
    analyte: 'folate',
    canonicalUnit: 'µg/L',
    deficientBelow: { value: 3.0, position: 'national-guidance', sources: ['bsh-2014'] },
    optimalFrom: { value: 10, position: 'support-group', sources: ['b12-society'] },
    upperLimit: { value: 20, position: 'nhs-laboratory', sources: ['lab-folate'] },
    plausibleMax: 1_000,
  },
  {
    analyte: 'ferritin',
    canonicalUnit: 'µg/L',
    deficientBelow: { value: 30, position: 'national-guidance', sources: ['cks-iron'] },
    optimalFrom: { value: 50, position: 'support-group', sources: ['b12-society'] },
    upperLimit: { value: 300, position: 'nhs-laboratory', sources: ['lab-ferritin'] },
    plausibleMax: 100_000,
  },
  {
    analyte: 'vitaminB6',
    canonicalUnit: 'nmol/L',
    deficientBelow: { value: 20, position: 'scientific-reference', sources: ['iom-b6'] },
    optimalFrom: { value: 30, position: 'support-group', sources: ['b12-society'] },
    plausibleMax: 10_000,
  },
];

/** A value in the middle of each band, canonical units: handy for the scenarios below. */
export const VALUE = {
  vitaminB12: { deficient: 100, indeterminate: 250, normal: 500, above: 1000 },
  activeB12: { deficient: 20, indeterminate: 50, normal: 100, above: 200 },
  folate: { deficient: 2, belowOptimal: 5, optimal: 15, above: 25 },
  ferritin: { deficient: 20, belowOptimal: 40, optimal: 100, above: 400 },
  vitaminB6: { deficient: 10, belowOptimal: 25, optimal: 50, above: 150 },
} as const;

const UNIT: Record<Analyte, string> = { vitaminB12: 'ng/L', activeB12: 'pmol/L', folate: 'µg/L', ferritin: 'µg/L', vitaminB6: 'nmol/L' };

/** Results in the canonical units, as `assessCofactors` takes them. */
export function results(values: Partial<Record<Analyte, number>>) {
  return Object.fromEntries(Object.entries(values).map(([analyte, value]) => [analyte, { value, unit: UNIT[analyte as Analyte] }]));
}

// ── Cofactor advice ids ───────────────────────────────────────────────────────────────

export interface AdviceRow {
  id: string;
  /** Results that give this advice, with where the advice is expected. */
  given: { results: Partial<Record<Analyte, number>>; b12TherapyStarted?: boolean; pregnant?: boolean };
  on: Analyte | 'overall';
  positions: Position[];
  sources: string[];
}

export const ADVICE: AdviceRow[] = [
  { id: 'folate-supplement', given: { results: { folate: VALUE.folate.deficient } }, on: 'folate', positions: ['national-guidance'], sources: ['bsh-2014'] },
  { id: 'folate-supplement', given: { results: { folate: VALUE.folate.belowOptimal } }, on: 'folate', positions: ['support-group'], sources: ['b12-society'] },
  { id: 'iron-assess', given: { results: { ferritin: VALUE.ferritin.deficient } }, on: 'ferritin', positions: ['national-guidance'], sources: ['cks-iron'] },
  { id: 'iron-supplement', given: { results: { ferritin: VALUE.ferritin.belowOptimal } }, on: 'ferritin', positions: ['support-group'], sources: ['b12-society'] },
  { id: 'b6-supplement', given: { results: { vitaminB6: VALUE.vitaminB6.deficient } }, on: 'vitaminB6', positions: ['support-group'], sources: ['b12-society'] },
  { id: 'b6-supplement', given: { results: { vitaminB6: VALUE.vitaminB6.belowOptimal } }, on: 'vitaminB6', positions: ['support-group'], sources: ['b12-society'] },
  { id: 'b12-treat', given: { results: { vitaminB12: VALUE.vitaminB12.deficient } }, on: 'vitaminB12', positions: ['national-guidance'], sources: ['nice-ng239'] },
  { id: 'b12-treat', given: { results: { activeB12: VALUE.activeB12.deficient } }, on: 'activeB12', positions: ['national-guidance'], sources: ['nice-ng239'] },
  { id: 'b12-treat-urgently-if-nerves', given: { results: { vitaminB12: VALUE.vitaminB12.deficient } }, on: 'vitaminB12', positions: ['national-guidance'], sources: ['bsh-2014', 'bnf-hydroxo'] },
  { id: 'b12-treat-urgently-if-nerves', given: { results: { activeB12: VALUE.activeB12.deficient } }, on: 'activeB12', positions: ['national-guidance'], sources: ['bsh-2014', 'bnf-hydroxo'] },
  { id: 'b12-pregnancy-test', given: { results: { vitaminB12: VALUE.vitaminB12.normal }, pregnant: true }, on: 'vitaminB12', positions: ['national-guidance'], sources: ['nice-ng239'] },
  { id: 'b12-pregnancy-test', given: { results: { vitaminB12: VALUE.vitaminB12.deficient }, pregnant: true }, on: 'vitaminB12', positions: ['national-guidance'], sources: ['nice-ng239'] },
  { id: 'b12-nitrous-caveat', given: { results: { vitaminB12: VALUE.vitaminB12.normal } }, on: 'overall', positions: ['national-guidance'], sources: ['nice-ng239'] },
  { id: 'b12-nitrous-caveat', given: { results: { activeB12: VALUE.activeB12.indeterminate } }, on: 'overall', positions: ['national-guidance'], sources: ['nice-ng239'] },
  { id: 'b12-nitrous-caveat', given: { results: { vitaminB12: VALUE.vitaminB12.above } }, on: 'overall', positions: ['national-guidance'], sources: ['nice-ng239'] },
  { id: 'b12-further-tests', given: { results: { vitaminB12: VALUE.vitaminB12.indeterminate } }, on: 'vitaminB12', positions: ['national-guidance'], sources: ['nice-ng239'] },
  { id: 'b12-further-tests', given: { results: { activeB12: VALUE.activeB12.indeterminate } }, on: 'activeB12', positions: ['national-guidance'], sources: ['nice-ng239'] },
  { id: 'start-cofactors-with-b12', given: { results: { ferritin: VALUE.ferritin.belowOptimal } }, on: 'overall', positions: ['support-group'], sources: ['b12-society'] },
  { id: 'start-cofactors-with-b12', given: { results: { vitaminB6: VALUE.vitaminB6.deficient } }, on: 'overall', positions: ['support-group'], sources: ['b12-society'] },
  { id: 'start-cofactors-with-b12', given: { results: { vitaminB6: VALUE.vitaminB6.belowOptimal } }, on: 'overall', positions: ['support-group'], sources: ['b12-society'] },
  {
    id: 'start-cofactors-with-b12',
    given: { results: { ferritin: VALUE.ferritin.belowOptimal, vitaminB12: VALUE.vitaminB12.indeterminate } },
    on: 'overall',
    positions: ['support-group'],
    sources: ['b12-society'],
  },
  {
    id: 'start-cofactors-with-b12',
    given: { results: { ferritin: VALUE.ferritin.belowOptimal, vitaminB12: VALUE.vitaminB12.normal }, b12TherapyStarted: true },
    on: 'overall',
    positions: ['support-group'],
    sources: ['b12-society'],
  },
  { id: 'lab-range-precedence', given: { results: { ferritin: VALUE.ferritin.optimal } }, on: 'overall', positions: ['national-guidance', 'nhs-laboratory'], sources: ['bsh-2014', 'lab-b12'] },
  { id: 'b12-level-on-treatment', given: { results: { vitaminB12: VALUE.vitaminB12.normal }, b12TherapyStarted: true }, on: 'overall', positions: ['nhs-laboratory'], sources: ['lab-b12'] },
  { id: 'b12-level-on-treatment', given: { results: { activeB12: VALUE.activeB12.above }, b12TherapyStarted: true }, on: 'overall', positions: ['nhs-laboratory'], sources: ['lab-b12'] },
];

/** Results that must never give this advice: the reference's "never" clauses. */
export const NO_ADVICE: { id: string; given: { results: Partial<Record<Analyte, number>>; b12TherapyStarted?: boolean; pregnant?: boolean }; why: string }[] = [
  { id: 'start-cofactors-with-b12', given: { results: { ferritin: VALUE.ferritin.belowOptimal, vitaminB12: VALUE.vitaminB12.normal } }, why: 'B12 excludes deficiency and no treatment has started' },
  { id: 'start-cofactors-with-b12', given: { results: { vitaminB6: VALUE.vitaminB6.deficient, activeB12: VALUE.activeB12.above } }, why: 'B12 excludes deficiency and no treatment has started' },
  { id: 'b12-further-tests', given: { results: { vitaminB12: VALUE.vitaminB12.indeterminate }, b12TherapyStarted: true }, why: 'labs do not test people on B12 treatment' },
  { id: 'b12-pregnancy-test', given: { results: { vitaminB12: VALUE.vitaminB12.normal } }, why: 'only in pregnancy' },
  { id: 'b12-pregnancy-test', given: { results: { activeB12: VALUE.activeB12.normal }, pregnant: true }, why: 'active B12 is the preferred test' },
  { id: 'b12-nitrous-caveat', given: { results: { vitaminB12: VALUE.vitaminB12.deficient } }, why: 'a deficient result needs no caveat' },
  { id: 'b12-nitrous-caveat', given: { results: { folate: VALUE.folate.optimal } }, why: 'only with a B12 result' },
  { id: 'b12-treat-urgently-if-nerves', given: { results: { vitaminB12: VALUE.vitaminB12.indeterminate } }, why: 'only with a deficient B12' },
  { id: 'start-cofactors-with-b12', given: { results: { folate: VALUE.folate.deficient } }, why: 'never for folate (safety rule)' },
  { id: 'start-cofactors-with-b12', given: { results: { folate: VALUE.folate.belowOptimal } }, why: 'never for folate (safety rule)' },
  { id: 'start-cofactors-with-b12', given: { results: { ferritin: VALUE.ferritin.deficient } }, why: 'never for deficient ferritin: its cause is found first' },
  { id: 'iron-supplement', given: { results: { ferritin: VALUE.ferritin.deficient } }, why: 'deficient ferritin gets iron-assess only' },
  { id: 'b12-further-tests', given: { results: { vitaminB12: VALUE.vitaminB12.deficient } }, why: 'deficient is b12-treat' },
  { id: 'lab-range-precedence', given: { results: {} }, why: 'only with a result' },
  { id: 'b12-level-on-treatment', given: { results: { vitaminB12: VALUE.vitaminB12.normal } }, why: 'only once treatment has started' },
  { id: 'b12-level-on-treatment', given: { results: { folate: VALUE.folate.optimal }, b12TherapyStarted: true }, why: 'only with a B12 result' },
];

// ── Safety rules: the checker ─────────────────────────────────────────────────────────

export interface WarningRow {
  id: string;
  severity: Severity;
  analytes: Analyte[];
}

/** Who each warning cites. */
export const WARNING_SOURCES: Record<string, string[]> = {
  'folate-before-b12': ['bnf-folic-acid', 'bsh-2014'],
  'folate-b12-normal': ['bsh-2014', 'nice-ng239'],
  'folate-pregnancy': ['nhs-folic-acid-pregnancy', 'nice-ng239'],
  'b6-supplement-limit': ['nhs-b6'],
  'b6-above-range': ['nhs-b6'],
  'ferritin-inflammation': ['cks-iron'],
  'ferritin-above-range': ['cks-iron'],
  'b12-above-range': ['lab-b12'],
  'neurological-urgent': ['bsh-2014', 'bnf-hydroxo'],
  pregnancy: ['nice-ng239'],
  'nitrous-oxide': ['nice-ng239'],
  'medicine-do-not-stop': ['mhra-metformin', 'nice-ng239'],
  'cause-unknown': ['nice-ng239'],
  'diary-urgent-symptoms': ['bsh-2014', 'nice-ng239'],
};

export interface CheckerScenario {
  name: string;
  given: { results: Partial<Record<Analyte, number>>; b12TherapyStarted?: boolean; pregnant?: boolean };
  /** Every warning, in order (urgent, caution, info). */
  warnings: [id: string, severity: Severity, analytes: Analyte[]][];
}

const folateBeforeB12 = ['folate-before-b12', 'urgent', ['folate']] as [string, Severity, Analyte[]];
const folateB12Normal = ['folate-b12-normal', 'info', ['folate']] as [string, Severity, Analyte[]];
const folatePregnancy = ['folate-pregnancy', 'caution', ['folate']] as [string, Severity, Analyte[]];

export const CHECKER_SCENARIOS: CheckerScenario[] = [
  // folate-before-b12: folate low, treatment not started, not pregnant, B12 deficiency not excluded.
  { name: 'folate deficient, no B12 result', given: { results: { folate: VALUE.folate.deficient } }, warnings: [folateBeforeB12] },
  { name: 'folate below optimal, no B12 result', given: { results: { folate: VALUE.folate.belowOptimal } }, warnings: [folateBeforeB12] },
  { name: 'folate low, B12 deficient', given: { results: { folate: VALUE.folate.deficient, vitaminB12: VALUE.vitaminB12.deficient } }, warnings: [folateBeforeB12] },
  { name: 'folate low, B12 indeterminate', given: { results: { folate: VALUE.folate.belowOptimal, vitaminB12: VALUE.vitaminB12.indeterminate } }, warnings: [folateBeforeB12] },
  { name: 'folate low, active B12 indeterminate', given: { results: { folate: VALUE.folate.belowOptimal, activeB12: VALUE.activeB12.indeterminate } }, warnings: [folateBeforeB12] },
  {
    name: 'folate low, total B12 normal but active B12 deficient',
    given: { results: { folate: VALUE.folate.deficient, vitaminB12: VALUE.vitaminB12.normal, activeB12: VALUE.activeB12.deficient } },
    warnings: [folateBeforeB12],
  },
  // folate-b12-normal: B12 deficiency excluded.
  { name: 'folate low, B12 normal', given: { results: { folate: VALUE.folate.deficient, vitaminB12: VALUE.vitaminB12.normal } }, warnings: [folateB12Normal] },
  { name: 'folate low, active B12 normal', given: { results: { folate: VALUE.folate.belowOptimal, activeB12: VALUE.activeB12.normal } }, warnings: [folateB12Normal] },
  {
    name: 'folate low, both B12 tests normal',
    given: { results: { folate: VALUE.folate.belowOptimal, vitaminB12: VALUE.vitaminB12.normal, activeB12: VALUE.activeB12.normal } },
    warnings: [folateB12Normal],
  },
  // folate-pregnancy: pregnant or planning, whatever the B12 result; never folate-before-b12.
  { name: 'folate deficient, pregnant, no B12 result', given: { results: { folate: VALUE.folate.deficient }, pregnant: true }, warnings: [folatePregnancy] },
  {
    name: 'folate below optimal, pregnant, B12 deficient',
    given: { results: { folate: VALUE.folate.belowOptimal, vitaminB12: VALUE.vitaminB12.deficient }, pregnant: true },
    warnings: [folatePregnancy],
  },
  { name: 'folate low, pregnant, B12 normal', given: { results: { folate: VALUE.folate.deficient, vitaminB12: VALUE.vitaminB12.normal }, pregnant: true }, warnings: [folatePregnancy] },
  { name: 'folate low, pregnant, treatment started', given: { results: { folate: VALUE.folate.deficient }, pregnant: true, b12TherapyStarted: true }, warnings: [folatePregnancy] },
  // Once treatment has started, folic acid is not held back.
  { name: 'folate low, treatment started', given: { results: { folate: VALUE.folate.deficient }, b12TherapyStarted: true }, warnings: [] },
  { name: 'folate optimal, pregnant', given: { results: { folate: VALUE.folate.optimal }, pregnant: true }, warnings: [] },
  { name: 'folate above range', given: { results: { folate: VALUE.folate.above } }, warnings: [] },
  // Vitamin B6: the 10 mg caution with every result; "above range" only from the person's own lab range (see the assess tests).
  { name: 'B6 deficient', given: { results: { vitaminB6: VALUE.vitaminB6.deficient } }, warnings: [['b6-supplement-limit', 'caution', ['vitaminB6']]] },
  { name: 'B6 below optimal', given: { results: { vitaminB6: VALUE.vitaminB6.belowOptimal } }, warnings: [['b6-supplement-limit', 'caution', ['vitaminB6']]] },
  { name: 'B6 optimal', given: { results: { vitaminB6: VALUE.vitaminB6.optimal } }, warnings: [['b6-supplement-limit', 'caution', ['vitaminB6']]] },
  { name: 'B6 high, no lab range: no default upper limit, not above range', given: { results: { vitaminB6: VALUE.vitaminB6.above } }, warnings: [['b6-supplement-limit', 'caution', ['vitaminB6']]] },
  // Ferritin.
  { name: 'ferritin deficient', given: { results: { ferritin: VALUE.ferritin.deficient } }, warnings: [] },
  { name: 'ferritin below optimal', given: { results: { ferritin: VALUE.ferritin.belowOptimal } }, warnings: [['ferritin-inflammation', 'info', ['ferritin']]] },
  { name: 'ferritin optimal', given: { results: { ferritin: VALUE.ferritin.optimal } }, warnings: [['ferritin-inflammation', 'info', ['ferritin']]] },
  {
    name: 'ferritin above range',
    given: { results: { ferritin: VALUE.ferritin.above } },
    warnings: [
      ['ferritin-above-range', 'caution', ['ferritin']],
      ['ferritin-inflammation', 'info', ['ferritin']],
    ],
  },
  // High B12.
  { name: 'B12 above range, no treatment', given: { results: { vitaminB12: VALUE.vitaminB12.above } }, warnings: [['b12-above-range', 'caution', ['vitaminB12', 'activeB12']]] },
  {
    name: 'active B12 above range, treatment started',
    given: { results: { activeB12: VALUE.activeB12.above }, b12TherapyStarted: true },
    warnings: [['b12-above-range', 'info', ['vitaminB12', 'activeB12']]],
  },
  {
    name: 'both B12 tests above range: one warning',
    given: { results: { vitaminB12: VALUE.vitaminB12.above, activeB12: VALUE.activeB12.above } },
    warnings: [['b12-above-range', 'caution', ['vitaminB12', 'activeB12']]],
  },
  // Together: urgent first, then caution, then info.
  {
    name: 'folate low, ferritin high, B12 high',
    given: { results: { folate: VALUE.folate.deficient, ferritin: VALUE.ferritin.above, vitaminB12: VALUE.vitaminB12.above } },
    // Within a severity, the reference's order of rules.
    warnings: [['ferritin-above-range', 'caution', ['ferritin']], ['b12-above-range', 'caution', ['vitaminB12', 'activeB12']], folateB12Normal, ['ferritin-inflammation', 'info', ['ferritin']]],
  },
  { name: 'nothing entered', given: { results: {} }, warnings: [] },
];

/** The figures each warning's words need, carried by the warning. */
export const WARNING_FIGURES: Record<string, Record<string, number>> = {
  'b6-supplement-limit': { maxDailyMilligrams: 10 },
  'ferritin-inflammation': { ferritinUpTo: 100 },
  'folate-pregnancy': { folicAcidMicrogramsPerDay: 400 },
  pregnancy: { reviewAfterMonths: 1 },
};

/** The unit of each figure that is a measurement. */
export const WARNING_FIGURE_UNITS: Record<string, Record<string, string>> = {
  'ferritin-inflammation': { ferritinUpTo: 'µg/L' },
};

// ── Treatment plans ───────────────────────────────────────────────────────────────────

export type Continues = 'lifelong' | 'lifelong-if-cause-irreversible' | 'while-medication-continues' | 'while-diet-lacks-b12' | 'until-cause-known' | 'until-reviewed';

export interface PlanRow {
  cause: Cause;
  /** Whose position the standard (non-neurological) loading phase is. */
  loadingPosition: Position;
  withoutNeuro:
    | { route: 'intramuscular'; medicine: 'hydroxocobalamin'; doseMicrograms: 1000; intervalMonths: number; intervalMonthsMin?: number }
    | { route: 'oral'; medicine: 'cyanocobalamin'; doseMicrograms: number; doseMicrogramsMax: number; everyDays: number };
  continues: Continues;
  sources: string[];
  /** Alternatives offered without neurological symptoms. */
  alternatives: { medicine: 'cyanocobalamin'; route: 'oral'; position: Position; doseMicrograms?: number; sources: string[] }[];
}

/** The maintenance table; with neurological symptoms every cause is hydroxocobalamin 1000 micrograms IM every 2 months. */
export const PLANS: PlanRow[] = [
  {
    cause: 'autoimmune-gastritis',
    loadingPosition: 'national-guidance',
    withoutNeuro: { route: 'intramuscular', medicine: 'hydroxocobalamin', doseMicrograms: 1000, intervalMonths: 3, intervalMonthsMin: 2 },
    continues: 'lifelong',
    sources: ['bnf-hydroxo', 'nice-ng239'],
    alternatives: [],
  },
  {
    cause: 'malabsorption',
    loadingPosition: 'national-guidance',
    withoutNeuro: { route: 'intramuscular', medicine: 'hydroxocobalamin', doseMicrograms: 1000, intervalMonths: 3, intervalMonthsMin: 2 },
    continues: 'lifelong-if-cause-irreversible',
    sources: ['bnf-hydroxo', 'nice-ng239'],
    alternatives: [{ medicine: 'cyanocobalamin', route: 'oral', position: 'national-guidance', doseMicrograms: 1000, sources: ['nice-ng239'] }],
  },
  {
    cause: 'medication',
    loadingPosition: 'national-guidance',
    withoutNeuro: { route: 'intramuscular', medicine: 'hydroxocobalamin', doseMicrograms: 1000, intervalMonths: 3, intervalMonthsMin: 2 },
    continues: 'while-medication-continues',
    sources: ['bnf-hydroxo', 'nice-ng239'],
    alternatives: [],
  },
  {
    cause: 'diet',
    loadingPosition: 'support-group',
    withoutNeuro: { route: 'oral', medicine: 'cyanocobalamin', doseMicrograms: 50, doseMicrogramsMax: 150, everyDays: 1 },
    continues: 'while-diet-lacks-b12',
    sources: ['bnf-cyano', 'nice-ng239'],
    // NG239 starts with dietary advice and an oral supplement: the national-guidance route beside the support group's injections.
    // The 50–150 micrograms a day is the BNF's, credited to it alone.
    alternatives: [{ medicine: 'cyanocobalamin', route: 'oral', position: 'national-guidance', doseMicrograms: 50, sources: ['bnf-cyano'] }],
  },
  {
    cause: 'nitrous-oxide',
    loadingPosition: 'national-guidance',
    withoutNeuro: { route: 'intramuscular', medicine: 'hydroxocobalamin', doseMicrograms: 1000, intervalMonths: 3, intervalMonthsMin: 2 },
    continues: 'until-reviewed',
    sources: ['bnf-hydroxo', 'nice-ng239'],
    // "or oral by preference (NG239)": the reference gives no oral dose, so none is stated.
    alternatives: [{ medicine: 'cyanocobalamin', route: 'oral', position: 'national-guidance', sources: ['nice-ng239'] }],
  },
  {
    cause: 'unknown',
    loadingPosition: 'national-guidance',
    withoutNeuro: { route: 'intramuscular', medicine: 'hydroxocobalamin', doseMicrograms: 1000, intervalMonths: 3, intervalMonthsMin: 2 },
    continues: 'until-cause-known',
    sources: ['nice-ng239', 'bnf-hydroxo'],
    alternatives: [],
  },
];

export const LOADING = { doses: 6, durationDays: 14, doseMicrograms: 1000, days: [0, 2, 4, 7, 9, 11], sources: ['b12-society', 'bnf-hydroxo'] };
export const NEUROLOGICAL_LOADING = {
  everyDays: 2,
  doseMicrograms: 1000,
  days: [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20],
  reviewDay: 21,
  position: 'national-guidance' as Position,
  sources: ['bnf-hydroxo'],
};
export const NEUROLOGICAL_MAINTENANCE_MONTHS = 2;

/** NG239's treatment review: months after the first dose. */
export const REVIEW = { afterMonths: 3, afterMonthsPregnant: 1, position: 'national-guidance' as Position, sources: ['nice-ng239'] };

/**
 * Plan advice: NG239's review of the dose and frequency is national guidance alone; the
 * support group's own words on frequency await a primary source, so have no piece.
 */
export const PLAN_ADVICE: { id: string; positions: Position[]; sources: string[] }[] = [
  { id: 'maintenance-review-frequency', positions: ['national-guidance'], sources: ['nice-ng239', 'sps-ng239', 'hydroxo-spc'] },
  { id: 'follow-up-varies', positions: ['support-group'], sources: ['b12-society'] },
];

// ── Safety rules: the plan ────────────────────────────────────────────────────────────

export interface PlanScenario {
  name: string;
  given: { cause: Cause; neurologicalSymptoms: boolean | 'unsure'; pregnant?: boolean | 'unsure'; breastfeeding?: boolean; folateLow?: boolean | 'unknown' };
  warnings: [id: string, severity: Severity][];
}

export const PLAN_SCENARIOS: PlanScenario[] = [
  { name: 'pernicious anaemia, no nerve symptoms', given: { cause: 'autoimmune-gastritis', neurologicalSymptoms: false }, warnings: [] },
  { name: 'nerve symptoms', given: { cause: 'autoimmune-gastritis', neurologicalSymptoms: true }, warnings: [['neurological-urgent', 'urgent']] },
  { name: 'not sure about nerve symptoms: planned as yes', given: { cause: 'autoimmune-gastritis', neurologicalSymptoms: 'unsure' }, warnings: [['neurological-urgent', 'urgent']] },
  { name: 'nitrous oxide', given: { cause: 'nitrous-oxide', neurologicalSymptoms: false }, warnings: [['nitrous-oxide', 'urgent']] },
  { name: 'a medicine', given: { cause: 'medication', neurologicalSymptoms: false }, warnings: [['medicine-do-not-stop', 'caution']] },
  { name: 'cause unknown', given: { cause: 'unknown', neurologicalSymptoms: false }, warnings: [['cause-unknown', 'info']] },
  { name: 'pregnant or planning a pregnancy', given: { cause: 'diet', neurologicalSymptoms: false, pregnant: true }, warnings: [['pregnancy', 'caution']] },
  { name: 'breastfeeding', given: { cause: 'diet', neurologicalSymptoms: false, breastfeeding: true }, warnings: [['pregnancy', 'caution']] },
  { name: 'not sure about pregnancy: planned as pregnant', given: { cause: 'diet', neurologicalSymptoms: false, pregnant: 'unsure' }, warnings: [['pregnancy', 'caution']] },
  // Breastfeeding is not pregnancy: folic acid alone is the same risk as for anyone else.
  {
    name: 'breastfeeding and folate low: folate-before-b12, never the pregnancy words',
    given: { cause: 'diet', neurologicalSymptoms: false, breastfeeding: true, folateLow: true },
    warnings: [
      ['folate-before-b12', 'urgent'],
      ['pregnancy', 'caution'],
    ],
  },
  {
    name: 'breastfeeding and folate not known: the caution',
    given: { cause: 'diet', neurologicalSymptoms: false, breastfeeding: true, folateLow: 'unknown' },
    warnings: [
      ['folate-before-b12', 'caution'],
      ['pregnancy', 'caution'],
    ],
  },
  {
    name: 'not sure about pregnancy, folate low: planned as pregnant',
    given: { cause: 'diet', neurologicalSymptoms: false, pregnant: 'unsure', folateLow: true },
    warnings: [
      ['folate-pregnancy', 'caution'],
      ['pregnancy', 'caution'],
    ],
  },
  { name: 'folate low', given: { cause: 'diet', neurologicalSymptoms: false, folateLow: true }, warnings: [['folate-before-b12', 'urgent']] },
  { name: 'folate not known: a caution, not the urgent warning', given: { cause: 'diet', neurologicalSymptoms: false, folateLow: 'unknown' }, warnings: [['folate-before-b12', 'caution']] },
  { name: 'folate normal', given: { cause: 'diet', neurologicalSymptoms: false, folateLow: false }, warnings: [] },
  {
    name: 'folate low and pregnant: never folate-before-b12',
    given: { cause: 'diet', neurologicalSymptoms: false, folateLow: true, pregnant: true },
    warnings: [
      ['folate-pregnancy', 'caution'],
      ['pregnancy', 'caution'],
    ],
  },
  {
    name: 'folate not known and pregnant: never folate-before-b12',
    given: { cause: 'diet', neurologicalSymptoms: false, folateLow: 'unknown', pregnant: true },
    warnings: [
      ['folate-pregnancy', 'caution'],
      ['pregnancy', 'caution'],
    ],
  },
  {
    name: 'everything at once: urgent first',
    given: { cause: 'nitrous-oxide', neurologicalSymptoms: 'unsure', pregnant: true, folateLow: true },
    warnings: [
      ['neurological-urgent', 'urgent'],
      ['nitrous-oxide', 'urgent'],
      ['folate-pregnancy', 'caution'],
      ['pregnancy', 'caution'],
    ],
  },
  {
    name: 'medicine, folate low, nerve symptoms',
    given: { cause: 'medication', neurologicalSymptoms: true, folateLow: true },
    warnings: [
      ['folate-before-b12', 'urgent'],
      ['neurological-urgent', 'urgent'],
      ['medicine-do-not-stop', 'caution'],
    ],
  },
];
