// The profile maker's form, read into a laboratory profile: what the embed-code builder
// and the WordPress settings page write to a file for an editor to host. Each field's
// name is the path of what it holds in the profile (`laboratory.tests.ferritin.unit`), so
// that a problem the engine names by path is shown beside the field it is about. Pure:
// nothing here reaches the network.
import { ANALYTES, isB12Test, parseProfile, ProfileError, type Analyte, type LaboratoryProfile, type Profile, type ProfileIssue } from '../engine/index.js';

/** The form's fields by name, as `FormData` gives them; a ticked checkbox is present. */
export type LaboratoryFields = Readonly<Record<string, string>>;

/** The fields every laboratory profile needs, and what to say when one is empty. */
const REQUIRED: readonly [name: string, message: string][] = [
  ['laboratory.name', 'enter the laboratory’s name'],
  ['laboratory.url', 'enter the web address of the laboratory’s page, starting with https://'],
  ['laboratory.readOn', 'enter the day you read the figures'],
];

/** How each test's range is given: one for everyone, or one for women and one for men. */
export type RangeKind = 'one' | 'by-sex';

/** The field names of one test, all under `laboratory.tests.<test>.`. */
export const testField = (analyte: Analyte, name: string) => `laboratory.tests.${analyte}.${name}`;

export interface LaboratoryReading {
  /** The profile file's contents, as the form describes it (even when it has problems). */
  json: LaboratoryProfile;
  /** The whole profile the widgets will use; absent while there are problems. */
  profile?: Profile;
  /** Every problem, at the path of its field. */
  issues: ProfileIssue[];
}

/**
 * The laboratory profile the form describes, checked as the widgets will check it. A
 * number the form cannot read is named at its field before the engine sees the rest.
 */
export function readLaboratoryForm(fields: LaboratoryFields): LaboratoryReading {
  const issues: ProfileIssue[] = [];
  const text = (name: string) => (fields[name] ?? '').trim();
  const number = (name: string): number | undefined => {
    const typed = text(name);
    if (typed === '') return undefined;
    const value = Number(typed);
    if (!Number.isFinite(value)) {
      issues.push({ path: name, message: `enter a number, such as 145 (found "${typed.slice(0, 20)}")` });
      return undefined;
    }
    return value;
  };
  const optional = <T>(key: string, value: T | undefined) => (value === undefined || value === '' ? {} : { [key]: value });
  const range = (prefix: string) => ({ ...optional('low', number(`${prefix}.low`)), ...optional('high', number(`${prefix}.high`)) });

  const tests: Record<string, unknown> = {};
  for (const analyte of ANALYTES) {
    if (!fields[testField(analyte, 'use')]) continue;
    const kind = (text(testField(analyte, 'rangeKind')) || 'one') as RangeKind;
    const one = range(testField(analyte, 'range'));
    const women = range(testField(analyte, 'rangesBySex.women'));
    const men = range(testField(analyte, 'rangesBySex.men'));
    tests[analyte] = {
      unit: text(testField(analyte, 'unit')),
      ...optional('url', text(testField(analyte, 'url'))),
      ...optional('deficientBelow', number(testField(analyte, 'deficientBelow'))),
      ...(isB12Test(analyte) ? optional('normalFrom', number(testField(analyte, 'normalFrom'))) : {}),
      ...(kind === 'one' && Object.keys(one).length > 0 && { range: one }),
      ...(kind === 'by-sex' && { rangesBySex: { women, men } }),
      ...optional('note', text(testField(analyte, 'note'))),
    };
  }

  const name = text('laboratory.name');
  const json = {
    basedOn: 'uk-default',
    id: profileIdFor(name),
    name: name ? `${name} ranges` : 'Laboratory ranges',
    laboratory: {
      name,
      url: text('laboratory.url'),
      readOn: text('laboratory.readOn'),
      ...optional('note', text('laboratory.note')),
      tests,
    },
  } as LaboratoryProfile;

  for (const [field, message] of REQUIRED) if (!text(field)) issues.push({ path: field, message });
  if (Object.keys(tests).length === 0) issues.push({ path: 'laboratory.tests', message: 'choose at least one test to give your laboratory’s figures for' });

  // The engine checks everything else; where the form has already said what is wrong with a field, its words stand.
  let profile: Profile | undefined;
  let engineIssues: readonly ProfileIssue[] = [];
  try {
    profile = parseProfile(json);
  } catch (error) {
    if (!(error instanceof ProfileError)) throw error;
    engineIssues = error.issues;
  }
  const named = new Set(issues.map((issue) => issue.path));
  const all = [...issues, ...engineIssues.filter((issue) => !named.has(issue.path))];
  return all.length > 0 ? { json, issues: all } : { json, profile, issues: [] };
}

/** A file name and profile id from the laboratory's name: "Royal United Hospitals Bath" → "royal-united-hospitals-bath". */
export function profileIdFor(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug || 'our-laboratory';
}

/** The profile file as it is hosted: formatted, so that a clinician can read it. */
export const laboratoryFileText = (json: LaboratoryProfile) => `${JSON.stringify(json, null, 2)}\n`;

/**
 * The field a problem belongs beside: the field named by its path, or the nearest one
 * above it in the form (a problem with a whole test is shown at that test).
 * @param hasField whether the form has a field or group of that name.
 */
export function fieldOfIssue(path: string, hasField: (name: string) => boolean): string | undefined {
  const parts = path.split('.');
  for (let length = parts.length; length > 0; length--) {
    const name = parts.slice(0, length).join('.');
    if (hasField(name)) return name;
  }
  return undefined;
}
