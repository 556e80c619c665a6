import { css } from 'lit';
import { checkerTheme } from '../shared/theme.js';
import { widgetStyles } from '../shared/widget-styles.js';

export const cofactorCheckerStyles = [
  widgetStyles,
  checkerTheme,
  css`
    :host([compact]) {
      --_space: calc(var(--b12-space, 1rem) * 0.5);
      font-size: 0.9375em;
    }

    .intro {
      max-width: 40em;
    }
    /*
     * Each column a set share of the width: sized by their content alone, the columns
     * change width as later rows arrive while a pre-rendered page is still loading, and
     * the whole table moves. A word wider than its share still widens its column.
     */
    .guide-table th[scope='col'] {
      width: 20%;
    }
    .section + .section {
      margin-block-start: calc(var(--_space) * 1.5);
    }

    /* One blood test: fields beside the result when there is room, stacked on phones. */
    .analyte {
      display: grid;
      gap: var(--_space);
      margin-block-end: calc(var(--_space) * 1.5);
    }
    @container (min-width: 40rem) {
      .analyte {
        grid-template-columns: minmax(14rem, 2fr) 3fr;
        align-items: start;
      }
    }

    .fields {
      border: 0;
      margin: 0;
      padding: 0;
      min-width: 0;
    }
    .fields__legend {
      font-weight: 700;
      font-size: 1.125em;
      padding: 0;
      margin-block-end: 0.5rem;
    }
    .lab-range {
      margin-block-start: 0.75rem;
    }
    .lab-range summary {
      color: var(--_link);
      cursor: pointer;
      text-decoration: underline;
      min-height: 24px;
      width: fit-content;
    }
    .lab-range summary:focus-visible {
      color: var(--_focus-text);
    }
    .lab-range[open] summary {
      margin-block-end: 0.5rem;
    }

    /* A result: the coloured edge repeats the status; the words and shape carry it. */
    .result {
      background: var(--_surface);
      border-inline-start: 8px solid var(--_border);
      padding: calc(var(--_space) * 0.75);
      min-width: 0;
    }
    .result--deficient {
      border-color: var(--_deficient);
    }
    .result--below-optimal {
      border-color: var(--_below-optimal);
    }
    .result--optimal {
      border-color: var(--_optimal);
    }
    .result--above-range {
      border-color: var(--_above-range);
    }
    .result__status {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      font-weight: 700;
      font-size: 1.125em;
      margin: 0 0 0.25rem;
    }
    .result--deficient .icon {
      color: var(--_deficient);
    }
    .result--below-optimal .icon {
      color: var(--_below-optimal);
    }
    .result--optimal .icon {
      color: var(--_optimal);
    }
    .result--above-range .icon {
      color: var(--_above-range);
    }
    .result--not-entered {
      color: var(--_secondary);
    }
    .result__value {
      font-weight: 600;
      color: var(--_text);
    }

    .range-bar {
      position: relative;
      margin-block: 0.75rem 0.25rem;
      padding-block: 0.375rem;
    }
    .range-bar__bands {
      display: flex;
      height: 0.75rem;
      gap: 2px;
    }
    /*
     * The marker is drawn inside the band of the result's status. Bands get fixed shares
     * of the bar rather than widths true to scale: on a true scale ferritin's deficient
     * band (0–30 of 0–375) would be a sliver on a phone. The legend gives the real figures.
     */
    .band {
      position: relative;
    }
    .band--deficient {
      flex-grow: 20;
      background: var(--_deficient);
    }
    .band--below-optimal {
      flex-grow: 20;
      background: var(--_below-optimal);
    }
    .band--optimal {
      flex-grow: 40;
      background: var(--_optimal);
    }
    /* With no upper limit, the optimal band takes the above-range band's share too. */
    .range-bar--open .band--optimal {
      flex-grow: 60;
    }
    .band--above-range {
      flex-grow: 20;
      background: var(--_above-range);
    }
    .range-bar__marker {
      position: absolute;
      /* As tall as the bar with its padding, centred on the band. */
      inset-block: -0.375rem;
      width: 6px;
      margin-inline-start: -3px;
      background: var(--_text);
      outline: 2px solid var(--_surface);
      border-radius: 2px;
    }
    .legend {
      list-style: none;
      margin: 0 0 0.5rem;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      font-size: 0.875em;
      color: var(--_secondary);
    }
    .legend__item::before {
      content: '';
      display: inline-block;
      width: 0.75em;
      height: 0.75em;
      margin-inline-end: 0.35em;
      vertical-align: -0.05em;
    }
    .legend__item--deficient::before {
      background: var(--_deficient);
    }
    .legend__item--below-optimal::before {
      background: var(--_below-optimal);
    }
    .legend__item--optimal::before {
      background: var(--_optimal);
    }
    .legend__item--above-range::before {
      background: var(--_above-range);
    }
    .advice {
      margin-block: 0.5rem;
      padding-inline-start: 1.25em;
      color: var(--_text);
    }
    .result__lab-range p {
      margin-block: 0.25rem;
    }
    /* A laboratory's own ranges: whose they are, and its words, set apart from the guide's. */
    .laboratory {
      border-inline-start: 4px solid var(--_border);
      padding-inline-start: 0.75rem;
      margin-block: 0.75rem;
      max-width: 40em;
    }
    .laboratory p {
      margin-block: 0.25rem;
    }
    .range-used {
      margin-block: 0.75rem 0;
    }
    .range-used__legend {
      font-weight: 700;
      padding: 0;
      margin-block-end: 0.25rem;
    }
    .range-used .hint {
      margin-block: 0 0.5rem;
    }
    .result__lab-range--differs {
      color: var(--_text);
      border-inline-start: 4px solid var(--_caution);
      padding-inline-start: 0.5rem;
      margin-block: 0.5rem;
    }
    .figure-sources li {
      margin-block: 0.125rem;
    }
    .figure-sources__figure {
      font-weight: 600;
    }
    .result .warnings {
      margin-block: 0.75rem;
    }
    .result .warning {
      background: var(--_panel);
    }

    .next-steps {
      background: var(--_surface);
      padding: var(--_space);
      margin-block: var(--_space);
    }
    .next-steps ul {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }

    /* On phones every nested edge and padding costs reading width. */
    @container (max-width: 30rem) {
      .result {
        border-inline-start-width: 6px;
        padding: calc(var(--_space) * 0.5);
      }
    }

    @media (forced-colors: active) {
      /* The bar is a picture of the legend beside it; keep its colours distinct. */
      .range-bar {
        forced-color-adjust: none;
      }
      .range-bar__marker {
        background: CanvasText;
        outline-color: Canvas;
      }
      .result {
        border: 2px solid CanvasText;
        border-inline-start-width: 8px;
      }
    }
    @media print {
      .fields,
      .actions,
      .checkbox,
      .intro {
        display: none;
      }
      .analyte {
        display: block;
        break-inside: avoid;
      }
      .analyte:has(.result--not-entered) {
        display: none;
      }
      .range-bar {
        print-color-adjust: exact;
      }
    }
  `,
];
