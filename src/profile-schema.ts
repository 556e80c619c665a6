/**
 * b12-widgets/profile-schema: for tools that write or check guidance profiles (a
 * charity's build step, an editor's CMS plugin). `parseProfile` checks the shape and the
 * clinical rules and throws a `ProfileError` naming each problem by path;
 * `profileSchema` is the zod/mini schema of the shape alone, and `laboratoryProfileSchema`
 * that of a laboratory profile (`basedOn: "uk-default"`, a laboratory's own figures in its
 * own units), which `parseProfile` reads on top of the built-in UK profile.
 */
export { profileSchema } from './engine/profile-shape.js';
export { laboratoryProfileSchema } from './engine/laboratory-shape.js';
export type { LaboratoryProfile } from './engine/laboratory-shape.js';
export type { Profile } from './engine/profile-shape.js';
export { parseProfile } from './engine/parse-profile-on-default.js';
export { ProfileError } from './engine/parse-profile.js';
export type { ProfileIssue } from './engine/profile-rules.js';
