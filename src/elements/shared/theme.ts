import { css, type CSSResult } from 'lit';

/**
 * The custom properties a page sets to theme the widgets, with their defaults (NHS.UK's).
 * Each becomes a private `--_` property on the host, so the styles use one name and the
 * page overrides another. These two blocks are the one place the defaults are written:
 * `npm run docs` reads them (with `theme.docs.ts` for what each sets) to write the
 * elements' `@cssprop` JSDoc and so the README, and the embed-code builder reads them.
 * Kept as CSS, not data turned into CSS, because that is the smallest way to ship them.
 *
 * Each block's second half is the dark palette, as light-dark(light, dark): the browser
 * takes the dark colour only where the page says it supports dark (`color-scheme: light
 * dark`, on the page or on the element) and the reader prefers dark, or where the page is
 * dark only (`color-scheme: dark`). No script, so no flash of light colours. A colour the
 * page sets wins in both. Browsers without light-dark() skip the block and stay light.
 * Every dark colour keeps WCAG 2.2 AA contrast on both dark backgrounds (text 4.5:1,
 * bands and marks 3:1), as the light ones do on theirs; the focus highlight stays NHS.UK's
 * yellow with dark text. test/unit/theme.test.ts checks both halves agree.
 */
export const sharedTheme: CSSResult = css`
  :host {
    --_text: var(--b12-colour-text, #212b32);
    --_secondary: var(--b12-colour-secondary-text, #4c6272);
    --_link: var(--b12-colour-link, #005eb8);
    --_focus: var(--b12-colour-focus, #ffeb3b);
    --_focus-text: var(--b12-colour-focus-text, #212b32);
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
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_text: var(--b12-colour-text, light-dark(#212b32, #f0f4f5));
      --_secondary: var(--b12-colour-secondary-text, light-dark(#4c6272, #b7c3cc));
      --_link: var(--b12-colour-link, light-dark(#005eb8, #8cc8ff));
      --_border: var(--b12-colour-border, light-dark(#4c6272, #97a9b5));
      --_surface: var(--b12-colour-surface, light-dark(#ffffff, #262e33));
      --_panel: var(--b12-colour-panel, light-dark(#f0f4f5, #1a1f23));
      --_error: var(--b12-colour-error, light-dark(#d5281b, #ff8f85));
      --_urgent: var(--b12-colour-urgent, light-dark(#d5281b, #ff8f85));
      --_info: var(--b12-colour-info, light-dark(#005eb8, #8cc8ff));
    }
  }
`;

/** The cofactor checker's bands and statuses. */
export const checkerTheme: CSSResult = css`
  :host {
    --_deficient: var(--b12-colour-deficient, #d5281b);
    --_below-optimal: var(--b12-colour-below-optimal, #c96a00);
    --_optimal: var(--b12-colour-optimal, #007f3b);
    --_above-range: var(--b12-colour-above-range, #330072);
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_deficient: var(--b12-colour-deficient, light-dark(#d5281b, #ff7a6e));
      --_below-optimal: var(--b12-colour-below-optimal, light-dark(#c96a00, #f5a623));
      --_optimal: var(--b12-colour-optimal, light-dark(#007f3b, #4cc38a));
      --_above-range: var(--b12-colour-above-range, light-dark(#330072, #b69cff));
    }
  }
`;

export interface ThemeToken {
  /** The private property the styles use, such as `--_link`. */
  name: string;
  /** What the page sets, such as `--b12-colour-link`. */
  property: string;
  default: string;
  /** The default where the widget is dark, if it has one. */
  dark?: string;
  /** The light colour the dark half repeats, to check the two agree. */
  darkHalfLight?: string;
}

/** The tokens a theme block declares, in order, with their dark defaults: for the docs and the embed-code builder. */
export function themeTokens(theme: CSSResult): ThemeToken[] {
  const dark = new Map(
    [...theme.cssText.matchAll(/var\((--b12-[\w-]+),\s*light-dark\(([^,]+),\s*([^)]+)\)\)/g)].map(([, property, light, dark]) => [property, { light: light.trim(), dark: dark.trim() }]),
  );
  return [...theme.cssText.matchAll(/(--_[\w-]+):\s*var\((--b12-[\w-]+),\s*([^)(]+)\)/g)].map(([, name, property, fallback]) => ({
    name,
    property,
    default: fallback.trim(),
    dark: dark.get(property)?.dark,
    darkHalfLight: dark.get(property)?.light,
  }));
}
