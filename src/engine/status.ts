import type { Thresholds } from './profile-shape.js';
import type { Status } from './types.js';

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
