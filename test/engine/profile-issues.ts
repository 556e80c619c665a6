import { parseProfile, ProfileError, type ProfileIssue } from '../../src/engine/index.js';
import { expect } from './harness.js';

/** The problems parseProfile names in a profile it must refuse; the test fails if it accepts it. */
export function issuesOf(json: unknown): ProfileIssue[] {
  try {
    parseProfile(json);
  } catch (error) {
    expect(error).to.be.instanceOf(ProfileError);
    return [...(error as ProfileError).issues];
  }
  throw new Error('expected a ProfileError');
}
