import { css, type CSSResult } from 'lit';

/**
 * The custom properties a page sets to theme the widgets, with their defaults (NHS.UK's).
 * Each becomes a private `--_` property on the host, so the styles use one name and the
 * page overrides another. These two blocks are the one place the defaults are written:
 * `npm run docs` reads them (with `theme.docs.ts` for what each sets) to write the
 * elements' `@cssprop` JSDoc and so the README, and the embed-code builder reads them.
 * Kept as CSS, not data turned into CSS, because that is the smallest way to ship them.
 */
export const sharedTheme: CSSResult = css`
  :host {
    --_text: var(--b12-colour-text, #212b32);
    --_secondary: var(--b12-colour-secondary-text, #4c6272);
    --_link: var(--b12-colour-link, #005eb8);
    --_focus: var(--b12-colour-focus, #ffeb3b);
    --_border: var(--b12-colour-border, #4c6272);
    --_surface: var(--b12-colour-surface, #ffffff);
    --_panel: var(--b12-colour-panel, #f0f4f5);
    --_error: var(--b12-colour-error, #d5281b);
    --_urgent: var(--b12-colour-urgent, #d5281b);
    --_caution: var(--b12-colour-caution, #ffb81c);
    --_info: var(--b12-colour-info, #005eb8);
    --_radius: var(--b12-radius, 4px);
    --_space: var(--b12-space, 1rem);
  }
`;

/** The cofactor checker's bands and statuses. */
export const checkerTheme: CSSResult = css`
  :host {
    --_deficient: var(--b12-colour-deficient, #d5281b);
    --_below-optimal: var(--b12-colour-below-optimal, #ed8b00);
    --_optimal: var(--b12-colour-optimal, #007f3b);
    --_above-range: var(--b12-colour-above-range, #330072);
  }
`;

export interface ThemeToken {
  /** What the page sets, such as `--b12-colour-link`. */
  property: string;
  default: string;
}

/** The tokens a theme block declares, in order: for the docs and the embed builder. */
export function themeTokens(theme: CSSResult): ThemeToken[] {
  return [...theme.cssText.matchAll(/var\((--b12-[\w-]+),\s*([^)]+)\)/g)].map(([, property, fallback]) => ({ property, default: fallback.trim() }));
}
