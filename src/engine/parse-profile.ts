import type { core } from 'zod/mini';
import type * as z from 'zod/mini';
import { applyLaboratory, isLaboratoryProfile, laboratoryProfileIdentity, laboratoryProfileIssues } from './laboratory-profile.js';
import { laboratoryProfileSchema, laboratoryTestFiguresSchema, type LaboratoryProfile } from './laboratory-shape.js';
import { withoutInheritance } from './own-data.js';
import { profileSchema, type Profile } from './profile-shape.js';
import { profileRuleIssues, type ProfileIssue } from './profile-rules.js';
import { ANALYTES } from './types.js';
import { preview, unreadableShape } from './profile-shape-guard.js';

/**
 * A profile that cannot be used. `issues` names each problem by its path, so that an
 * editor can find it in their JSON; `message` lists them all for the console.
 */
export class ProfileError extends Error {
  override readonly name = 'ProfileError';
  readonly issues: readonly ProfileIssue[];

  constructor(issues: readonly ProfileIssue[]) {
    const lines = issues.map(({ path, message }) => `  - ${path || '(the profile)'}: ${message}`);
    super(`The guidance profile is not valid:\n${lines.join('\n')}`);
    this.issues = issues;
  }
}

/**
 * Checks a profile, such as one a charity publishes as JSON, and returns it typed, as a
 * copy that reads only its own keys (so a page that adds to Object.prototype cannot add
 * figures or words to it). A laboratory profile (`basedOn: "uk-default"`, as the builder's
 * profile maker writes it) is read on top of `base`, the built-in UK profile.
 *
 * `base` is passed in rather than imported so that this module, which a one-tag file
 * loads only for a page's own profile, never names the built-in profile: each file keeps
 * only the parts of it that its widgets read (scripts/lib/profile-parts-this-bundle-reads.mjs).
 * @throws ProfileError naming every problem found, and never any other error.
 */
export function parseProfileOn(json: unknown, base: Profile): Profile {
  const unreadable = unreadableShape(json);
  if (unreadable) throw new ProfileError([unreadable]);
  // The schema reads inherited keys too: it checks a copy that has only its own.
  const own = withoutInheritance(json);
  if (isLaboratoryProfile(own)) return withoutInheritance(laboratoryApplied(own, base));
  // The schema's output has Object.prototype again: the rules and the caller get own keys only.
  const profile = withoutInheritance(checked(profileSchema, own));
  const issues = profileRuleIssues(profile);
  if (issues.length > 0) throw new ProfileError(issues);
  return profile;
}

/**
 * A laboratory profile's figures on top of the built-in profile, once they make sense on
 * their own terms: its problems are named at its own paths, in its own units. Every
 * problem at once, so that an editor mends them in one go: a test whose own fields are
 * well formed has its figures checked even while another field is wrong.
 *
 * The result is not checked again as a whole profile: the built-in profile under it is
 * the cited one, and the laboratory's part has been checked here, field by field. (In a
 * one-tag file it also lacks the parts that file's widgets never read.)
 */
function laboratoryApplied(own: unknown, base: Profile): Profile {
  // A widget that shows no bands (the plan, the diary) keeps none in its file: nothing of the laboratory's to place.
  const bands = (base as Partial<Profile>).analytes === undefined ? undefined : base;
  const outcome = schemaOutcome(laboratoryProfileSchema, own);
  if (outcome.success) {
    const issues = bands ? laboratoryProfileIssues(outcome.data, bands) : [];
    if (issues.length > 0) throw new ProfileError(issues);
    return bands ? applyLaboratory(outcome.data, bands) : { ...base, ...laboratoryProfileIdentity(outcome.data) };
  }
  const tests = (own as { laboratory?: { tests?: Record<string, unknown> } }).laboratory?.tests;
  const figureIssues = ANALYTES.flatMap((analyte) => {
    const test = bands && tests && typeof tests === 'object' && Object.hasOwn(tests, analyte) ? schemaOutcome(laboratoryTestFiguresSchema, tests[analyte]) : undefined;
    return test?.success ? laboratoryProfileIssues({ laboratory: { tests: { [analyte]: test.data } } } as LaboratoryProfile, bands!) : [];
  });
  throw new ProfileError([...outcome.issues, ...figureIssues]);
}

function checked<T extends z.ZodMiniType>(schema: T, value: unknown): z.infer<T> {
  const outcome = schemaOutcome(schema, value);
  if (!outcome.success) throw new ProfileError(outcome.issues);
  return outcome.data;
}

function schemaOutcome<T extends z.ZodMiniType>(schema: T, value: unknown): { success: true; data: z.infer<T> } | { success: false; issues: ProfileIssue[] } {
  let result: ReturnType<T['safeParse']>;
  try {
    result = schema.safeParse(value, { reportInput: true }) as ReturnType<T['safeParse']>;
  } catch (error) {
    // Not expected after the shape check; still, an editor gets a notice, not a crash.
    throw new ProfileError([{ path: '', message: `could not be checked (${error instanceof Error ? error.message : preview(error)})` }]);
  }
  if (result.success) return { success: true, data: result.data as z.infer<T> };
  return { success: false, issues: result.error!.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: describeIssue(issue) })) };
}

/**
 * Words for a schema issue. zod/mini ships without messages (its English locale would
 * cost the bundle more than these lines), and an editor needs to know what to fix.
 */
function describeIssue(issue: core.$ZodIssue): string {
  const found = 'input' in issue ? ` (found ${preview(issue.input)})` : '';
  switch (issue.code) {
    case 'invalid_type':
      return !('input' in issue) || issue.input === undefined ? `is missing: expected ${issue.expected}` : `expected ${issue.expected}${found}`;
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string' ? `must not be empty${found}` : `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}${found}`;
    case 'too_big':
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}${found}`;
    case 'invalid_value': {
      const choices = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return 'input' in issue && issue.input === undefined ? `is missing: expected one of ${choices}` : `must be one of: ${choices}${found}`;
    }
    case 'unrecognized_keys':
      return `has unknown keys: ${issue.keys.join(', ')}`;
    case 'invalid_format':
    case 'custom':
      return `${issue.message}${found}`;
    default:
      return `is not valid${found}`;
  }
}
