import type { Thresholds } from './profile-shape.js';
import type { Analyte, Status } from './types.js';

/**
 * The band a canonical value falls in. Compared after conversion and never rounded, so a
 * value a hair under a threshold is on the lower side of it.
 */
export function statusFor(canonicalValue: number, { deficientBelow, optimalFrom, upperLimit }: Thresholds): Exclude<Status, 'not-entered'> {
  if (canonicalValue < deficientBelow) return 'deficient';
  if (canonicalValue < optimalFrom) return 'below-optimal';
  if (upperLimit === undefined || canonicalValue <= upperLimit) return 'optimal';
  return 'above-range';
}

/** True for the two statuses that call for a supplement or further tests. */
export function isLow(status: Status): boolean {
  return status === 'deficient' || status === 'below-optimal';
}

/**
 * A B12 or active B12 result was given and none is deficient or indeterminate: the
 * results do not suggest B12 deficiency (though with nitrous oxide they cannot rule it out).
 */
export function b12DeficiencyExcluded(statuses: Record<Analyte, Status>): boolean {
  const entered = [statuses.vitaminB12, statuses.activeB12].filter((status) => status !== 'not-entered');
  return entered.length > 0 && !entered.some(isLow);
}
