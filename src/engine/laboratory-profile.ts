import type { LaboratoryProfile, LaboratoryTestFigures } from './laboratory-shape.js';
import type { FigureBasis, Profile } from './profile-shape.js';
import type { ProfileIssue } from './profile-rules.js';
import { isB12Test } from './b12-tests.js';
import { ANALYTES, type Analyte } from './types.js';
import { acceptedUnits, findUnit, type AcceptedUnit } from './units.js';

/** Names for the source of each test's figures, after the laboratory's own name. */
const TEST_TITLES: Record<Analyte, string> = {
  vitaminB12: 'vitamin B12',
  activeB12: 'active B12',
  folate: 'folate',
  ferritin: 'ferritin',
  vitaminB6: 'vitamin B6',
};

/** A laboratory profile says which built-in profile it changes; a whole profile does not. */
export function isLaboratoryProfile(json: unknown): boolean {
  return typeof json === 'object' && json !== null && Object.hasOwn(json, 'basedOn');
}

/**
 * What is wrong with a laboratory's figures, at the path of the field the profile maker
 * shows them in (`laboratory.tests.ferritin.rangesBySex.women.high`), in the laboratory's
 * own unit: a unit the widgets do not read, bands out of order, a range upside down.
 */
export function laboratoryProfileIssues(lab: LaboratoryProfile, base: Profile): ProfileIssue[] {
  const issues: ProfileIssue[] = [];
  for (const analyte of ANALYTES) {
    const test = lab.laboratory.tests[analyte];
    if (test) issues.push(...testIssues(analyte, test, base, `laboratory.tests.${analyte}`));
  }
  return issues;
}

function testIssues(analyte: Analyte, test: LaboratoryTestFigures, base: Profile, path: string): ProfileIssue[] {
  const guidance = base.analytes[analyte];
  const unit = findUnit(guidance, test.unit);
  if (!unit) {
    const units = acceptedUnits(guidance).map((accepted) => accepted.unit);
    return [{ path: `${path}.unit`, message: `"${test.unit}" is not a unit for ${TEST_TITLES[analyte]}: use one of ${units.join(', ')}` }];
  }
  const issues: ProfileIssue[] = [];
  const inUnit = (canonical: number) => `${Number((canonical / unit.toCanonical).toPrecision(4))} ${unit.unit}`;
  const canonical = (value: number) => value * unit.toCanonical;

  if (test.deficientBelow === undefined && test.normalFrom === undefined && test.range?.high === undefined && test.rangesBySex === undefined && test.range?.low === undefined) {
    issues.push({ path, message: 'gives no figure: leave the test out to use the built-in figures' });
  }
  if (test.normalFrom !== undefined && !isB12Test(analyte)) {
    issues.push({
      path: `${path}.normalFrom`,
      message: `is for B12 and active B12 only: the ${TEST_TITLES[analyte]} band above deficient starts at the support group’s optimal level, not a laboratory’s`,
    });
  }
  if (test.range && test.rangesBySex) issues.push({ path: `${path}.rangesBySex`, message: 'give one range for everyone or one for women and one for men, not both' });

  const deficientBelow = test.deficientBelow === undefined ? guidance.thresholds.deficientBelow : canonical(test.deficientBelow);
  // Where the middle band ends: the laboratory's "deficiency unlikely from" (B12 tests only), or the built-in figure.
  const ownMiddle = isB12Test(analyte) && test.normalFrom !== undefined;
  const middleEnds = ownMiddle ? canonical(test.normalFrom!) : guidance.thresholds.optimalFrom;
  /** The laboratory's figure that sets the middle band's end, or, where it gives none, its deficiency level. */
  const middleField = `${path}.${ownMiddle ? 'normalFrom' : 'deficientBelow'}`;
  const bandAbove = isB12Test(analyte) ? 'normal' : 'optimal';
  if (deficientBelow > middleEnds) {
    issues.push(
      ownMiddle
        ? { path: middleField, message: `must not be below the deficient level, ${inUnit(deficientBelow)}` }
        : { path: middleField, message: `must not be above ${inUnit(middleEnds)}, where the ${bandAbove} band starts` },
    );
  }

  // The whole profile is not checked again (parse-profile.ts): every band this test ends up with is checked here.
  const ownUpper = test.rangesBySex !== undefined || test.range?.high !== undefined;
  const upperLimit = guidance.thresholds.upperLimit;
  if (!ownUpper && upperLimit !== undefined && middleEnds > upperLimit) {
    issues.push({ path: middleField, message: `must not be above the upper limit, ${inUnit(upperLimit)}` });
  }
  if (middleEnds >= guidance.plausibleMax) {
    issues.push({ path: middleField, message: `must be below ${inUnit(guidance.plausibleMax)}: no result is that high` });
  }

  const ranges: [string, { low?: number; high?: number }][] = test.rangesBySex
    ? [
        [`${path}.rangesBySex.women`, test.rangesBySex.women],
        [`${path}.rangesBySex.men`, test.rangesBySex.men],
      ]
    : test.range
      ? [[`${path}.range`, test.range]]
      : [];
  for (const [rangePath, { low, high }] of ranges) {
    if (high === undefined) continue;
    if (low !== undefined && low > high) issues.push({ path: `${rangePath}.low`, message: `must not be above the upper end, ${inUnit(canonical(high))}` });
    if (canonical(high) < middleEnds) issues.push({ path: `${rangePath}.high`, message: `must be at least ${inUnit(middleEnds)}, where the ${bandAbove} band starts` });
    else if (canonical(high) >= guidance.plausibleMax) issues.push({ path: `${rangePath}.high`, message: `must be below ${inUnit(guidance.plausibleMax)}: no result is that high` });
  }
  return issues;
}

/**
 * The whole profile a laboratory profile stands for: the built-in profile with the
 * laboratory's figures in place of its bands, in the canonical unit, each citing the
 * laboratory's page as an NHS laboratory range. Call only after `laboratoryProfileIssues`
 * found nothing: that check is the one the result gets (parse-profile.ts).
 */
export function applyLaboratory(lab: LaboratoryProfile, base: Profile): Profile {
  const { laboratory } = lab;
  const analytes = { ...base.analytes };
  const sources = { ...base.sources };
  const tests: NonNullable<Profile['laboratory']>['tests'] = {};
  const year = Number(laboratory.readOn.slice(0, 4));

  for (const analyte of ANALYTES) {
    const test = laboratory.tests[analyte];
    if (!test) continue;
    const guidance = base.analytes[analyte];
    const unit = findUnit(guidance, test.unit) as AcceptedUnit;
    const canonical = (value: number) => value * unit.toCanonical;
    const source = `laboratory-${analyte}`;
    sources[source] = { title: `${laboratory.name}: ${TEST_TITLES[analyte]}`, url: test.url ?? laboratory.url, year, kind: 'nhs-laboratory' };
    const basis: FigureBasis = { position: 'nhs-laboratory', sources: [source] };

    const rangesBySex = test.rangesBySex && { women: inCanonical(test.rangesBySex.women, canonical), men: inCanonical(test.rangesBySex.men, canonical) };
    const range = test.range && inCanonical(test.range, canonical);
    const upperLimit = rangesBySex ? Math.max(rangesBySex.women.high, rangesBySex.men.high) : range?.high;

    const thresholds = { ...guidance.thresholds };
    const thresholdBasis = { ...guidance.thresholdBasis };
    if (test.deficientBelow !== undefined) {
      thresholds.deficientBelow = canonical(test.deficientBelow);
      thresholdBasis.deficientBelow = basis;
    }
    if (test.normalFrom !== undefined) {
      thresholds.optimalFrom = canonical(test.normalFrom);
      thresholdBasis.optimalFrom = basis;
    }
    if (upperLimit !== undefined) {
      thresholds.upperLimit = upperLimit;
      thresholdBasis.upperLimit = basis;
    }
    analytes[analyte] = { ...guidance, thresholds, thresholdBasis };
    tests[analyte] = { source, ...(test.note && { note: test.note }), ...(range && { range }), ...(rangesBySex && { rangesBySex }) };
  }

  const { name, url, readOn, lang, note } = laboratory;
  return {
    ...base,
    ...laboratoryProfileIdentity(lab),
    sources,
    analytes,
    laboratory: { name, url, readOn, ...(lang && { lang }), ...(note && { note }), tests },
  };
}

/** A range's ends in the canonical unit, keeping only the ends the laboratory prints. */
function inCanonical<R extends { low?: number; high?: number }>(range: R, canonical: (value: number) => number): R {
  return { ...(range.low !== undefined && { low: canonical(range.low) }), ...(range.high !== undefined && { high: canonical(range.high) }) } as R;
}

/** The id, version and name a laboratory profile gives the whole profile it stands for; its version is the day read, unless it names one. */
export function laboratoryProfileIdentity(lab: LaboratoryProfile): Pick<Profile, 'id' | 'version' | 'name'> {
  return { id: lab.id, version: lab.version ?? lab.laboratory.readOn, name: lab.name };
}
