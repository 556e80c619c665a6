import { css } from 'lit';

/**
 * Styles both elements share. Every colour, the font, radius and spacing are custom
 * properties with NHS.UK defaults (listed on `B12WidgetElement`), so a charity can theme
 * the widgets to its brand from the page's own stylesheet.
 */
export const baseStyles = css`
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
  .root {
    background: var(--_panel);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  p {
    margin-block: 0 calc(var(--_space) * 0.5);
  }
  .heading {
    margin-block: 0 calc(var(--_space) * 0.75);
    line-height: 1.25;
    font-weight: 700;
  }
  .heading--large {
    font-size: 1.5em;
  }
  .heading--medium {
    font-size: 1.25em;
    margin-block-start: var(--_space);
  }
  .heading--small {
    font-size: 1.125em;
  }
  /* Urdu's Nastaliq script stacks letters diagonally; at Latin line heights they collide. */
  .root:lang(ur),
  .root:lang(ur) .heading {
    line-height: 2;
  }
  a {
    color: var(--_link);
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  input:focus-visible,
  select:focus-visible {
    /* NHS.UK focus style: yellow with a dark underline, visible on any background. */
    outline: 4px solid transparent;
    background-color: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_text);
    color: var(--_text);
    text-decoration: none;
  }
  input:focus-visible,
  select:focus-visible {
    background-color: var(--_surface);
    box-shadow: 0 0 0 4px var(--_focus), inset 0 0 0 2px var(--_text);
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

  .editor-notice {
    border: 4px solid var(--_error);
    background: var(--_surface);
    padding: var(--_space);
    margin-block-end: var(--_space);
  }
  .editor-notice__title {
    font-weight: 700;
  }

  .warnings {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space);
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .warning {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    background: var(--_surface);
    border-inline-start: 8px solid var(--_info);
    padding: calc(var(--_space) * 0.75);
  }
  .warning--urgent {
    border-color: var(--_urgent);
  }
  .warning--urgent .icon {
    color: var(--_urgent);
  }
  .warning--caution {
    border-color: var(--_caution);
  }
  .warning--info .icon {
    color: var(--_info);
  }
  .warning__title {
    font-weight: 700;
  }
  .warning p:last-of-type {
    margin-block-end: 0.25rem;
  }

  .sources {
    font-size: 0.875em;
    color: var(--_secondary);
  }
  .sources ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .sources--inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .sources--inline ul {
    display: contents;
    list-style: none;
  }
  .sources__label {
    font-weight: 600;
  }
  .source-kind::before {
    content: '— ';
  }
  .source-kind--support-group,
  .position--support-group {
    font-style: italic;
  }

  /* On phones every nested edge and padding costs reading width. */
  @container (max-width: 30rem) {
    .root {
      padding: calc(var(--_space) * 0.5);
    }
    .warning {
      flex-direction: column;
      gap: 0.25rem;
      border-inline-start-width: 6px;
      padding: calc(var(--_space) * 0.5);
    }
  }

  /* Tables of figures: restacked into one card per row when narrow. Elements give the
     table explicit ARIA roles, which some browsers drop when display changes. */
  .data-table {
    width: 100%;
    border-collapse: collapse;
    background: var(--_surface);
    margin-block-end: var(--_space);
  }
  .data-table th,
  .data-table td {
    text-align: start;
    vertical-align: top;
    padding: 0.5rem 0.75rem;
    border-block-end: 1px solid var(--_border);
  }
  .tag {
    display: inline-block;
    font-size: 0.8125em;
    font-weight: 600;
    border: 1px solid currentColor;
    padding-inline: 0.35em;
    border-radius: var(--_radius);
  }
  @container (max-width: 36rem) {
    .data-table thead {
      position: absolute;
      clip-path: inset(50%);
      width: 1px;
      height: 1px;
      overflow: hidden;
    }
    .data-table tr {
      display: block;
      border-block-end: 2px solid var(--_border);
      padding-block: 0.5rem;
    }
    .data-table th,
    .data-table td {
      display: block;
      border: 0;
      padding-block: 0.125rem;
    }
    .data-table td::before {
      content: attr(data-label) ': ';
      font-weight: 600;
    }
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
    .warning,
    .editor-notice {
      border: 2px solid CanvasText;
      border-inline-start-width: 8px;
    }
    a:focus-visible,
    button:focus-visible,
    summary:focus-visible,
    input:focus-visible,
    select:focus-visible {
      outline: 3px solid Highlight;
    }
  }
  @media print {
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
    .warning {
      border: 1px solid #000;
      border-inline-start-width: 6px;
      break-inside: avoid;
    }
    a {
      color: inherit;
    }
  }
`;
