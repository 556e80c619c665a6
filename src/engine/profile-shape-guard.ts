import type { ProfileIssue } from './profile-rules.js';

/** A profile is a few levels deep; anything past this is a mistake or an attack, not guidance. */
export const MAX_PROFILE_DEPTH = 32;

/**
 * What would stop a value from being checked at all: nesting deeper than any profile
 * (which overflows the stack in some engines), a reference back to itself, or a property
 * that throws when read. Walked without recursion, so a hostile value cannot overflow it.
 */
export function unreadableShape(root: unknown): ProfileIssue | undefined {
  const stack: { value: unknown; path: string[]; ancestors: Set<object> }[] = [{ value: root, path: [], ancestors: new Set() }];
  while (stack.length > 0) {
    const { value, path, ancestors } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (path.length > MAX_PROFILE_DEPTH) return { path: '', message: `is nested more than ${MAX_PROFILE_DEPTH} levels deep; a profile needs fewer than 10` };
    if (ancestors.has(value)) return { path: path.join('.'), message: 'refers back to itself (a circular reference)' };
    const within = new Set(ancestors).add(value);
    for (const key of Object.keys(value)) {
      let child: unknown;
      try {
        child = (value as Record<string, unknown>)[key];
      } catch (error) {
        return { path: [...path, key].join('.'), message: `could not be read (${describeError(error)})` };
      }
      stack.push({ value: child, path: [...path, key], ancestors: within });
    }
  }
  return undefined;
}

/** A value as a short text for a message, whatever it is: BigInts, cycles and throwing toStrings included. */
export function preview(value: unknown, length = 40): string {
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json.slice(0, length);
  } catch {
    // Not JSON: a BigInt, a cycle, a throwing getter. Fall through to its type.
  }
  return typeof value === 'bigint' ? `${String(value)}n` : `a value of type ${typeof value}`;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : preview(error);
}
