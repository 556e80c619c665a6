/**
 * Names shared by every part of the engine. These are the public, semver-stable types of
 * `b12-widgets/engine`; see `shared/design.md` for the contract they implement.
 */

/** The blood tests the checker understands. */
export type Analyte = 'vitaminB12' | 'activeB12' | 'folate' | 'ferritin' | 'vitaminB6';

/**
 * Every analyte in the fixed order results are returned in: total B12 and active B12
 * first (the deficiency itself), then the cofactors.
 */
export const ANALYTES: readonly Analyte[] = ['vitaminB12', 'activeB12', 'folate', 'ferritin', 'vitaminB6'];

/** The cofactors: the nutrients B12 treatment depends on, as opposed to B12 itself. */
export const COFACTORS: readonly Analyte[] = ['folate', 'ferritin', 'vitaminB6'];

/** Where a value stands against the profile's bands for its analyte. */
export type Status = 'deficient' | 'below-optimal' | 'optimal' | 'above-range' | 'not-entered';

/**
 * Whose position a figure is. Guideline figures come from national guidance (NICE, BNF,
 * BSH, NICE CKS, UK public health advice); support-group figures come from patient
 * organisations and are shown with a different label.
 */
export type SourceKind = 'guideline' | 'support-group';

/** A citation for a figure or a warning. */
export interface Source {
  /** A short stable id, such as `nice-ng239`. */
  id: string;
  title: string;
  url: string;
  year?: number;
  kind: SourceKind;
}

export type Severity = 'urgent' | 'caution' | 'info';

/** A safety warning. Warnings come from engine code, never from profile data. */
export interface Warning {
  id: string;
  severity: Severity;
  sources: Source[];
  /**
   * The clinical figures the warning's words need, such as `maxDailyMilligrams: 10` for
   * vitamin B6. They live with the rule so that no element holds a clinical number.
   */
  figures?: Record<string, number>;
}

export type Medicine = 'hydroxocobalamin' | 'cyanocobalamin';
export type Route = 'intramuscular' | 'oral';

export type Cause =
  | 'autoimmune-gastritis'
  | 'diet'
  | 'malabsorption'
  | 'medication'
  | 'nitrous-oxide'
  | 'unknown';

export const CAUSES: readonly Cause[] = [
  'autoimmune-gastritis',
  'malabsorption',
  'medication',
  'diet',
  'nitrous-oxide',
  'unknown',
];
