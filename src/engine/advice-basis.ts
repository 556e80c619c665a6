import type { Profile } from './profile-shape.js';
import { resolveSources } from './source-lookup.js';
import type { Advice, Status } from './types.js';

/**
 * A piece of advice with whose position it is, from the profile's `advice` table. Some
 * advice is one body's position when a result is below optimal and another's when it is
 * deficient: folic acid for a deficient folate is national guidance (BSH), for a
 * below-optimal one the support group's.
 */
export function adviceWithBasis(profile: Profile, id: string, status?: Status): Advice {
  const entry = Object.hasOwn(profile.advice, id) ? profile.advice[id] : undefined;
  const basis = status === 'deficient' && entry?.whenDeficient ? entry.whenDeficient : entry;
  const figures = entry?.figures;
  return { id, positions: [...(basis?.positions ?? [])], sources: resolveSources(profile, basis?.sources ?? []), ...(figures && { figures: { ...figures } }) };
}
