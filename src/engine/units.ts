import type { AnalyteGuidance, Profile } from './profile-shape.js';
import type { Analyte } from './types.js';
import { defaultProfile } from './profiles/uk-default.js';

/** A unit a profile accepts for an analyte, and how to reach the canonical unit from it. */
export interface AcceptedUnit {
  /** The spelling the profile uses, such as `µg/L`. */
  unit: string;
  /** canonical value = value in this unit × toCanonical. */
  toCanonical: number;
}

/**
 * Labs and people write units many ways: `ug/L`, `µg/L` (micro sign U+00B5), `μg/L`
 * (Greek mu U+03BC), `pmol/l`, `ng / mL`. The clinical reference treats them all alike.
 */
export function unitKey(unit: string): string {
  return unit.replace(/\s+/g, '').replace(/[µμ]/g, 'u').toLowerCase();
}

/** Every unit the profile accepts for this analyte, canonical first. */
export function acceptedUnits(guidance: AnalyteGuidance): AcceptedUnit[] {
  const canonical = unitKey(guidance.canonicalUnit);
  const units: AcceptedUnit[] = [{ unit: guidance.canonicalUnit, toCanonical: 1 }];
  for (const { from, to, factor } of guidance.conversions) {
    if (unitKey(to) === canonical) units.push({ unit: from, toCanonical: factor });
    else if (unitKey(from) === canonical) units.push({ unit: to, toCanonical: 1 / factor });
  }
  return units;
}

/** The accepted unit a typed unit means, or undefined when the profile does not know it. */
export function findUnit(guidance: AnalyteGuidance, typed: string): AcceptedUnit | undefined {
  const key = unitKey(typed);
  return acceptedUnits(guidance).find(({ unit }) => unitKey(unit) === key);
}

/**
 * Converts a value of an analyte from one unit to another with the profile's factors
 * (by default the UK profile's: pmol/L = ng/L × 0.738 for B12, and so on).
 * @throws RangeError when either unit is not one the profile accepts for the analyte.
 */
export function convert(value: number, fromUnit: string, toUnit: string, analyte: Analyte, profile: Profile = defaultProfile): number {
  const guidance = profile.analytes[analyte];
  const from = findUnit(guidance, fromUnit);
  const to = findUnit(guidance, toUnit);
  if (!from || !to) {
    const unknown = from ? toUnit : fromUnit;
    throw new RangeError(
      `"${unknown}" is not a unit for ${analyte}; use one of: ${acceptedUnits(guidance)
        .map((u) => u.unit)
        .join(', ')}`,
    );
  }
  if (from === to) return value;
  return (value * from.toCanonical) / to.toCanonical;
}
