import { msg, str } from '@lit/localize';
import { acceptedUnits, findUnit, type Analyte, type Profile } from '../../engine/index.js';

/**
 * Names an editor may use for each analyte in the `units` attribute. A Map, because the
 * names come from the page: on a plain object "constructor" or "__proto__" would match.
 */
const ANALYTE_NAMES = new Map<string, Analyte>([
  ['vitaminb12', 'vitaminB12'],
  ['b12', 'vitaminB12'],
  ['activeb12', 'activeB12'],
  ['active-b12', 'activeB12'],
  ['folate', 'folate'],
  ['ferritin', 'ferritin'],
  ['vitaminb6', 'vitaminB6'],
  ['b6', 'vitaminB6'],
]);

export interface UnitPreferences {
  units: Partial<Record<Analyte, string>>;
  problems: string[];
}

/**
 * Reads `units="folate:nmol/L b12:pmol/L"`: the unit each analyte starts in, as the
 * page's local lab reports it. Each pair the profile cannot use is named as a problem
 * for the editor; the rest still apply.
 */
export function parseUnitsAttribute(value: string | null, profile: Profile): UnitPreferences {
  const result: UnitPreferences = { units: {}, problems: [] };
  for (const token of (value ?? '').split(/[\s,;]+/).filter(Boolean)) {
    const colon = token.indexOf(':');
    const analyte = ANALYTE_NAMES.get(token.slice(0, colon).toLowerCase());
    if (colon < 1 || !analyte) {
      result.problems.push(msg(str`The units attribute has "${token}". Write each as test:unit, for example folate:nmol/L.`));
      continue;
    }
    const guidance = profile.analytes[analyte];
    const unit = findUnit(guidance, token.slice(colon + 1));
    if (!unit) {
      const allowed = acceptedUnits(guidance).map((u) => u.unit).join(', ');
      result.problems.push(msg(str`The units attribute has "${token}", but that is not a unit for this test. Use one of: ${allowed}.`));
      continue;
    }
    result.units[analyte] = unit.unit;
  }
  return result;
}
