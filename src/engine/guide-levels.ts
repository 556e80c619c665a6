import type { RangesBySex } from './laboratory-shape.js';
import type { AnalyteGuidance, Profile } from './profile-shape.js';
import { defaultProfile } from './profiles/uk-default.js';
import { resolveSources } from './source-lookup.js';
import { ANALYTES, type Analyte, type Position, type Source } from './types.js';
import { acceptedUnits, findUnit, type AcceptedUnit } from './units.js';

/** The profile's bands for one blood test, and whose figures they are. */
export interface GuideLevel {
  analyte: Analyte;
  /**
   * The unit the figures are shown in: the one asked for when the profile accepts it
   * (under any spelling), otherwise the canonical unit.
   */
  acceptedUnit: AcceptedUnit;
  /**
   * The unit worth showing a value in beside `acceptedUnit`: the first accepted unit that
   * gives a different number (ng/L beside pmol/L). Absent where every unit gives the same
   * number, as for ferritin's µg/L and ng/mL.
   */
  companionUnit?: AcceptedUnit;
  canonicalUnit: string;
  /** The profile's bands in the canonical unit. */
  thresholds: { deficientBelow: number; optimalFrom: number; upperLimit?: number };
  /** Whose position each threshold is, as the profile states it. */
  positions: { deficientBelow: Position; optimalFrom: Position; upperLimit?: Position };
  /** Set where the upper limit is typical for men and many labs print a lower one for women. */
  upperLimitTypicalFor?: 'men';
  /** The sources of this analyte's thresholds, each once. */
  sources: Source[];
  /** The sources of each threshold on its own. */
  thresholdSources: { deficientBelow: Source[]; optimalFrom: Source[]; upperLimit?: Source[] };
  /** Where the profile is a laboratory's: its reference range for this test and its own words on it, in the canonical unit. */
  laboratory?: {
    range?: { low?: number; high?: number };
    /** Where it prints one range for women and one for men. */
    rangesBySex?: RangesBySex;
    note?: string;
    /** The figures that are this laboratory's own (they cite its page), as opposed to the built-in ones it left. */
    figures: ('deficientBelow' | 'optimalFrom' | 'upperLimit')[];
  };
  /**
   * Which of the laboratory's two ranges the bands use, where the person said which their
   * report uses. Without it the upper limit is the higher of the two, so that a result is
   * above range only when it is above both.
   */
  rangeUsed?: RangeUsed;
}

/** The range of a laboratory that prints one for women and one for men. */
export type RangeUsed = keyof RangesBySex;

/**
 * Every blood test's bands, in the fixed order of `ANALYTES`, for a guide table: the
 * figures the checker uses, without assessing anything.
 * @param units the unit to show each test in, such as `{ folate: 'nmol/L' }`.
 */
export function guideLevels(profile: Profile = defaultProfile, units: Partial<Record<Analyte, string>> = {}): GuideLevel[] {
  return ANALYTES.map((analyte) => guideLevel(analyte, profile, units[analyte]));
}

/**
 * One blood test's bands, in `unit` where the profile accepts it.
 * @param rangeUsed which range the person's report uses, where the laboratory prints two.
 */
export function guideLevel(analyte: Analyte, profile: Profile, unit?: string, rangeUsed?: RangeUsed): GuideLevel {
  const guidance = profile.analytes[analyte];
  const laboratory = profile.laboratory?.tests[analyte];
  const used = rangeUsed && laboratory?.rangesBySex ? rangeUsed : undefined;
  const units = acceptedUnits(guidance);
  const acceptedUnit = (unit === undefined ? undefined : findUnit(guidance, unit)) ?? units[0];
  const companionUnit = units.find(({ toCanonical }) => toCanonical !== acceptedUnit.toCanonical);
  return {
    analyte,
    acceptedUnit,
    ...(companionUnit && { companionUnit }),
    canonicalUnit: guidance.canonicalUnit,
    thresholds: used ? { ...thresholdsOf(guidance), upperLimit: laboratory!.rangesBySex![used].high } : thresholdsOf(guidance),
    positions: positionsOf(guidance),
    ...(guidance.thresholds.upperLimit !== undefined && guidance.thresholdBasis.upperLimit?.typicalFor && { upperLimitTypicalFor: guidance.thresholdBasis.upperLimit.typicalFor }),
    sources: allThresholdSources(guidance, profile),
    thresholdSources: eachThresholdSources(guidance, profile),
    ...(laboratory && { laboratory: laboratoryOf(laboratory, guidance) }),
    ...(used && { rangeUsed: used }),
  };
}

function laboratoryOf({ source, range, rangesBySex, note }: NonNullable<NonNullable<Profile['laboratory']>['tests'][Analyte]>, guidance: AnalyteGuidance): NonNullable<GuideLevel['laboratory']> {
  const figures = (['deficientBelow', 'optimalFrom', 'upperLimit'] as const).filter((figure) => guidance.thresholdBasis[figure]?.sources.includes(source));
  return { ...(range && { range }), ...(rangesBySex && { rangesBySex }), ...(note && { note }), figures };
}

function thresholdsOf({ thresholds }: AnalyteGuidance): GuideLevel['thresholds'] {
  const { deficientBelow, optimalFrom, upperLimit } = thresholds;
  return upperLimit === undefined ? { deficientBelow, optimalFrom } : { deficientBelow, optimalFrom, upperLimit };
}

function positionsOf({ thresholds, thresholdBasis }: AnalyteGuidance): GuideLevel['positions'] {
  const { deficientBelow, optimalFrom, upperLimit } = thresholdBasis;
  return {
    deficientBelow: deficientBelow.position,
    optimalFrom: optimalFrom.position,
    ...(thresholds.upperLimit !== undefined && upperLimit && { upperLimit: upperLimit.position }),
  };
}

function allThresholdSources(guidance: AnalyteGuidance, profile: Profile): Source[] {
  const { deficientBelow, optimalFrom, upperLimit } = guidance.thresholdBasis;
  return resolveSources(profile, [...deficientBelow.sources, ...optimalFrom.sources, ...(upperLimit?.sources ?? [])]);
}

function eachThresholdSources(guidance: AnalyteGuidance, profile: Profile): GuideLevel['thresholdSources'] {
  const { deficientBelow, optimalFrom, upperLimit } = guidance.thresholdBasis;
  return {
    deficientBelow: resolveSources(profile, deficientBelow.sources),
    optimalFrom: resolveSources(profile, optimalFrom.sources),
    ...(upperLimit && { upperLimit: resolveSources(profile, upperLimit.sources) }),
  };
}
