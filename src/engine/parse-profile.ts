import type { core } from 'zod/mini';
import { profileSchema, type Profile } from './profile-schema.js';
import { profileRuleIssues, type ProfileIssue } from './profile-rules.js';

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
 * Checks a profile, such as one a charity publishes as JSON, and returns it typed.
 * @throws ProfileError naming every problem found.
 */
export function parseProfile(json: unknown): Profile {
  const result = profileSchema.safeParse(json, { reportInput: true });
  if (!result.success) {
    throw new ProfileError(result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: describeIssue(issue) })));
  }
  const issues = profileRuleIssues(result.data);
  if (issues.length > 0) throw new ProfileError(issues);
  return result.data;
}

/**
 * Words for a schema issue. zod/mini ships without messages (its English locale would
 * cost the bundle more than these lines), and an editor needs to know what to fix.
 */
function describeIssue(issue: core.$ZodIssue): string {
  const found = 'input' in issue ? ` (found ${JSON.stringify(issue.input)?.slice(0, 40) ?? String(issue.input)})` : '';
  switch (issue.code) {
    case 'invalid_type':
      return !('input' in issue) || issue.input === undefined ? `is missing: expected ${issue.expected}` : `expected ${issue.expected}${found}`;
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `must not be empty${found}`
        : `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}${found}`;
    case 'too_big':
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}${found}`;
    case 'invalid_value': {
      const choices = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return 'input' in issue && issue.input === undefined ? `is missing: expected one of ${choices}` : `must be one of: ${choices}${found}`;
    }
    case 'unrecognized_keys':
      return `has unknown keys: ${issue.keys.join(', ')}`;
    case 'invalid_format':
      return `${issue.message}${found}`;
    default:
      return `is not valid${found}`;
  }
}
