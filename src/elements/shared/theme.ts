import { unsafeCSS, type CSSResult } from 'lit';

/**
 * A custom property a page can set to theme the widgets. Each becomes a private `--_`
 * property on the host with its default, so the styles use one name and the page
 * overrides another. The defaults are NHS.UK's. This list is the one place they are
 * written: the elements' `@cssprop` JSDoc (and so the README) is generated from it and
 * `theme.docs.ts` by `npm run docs`, and the embed-code builder reads it.
 */
export interface ThemeToken {
  /** What the page sets, such as `--b12-colour-link`. */
  property: `--b12-${string}`;
  /** The name the styles use. */
  internal: `--_${string}`;
  default: string;
}

const token = <Name extends string>(name: Name, internal: string, defaultValue: string) =>
  ({ property: `--b12-${name}`, internal: `--_${internal}`, default: defaultValue }) as const satisfies ThemeToken;

/** Both widgets. */
export const SHARED_THEME = [
  token('colour-text', 'text', '#212b32'),
  token('colour-secondary-text', 'secondary', '#4c6272'),
  token('colour-link', 'link', '#005eb8'),
  token('colour-focus', 'focus', '#ffeb3b'),
  token('colour-border', 'border', '#4c6272'),
  token('colour-surface', 'surface', '#ffffff'),
  token('colour-panel', 'panel', '#f0f4f5'),
  token('colour-error', 'error', '#d5281b'),
  token('colour-urgent', 'urgent', '#d5281b'),
  token('colour-caution', 'caution', '#ffb81c'),
  token('colour-info', 'info', '#005eb8'),
  token('radius', 'radius', '4px'),
  token('space', 'space', '1rem'),
] as const;

/** The cofactor checker's bands and statuses. */
export const CHECKER_THEME = [
  token('colour-deficient', 'deficient', '#d5281b'),
  token('colour-below-optimal', 'below-optimal', '#ed8b00'),
  token('colour-optimal', 'optimal', '#007f3b'),
  token('colour-above-range', 'above-range', '#330072'),
] as const;

/** `:host { --_text: var(--b12-colour-text, #212b32); … }` for a list of tokens. */
export function themeDeclarations(tokens: readonly ThemeToken[]): CSSResult {
  // Constant strings from this file, never page input: safe to pass to unsafeCSS.
  return unsafeCSS(`:host {\n${tokens.map((t) => `  ${t.internal}: var(${t.property}, ${t.default});`).join('\n')}\n}`);
}
