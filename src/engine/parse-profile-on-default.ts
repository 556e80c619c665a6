import { parseProfileOn } from './parse-profile.js';
import type { Profile } from './profile-shape.js';
import { defaultProfile } from './profiles/uk-default.js';

/**
 * Checks a profile, such as one a charity publishes as JSON, and returns it typed, as a
 * copy that reads only its own keys (so a page that adds to Object.prototype cannot add
 * figures or words to it). A laboratory profile (`basedOn: "uk-default"`, as the builder's
 * profile maker writes it) is read on top of the built-in UK profile, `defaultProfile`.
 * @throws ProfileError naming every problem found, and never any other error.
 */
export function parseProfile(json: unknown): Profile {
  return parseProfileOn(json, defaultProfile);
}
