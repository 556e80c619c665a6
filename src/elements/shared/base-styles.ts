import { css } from 'lit';

/**
 * What every part of a widget stands on: the host box, the reset, links, focus, buttons,
 * hidden text and print. The colours and sizes are the theme's (`theme.ts`); each
 * rendering helper keeps its own styles beside it.
 */
export const baseStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    color: var(--_text);
    font-family: var(--b12-font-family, inherit);
    line-height: 1.5;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .fallback-font {
    font-family: var(--b12-font-family, 'Frutiger W01', Arial, sans-serif);
  }
  /*
   * The root, not only the host, is the container the layout asks about, and holds the
   * text settings: a page's "all: unset" on the element resets the host's styles (its
   * table stopped restacking at 375 px), never the shadow tree's own.
   */
  .root {
    container-type: inline-size;
    color: var(--_text);
    line-height: 1.5;
    overflow-wrap: break-word;
    background: var(--_panel);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  p {
    margin-block: 0 calc(var(--_space) * 0.5);
  }
  /* Urdu's Nastaliq script stacks letters diagonally; at Latin line heights they collide. */
  .root:lang(ur),
  .root:lang(ur) .heading {
    line-height: 2;
  }
  /* On phones every nested edge and padding costs reading width. */
  @container (max-width: 30rem) {
    .root {
      padding: calc(var(--_space) * 0.5);
    }
  }
  a {
    color: var(--_link);
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  input:focus-visible,
  select:focus-visible {
    /* NHS.UK focus style: yellow with dark text and a dark underline, in light and in dark. */
    outline: 4px solid transparent;
    background-color: var(--_focus);
    box-shadow:
      0 -2px var(--_focus),
      0 4px var(--_focus-text);
    color: var(--_focus-text);
    text-decoration: none;
  }
  input:focus-visible,
  select:focus-visible {
    background-color: var(--_surface);
    box-shadow:
      0 0 0 4px var(--_focus),
      inset 0 0 0 2px var(--_text);
    color: var(--_text);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .print-only {
    display: none;
  }
  .icon {
    flex: none;
    width: 1.5em;
    height: 1.5em;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 44px;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_text);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  button:hover {
    background: var(--_panel);
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    a:focus-visible,
    button:focus-visible,
    summary:focus-visible,
    input:focus-visible,
    select:focus-visible {
      outline: 3px solid Highlight;
    }
  }
  @media print {
    /* Paper is white: a dark widget prints in its light colours. */
    :host {
      color-scheme: light;
    }
    .print-only {
      display: block;
      font-weight: 700;
    }
    .root {
      background: none;
      padding: 0;
    }
    button,
    .no-print {
      display: none !important;
    }
    a {
      color: inherit;
    }
  }
`;
