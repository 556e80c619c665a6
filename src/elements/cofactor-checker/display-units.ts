import type { AcceptedUnit } from '../../engine/index.js';
import { decimalsFor, formatNumber } from '../../i18n/format.js';

/** A canonical figure shown in the unit the person chose, such as "22.7 nmol/L". */
export function figureIn(canonicalValue: number, unit: AcceptedUnit, locale: string): string {
  const value = canonicalValue / unit.toCanonical;
  return `${formatNumber(value, locale, decimalsFor(value))} ${unit.unit}`;
}
