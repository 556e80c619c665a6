import { msg, str } from '@lit/localize';
import { acceptedUnits, findUnit, type Analyte, type Profile } from '../../engine/index.js';

/**
 * Names an editor may use for each analyte in the `units` attribute. A Map, because the
 * names come from the page: on a plain object "constructor" or "__proto__" would match.
 */
export const UNITS_ATTRIBUTE_NAMES: ReadonlyMap<string, Analyte> = new Map<string, Analyte>([
  ['vitaminb12', 'vitaminB12'],
  ['b12', 'vitaminB12'],
  ['activeb12', 'activeB12'],
  ['active-b12', 'activeB12'],
  ['folate', 'folate'],
  ['ferritin', 'ferritin'],
  ['vitaminb6', 'vitaminB6'],
  ['b6', 'vitaminB6'],
]);

/**
 * For each test, the shortest name the attribute accepts for it (`b12`, `activeb12`,
 * `folate`, `ferritin`, `b6`): what the embed-code builder and the WordPress blocks write.
 */
export function shortUnitsAttributeNames(): [name: string, analyte: Analyte][] {
  const names = [...UNITS_ATTRIBUTE_NAMES];
  return names.filter(([name, analyte]) => !names.some(([other, same]) => same === analyte && other.length < name.length));
}

/** A pair in the attribute the widget cannot use, kept as data so it is worded in the widget's language when shown. */
export type UnitsProblem = { kind: 'not-a-pair'; token: string } | { kind: 'unknown-unit'; token: string; allowed: string[] };

export interface UnitPreferences {
  /** Each named test's unit, spelled as the profile spells it. */
  units: Partial<Record<Analyte, string>>;
  problems: UnitsProblem[];
}

/**
 * Reads `units="folate:nmol/L b12:pmol/L"`: the unit each analyte starts in, as the
 * page's local lab reports it. Each pair the profile cannot use is a problem for the
 * editor; the rest still apply.
 */
export function parseUnitsAttribute(value: string | null, profile: Profile): UnitPreferences {
  const result: UnitPreferences = { units: {}, problems: [] };
  for (const token of (value ?? '').split(/[\s,;]+/).filter(Boolean)) {
    const colon = token.indexOf(':');
    const analyte = UNITS_ATTRIBUTE_NAMES.get(token.slice(0, colon).toLowerCase());
    if (colon < 1 || !analyte) {
      result.problems.push({ kind: 'not-a-pair', token });
      continue;
    }
    const guidance = profile.analytes[analyte];
    const unit = findUnit(guidance, token.slice(colon + 1));
    if (unit) result.units[analyte] = unit.unit;
    else result.problems.push({ kind: 'unknown-unit', token, allowed: acceptedUnits(guidance).map((u) => u.unit) });
  }
  return result;
}

/** What the editor reads about a problem in the `units` attribute. */
export function unitsProblemText(problem: UnitsProblem): string {
  const { token } = problem;
  if (problem.kind === 'not-a-pair') return msg(str`The units attribute has "${token}". Write each as test:unit, for example folate:nmol/L.`);
  const allowed = problem.allowed.join(', ');
  return msg(str`The units attribute has "${token}", but that is not a unit for this test. Use one of: ${allowed}.`);
}
