import type { Profile } from './profile-shape.js';
import type { Source } from './types.js';

/** The profile's sources for these ids, each once, in the order first cited. */
export function resolveSources(profile: Profile, ids: readonly string[]): Source[] {
  return [...new Set(ids)].flatMap((id) => {
    const source = Object.hasOwn(profile.sources, id) ? profile.sources[id] : undefined;
    return source ? [{ id, ...source }] : [];
  });
}
