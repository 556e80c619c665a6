import { adviceWithBasis } from './advice-basis.js';
import { adviceFor, combinedAdvice, type AdviceContext } from './cofactor-advice.js';
import { parseLocaleNumber } from './number-parsing.js';
import type { Profile } from './profile-shape.js';
import { defaultProfile } from './profiles/uk-default.js';
import { cofactorWarnings } from './safety.js';
import { guideLevel, type GuideLevel, type RangeUsed } from './guide-levels.js';
import type { RangesBySex } from './laboratory-shape.js';
import { statusFor } from './status.js';
import { ANALYTES, type Advice, type AdviceId, type Analyte, type ResultWarning, type Status } from './types.js';
import { findUnit } from './units.js';

/** One blood result as a person gives it: the number as typed and the unit the lab used. */
export interface ResultInput {
  value: number | string | null | undefined;
  unit: string;
  /** The lab's own reference range, in the same unit as the value. Optional. */
  labRange?: { low?: number | string | null; high?: number | string | null };
}

export interface AssessInput {
  results: Partial<Record<Analyte, ResultInput>>;
  /** How typed numbers are read: "12,5" is twelve and a half in `de`, `fr`, `es`, `pl`. */
  locale?: string;
  /** Whether B12 treatment has started; it changes the folate and high-B12 warnings. */
  b12TherapyStarted?: boolean;
  /**
   * Pregnant or planning a pregnancy: folic acid is then never held back, and total B12
   * is less reliable. Not breastfeeding, which changes neither.
   */
  pregnant?: boolean;
  /**
   * Where the profile's laboratory prints one range for women and one for men (ferritin):
   * which of them the person's report uses. Without an answer a result is above range only
   * when it is above both.
   */
  rangeUsed?: Partial<Record<Analyte, RangeUsed>>;
}

export type LabPosition = 'below' | 'within' | 'above';

export interface AssessedResult extends GuideLevel {
  status: Status;
  /** The number as read from the input, in `unit`; null when not entered or unreadable. */
  value: number | null;
  /**
   * The unit as the person gave it. `acceptedUnit` is what the profile reads it as, or
   * the canonical unit when it reads it as nothing (an `unknown-unit` error).
   */
  unit: string;
  canonicalValue: number | null;
  adviceIds: AdviceId[];
  /** The same advice, each with whose position it is and its sources. */
  advice: Advice[];
  /** Where the value sits in the person's own lab range, when they gave one. */
  labRange?: LabRangeReading;
  /**
   * Set where the laboratory prints two ranges, the person did not say which their report
   * uses, and the value is above this one's upper limit but not the other's.
   */
  aboveRangeOf?: RangeUsed;
}

export interface LabRangeReading {
  low?: number;
  high?: number;
  /** Below, within or above the lab's range; absent without a value. */
  position?: LabPosition;
  /**
   * Whether the lab's range and this guide say the same about the value: both say it is
   * low (below the lab's range, deficient here), both say it is high, or both say
   * neither. Where they differ, the lab's report and the clinician's reading come first.
   */
  matchesGuide?: boolean;
}

export type InputErrorCode = 'not-a-number' | 'negative' | 'implausible' | 'unknown-unit' | 'range-reversed';

export interface InputError {
  analyte: Analyte;
  /** Which field of the result is wrong. */
  field: 'value' | 'unit' | 'labLow' | 'labHigh';
  code: InputErrorCode;
}

export interface Assessment {
  /** One per analyte, in the fixed order of `ANALYTES`. */
  items: AssessedResult[];
  /** Advice that depends on more than one result, such as starting cofactors with B12. */
  adviceIds: AdviceId[];
  /** The same advice, each with whose position it is and its sources. */
  advice: Advice[];
  /** Safety warnings, urgent first. Never removable by a profile. */
  warnings: ResultWarning[];
  errors: InputError[];
}

/**
 * Where each blood result stands against the profile, what advice and safety warnings
 * apply, and what is wrong with any field. Never throws: a bad field is reported in
 * `errors` and every other field is still assessed.
 */
export function assessCofactors(input: AssessInput, profile: Profile = defaultProfile): Assessment {
  const results = isRecord(input) && isRecord(input.results) ? input.results : {};
  const locale = isRecord(input) && typeof input.locale === 'string' ? input.locale : undefined;
  const b12TherapyStarted = isRecord(input) && input.b12TherapyStarted === true;
  const pregnant = isRecord(input) && input.pregnant === true;

  const rangeUsed = isRecord(input) && isRecord(input.rangeUsed) ? input.rangeUsed : {};

  const context = { b12TherapyStarted, pregnant };
  const errors: InputError[] = [];
  const items = ANALYTES.map((analyte) => {
    const given = Object.hasOwn(results, analyte) ? results[analyte] : undefined;
    const used = Object.hasOwn(rangeUsed, analyte) ? rangeUsed[analyte] : undefined;
    return assessOne(analyte, given, profile, locale, context, errors, used === 'women' || used === 'men' ? used : undefined);
  });
  const statuses = Object.fromEntries(items.map((item) => [item.analyte, item.status])) as Record<Analyte, Status>;

  const adviceIds = combinedAdvice(statuses, context);
  return {
    items,
    adviceIds,
    advice: adviceIds.map((id) => adviceWithBasis(profile, id)),
    warnings: cofactorWarnings({ statuses, b12TherapyStarted, pregnant }),
    errors,
  };
}

function assessOne(analyte: Analyte, given: unknown, profile: Profile, locale: string | undefined, context: AdviceContext, errors: InputError[], rangeUsed: RangeUsed | undefined): AssessedResult {
  const guidance = profile.analytes[analyte];
  const typedUnit = isRecord(given) && typeof given.unit === 'string' ? given.unit : guidance.canonicalUnit;
  const level = guideLevel(analyte, profile, typedUnit, rangeUsed);
  const notEntered: AssessedResult = {
    ...level,
    status: 'not-entered',
    value: null,
    unit: typedUnit,
    canonicalValue: null,
    adviceIds: [],
    advice: [],
  };
  if (!isRecord(given)) return notEntered;

  const unit = findUnit(guidance, typedUnit);
  const parsed = readAmount(given.value, locale);
  const labRange = readLabRange(analyte, given.labRange, locale, errors);

  if (!unit) {
    errors.push({ analyte, field: 'unit', code: 'unknown-unit' });
    return { ...notEntered, labRange };
  }
  if (parsed.kind === 'empty') return { ...notEntered, labRange };
  if (parsed.kind === 'error') {
    errors.push({ analyte, field: 'value', code: parsed.code });
    return { ...notEntered, labRange };
  }

  const canonicalValue = parsed.value * unit.toCanonical;
  if (canonicalValue > guidance.plausibleMax) {
    errors.push({ analyte, field: 'value', code: 'implausible' });
    return { ...notEntered, labRange };
  }

  const status = statusAgainstLab(statusFor(canonicalValue, level.thresholds), parsed.value, level.thresholds.upperLimit, labRange);
  const adviceIds = adviceFor(analyte, status, context);
  const aboveRangeOf = level.rangeUsed ? undefined : aboveOneRangeOnly(canonicalValue, level.laboratory?.rangesBySex);
  return {
    ...notEntered,
    ...(aboveRangeOf && { aboveRangeOf }),
    status,
    value: parsed.value,
    canonicalValue,
    adviceIds,
    advice: adviceIds.map((id) => adviceWithBasis(profile, id, status)),
    labRange: labRange && readAgainstLab(parsed.value, status, labRange),
  };
}

type Amount = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'error'; code: 'not-a-number' | 'negative' };

function readAmount(raw: unknown, locale: string | undefined): Amount {
  if (raw !== null && raw !== undefined && typeof raw !== 'number' && typeof raw !== 'string') {
    return { kind: 'error', code: 'not-a-number' };
  }
  const parsed = parseLocaleNumber(raw, locale);
  if (parsed.kind === 'not-a-number') return { kind: 'error', code: 'not-a-number' };
  if (parsed.kind === 'number' && parsed.value < 0) return { kind: 'error', code: 'negative' };
  // -0 reads as zero: a valid, deficient value.
  return parsed.kind === 'number' ? { kind: 'number', value: parsed.value + 0 } : parsed;
}

function readLabRange(analyte: Analyte, raw: unknown, locale: string | undefined, errors: InputError[]): { low?: number; high?: number } | undefined {
  if (!isRecord(raw)) return undefined;
  const low = readAmount(raw.low, locale);
  const high = readAmount(raw.high, locale);
  if (low.kind === 'error') errors.push({ analyte, field: 'labLow', code: low.code });
  if (high.kind === 'error') errors.push({ analyte, field: 'labHigh', code: high.code });
  const range = {
    ...(low.kind === 'number' && { low: low.value }),
    ...(high.kind === 'number' && { high: high.value }),
  };
  if (range.low !== undefined && range.high !== undefined && range.low > range.high) {
    errors.push({ analyte, field: 'labHigh', code: 'range-reversed' });
    return undefined;
  }
  return range.low === undefined && range.high === undefined ? undefined : range;
}

/**
 * Where the profile has no upper limit (vitamin B6: no NHS laboratory publishes one),
 * the person's own lab's is the only one there is: above it is above range.
 */
function statusAgainstLab(status: Exclude<Status, 'not-entered'>, value: number, profileUpperLimit: number | undefined, labRange: { high?: number } | undefined): Exclude<Status, 'not-entered'> {
  return status === 'optimal' && profileUpperLimit === undefined && labRange?.high !== undefined && value > labRange.high ? 'above-range' : status;
}

function readAgainstLab(value: number, status: Status, range: { low?: number; high?: number }): LabRangeReading {
  const position = labPosition(value, range);
  // The guide's bands read on the lab's axis: only "deficient" is low and only "above
  // range" is high. Below optimal is not low for a lab: that is the point of the guide.
  const guideSays: LabPosition = status === 'deficient' ? 'below' : status === 'above-range' ? 'above' : 'within';
  return { ...range, position, matchesGuide: position === guideSays };
}

function labPosition(value: number, { low, high }: { low?: number; high?: number }): LabPosition {
  if (low !== undefined && value < low) return 'below';
  if (high !== undefined && value > high) return 'above';
  return 'within';
}

/** The one range of two a value is above, where it is above only one. */
function aboveOneRangeOnly(canonicalValue: number, ranges: RangesBySex | undefined): RangeUsed | undefined {
  if (!ranges) return undefined;
  const above = (['women', 'men'] as const).filter((range) => canonicalValue > ranges[range].high);
  return above.length === 1 ? above[0] : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
