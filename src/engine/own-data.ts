/**
 * A deep copy of plain data in which every object has no prototype, so reading a key it
 * does not have gives undefined, whatever a page has added to Object.prototype. Profiles
 * are read through optional keys (`texts`, `alternatives`, `whenDeficient`…); an inherited
 * value there would put words or figures on screen that no profile holds.
 */
export function withoutInheritance<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutInheritance) as T;
  if (typeof value !== 'object' || value === null) return value;
  const copy = Object.create(null) as Record<string, unknown>;
  for (const [key, child] of Object.entries(value)) copy[key] = withoutInheritance(child);
  return copy as T;
}
