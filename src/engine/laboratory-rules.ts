import type { Profile } from './profile-shape.js';
import type { ProfileIssue } from './profile-rules.js';
import { ANALYTES } from './types.js';

/**
 * What a profile's `laboratory` block must agree with: its figures are the bands the
 * widgets judge by, so a range printed beside a result can never say something other than
 * the band the result was put in.
 */
export function laboratoryIssues(profile: Profile): ProfileIssue[] {
  const laboratory = profile.laboratory;
  if (!laboratory) return [];
  const issues: ProfileIssue[] = [];
  for (const analyte of ANALYTES) {
    const test = laboratory.tests[analyte];
    if (!test) continue;
    const path = `laboratory.tests.${analyte}`;
    const source = Object.hasOwn(profile.sources, test.source) ? profile.sources[test.source] : undefined;
    if (!source) issues.push({ path: `${path}.source`, message: `cites source "${test.source}", which is not in "sources"` });
    else if (source.kind !== 'nhs-laboratory' || !source.url) issues.push({ path: `${path}.source`, message: 'must be a source of kind "nhs-laboratory" with the address of the laboratory’s page' });

    const { thresholds, thresholdBasis } = profile.analytes[analyte];
    if (test.range && test.rangesBySex) issues.push({ path, message: 'give one range ("range") or one for women and one for men ("rangesBySex"), not both' });
    const ranges = test.rangesBySex ? [test.rangesBySex.women, test.rangesBySex.men] : test.range ? [test.range] : [];
    for (const { low, high } of ranges) {
      if (low !== undefined && high !== undefined && low > high) issues.push({ path, message: `a range runs from ${low} to ${high}: its lower end is above its upper end` });
    }
    if (test.rangesBySex) {
      // A reader who does not know which range their report uses is called above range only above both.
      const higher = Math.max(test.rangesBySex.women.high, test.rangesBySex.men.high);
      if (thresholds.upperLimit !== higher) {
        issues.push({ path: `analytes.${analyte}.thresholds.upperLimit`, message: `must be ${higher}, the higher of the laboratory’s two upper limits` });
      }
      if (thresholdBasis.upperLimit?.typicalFor) {
        issues.push({ path: `analytes.${analyte}.thresholdBasis.upperLimit.typicalFor`, message: 'must be left out: the laboratory gives a range for women and one for men' });
      }
    }
    if (test.range?.high !== undefined && thresholds.upperLimit !== test.range.high) {
      issues.push({ path: `analytes.${analyte}.thresholds.upperLimit`, message: `must be ${test.range.high}, the upper end of the laboratory’s range` });
    }
  }
  return issues;
}
