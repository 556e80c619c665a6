import { css } from 'lit';
import { dateEntryStyles } from '../shared/date-entry.js';
import { widgetStyles } from '../shared/widget-styles.js';
import { chartStyles } from './diary-charts.js';

export const symptomDiaryStyles = [
  widgetStyles,
  dateEntryStyles,
  chartStyles,
  css`
    .intro {
      max-width: 40em;
    }
    section {
      margin-block-end: calc(var(--_space) * 1.5);
    }
    .record,
    .findings {
      background: var(--_surface);
      padding: var(--_space);
      border-radius: var(--_radius);
    }
    .keeping__status {
      max-width: 40em;
    }
    /* One cell for the states a page opens in, as tall as the tallest (keeping-panel.ts). */
    .keeping__states {
      display: grid;
    }
    .keeping__state {
      grid-area: 1 / 1;
    }
    .keeping__state:not(.keeping__state--current) {
      visibility: hidden;
    }
    .safety-line {
      max-width: 40em;
      margin-block: var(--_space) 0;
      font-weight: 600;
    }
    .safety-net {
      margin-block-end: var(--_space);
    }
    .entry-form {
      display: grid;
      /* One column as wide as the form, never as wide as its longest line. */
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_space);
      justify-items: start;
    }
    .entry-form > * {
      max-width: 100%;
    }
    .entry-form > .field {
      justify-self: stretch;
    }
    .field {
      grid-template-columns: minmax(0, 1fr);
    }
    select.input,
    .input--file {
      max-width: 100%;
      box-sizing: border-box;
    }
    .input--wide {
      width: 28em;
      max-width: 100%;
      box-sizing: border-box;
    }
    .input--file {
      max-width: 100%;
      padding-block: 0.5rem;
    }
    .question {
      margin: 0;
    }
    .symptoms {
      display: grid;
      gap: 0.75rem;
      width: 100%;
    }
    .symptoms__label {
      font-weight: 700;
      font-size: 1.125em;
      margin: 0;
    }
    .symptom {
      border: 0;
      padding: 0;
      margin: 0;
      min-width: 0;
    }
    .symptom__name {
      font-weight: 600;
      padding: 0;
      margin-block-end: 0.25rem;
    }
    /* One tap a symptom, each choice a 44 px target: four in a row where the longest
       word fits ("Umiarkowane"), else two rows of two, never a word broken in half. */
    .levels {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 7em), 1fr));
      gap: 0.25rem;
      max-width: 32em;
    }
    .level {
      position: relative;
      display: grid;
    }
    .level input {
      position: absolute;
      inset: 0;
      opacity: 0;
      margin: 0;
      cursor: pointer;
    }
    .level label {
      display: grid;
      place-items: center;
      min-height: 44px;
      padding: 0.25rem;
      text-align: center;
      font-weight: 400;
      border: 2px solid var(--_border);
      background: var(--_surface);
      overflow-wrap: break-word;
    }
    .level input:checked + label {
      background: var(--_text);
      color: var(--_surface);
      border-color: var(--_text);
      font-weight: 700;
    }
    .level input:focus-visible + label {
      outline: 3px solid transparent;
      background-color: var(--_focus);
      color: var(--_focus-text);
      box-shadow: inset 0 0 0 4px var(--_focus-text);
    }
    .button--secondary {
      background: var(--_panel);
    }
    .button--warning {
      border-color: var(--_error);
      color: var(--_error);
    }
    .button--link {
      min-height: 44px;
      border: 0;
      background: none;
      color: var(--_link);
      text-decoration: underline;
      padding-inline: 0;
    }
    button:disabled {
      opacity: 0.6;
      cursor: not-allowed;
    }
    .confirm {
      border-inline-start: 4px solid var(--_error);
      padding-inline-start: 0.75rem;
    }
    .deleted {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      border-inline-start: 4px solid var(--_link);
      padding-inline-start: 0.75rem;
      margin-block-end: var(--_space);
    }
    .deleted p {
      margin: 0;
    }
    .confirmation {
      font-weight: 700;
    }
    .summary {
      max-width: 40em;
    }
    .summary__sentence {
      font-size: 1.125em;
      font-weight: 600;
    }
    .chart-choice {
      margin-block-end: 0.5rem;
    }
    .chart-choice select {
      max-width: 100%;
    }
    .table-scroll {
      overflow-x: auto;
      max-width: 100%;
    }
    .table-scroll:focus-visible {
      outline: 3px solid var(--_focus);
      box-shadow: 0 0 0 6px var(--_text);
    }
    .diary-table {
      margin-block-end: 0;
    }
    .diary-table th,
    .diary-table td {
      min-width: 5em;
    }
    @container (max-width: 36rem) {
      .diary-table .cell--empty {
        display: none;
      }
      .diary-table th,
      .diary-table td {
        min-width: 0;
      }
    }
    .injection-cell {
      font-weight: 600;
    }
    .row--injection {
      background: var(--_panel);
    }

    @media (forced-colors: active) {
      .level input:checked + label {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
        border-color: Highlight;
      }
      .level input:focus-visible + label {
        outline: 3px solid Highlight;
      }
    }

    .entries__paper {
      display: none;
    }

    /* For the GP: one page with the summary, the charts, the entries and the sources. */
    @media print {
      .entries__screen {
        display: none;
      }
      .entries__paper {
        display: block;
      }
      .keeping,
      .record,
      .file,
      .deleted,
      .chart-choice,
      .screen-only,
      .intro,
      .diary-table th:last-child,
      .diary-table td:last-child {
        display: none !important;
      }
      .table-scroll {
        overflow: visible;
      }
      .diary-table th,
      .diary-table td {
        min-width: 0;
      }
      .root {
        font-size: 8pt;
        line-height: 1.2;
      }
      .heading {
        margin-block: 0.25em;
      }
      p {
        margin-block: 0.25em;
      }
      /* The words on the left, the pictures on the right, the entries below. */
      .findings {
        padding: 0;
        /* A little smaller than the page's words, not smaller than the tables' 7pt: the
           summary, its advice and sources, and the rule fit beside the pictures. */
        font-size: 7.5pt;
        display: grid;
        grid-template-columns: 1fr 1fr;
        column-gap: 1.5em;
        break-inside: avoid;
      }
      .findings > * {
        grid-column: 1 / -1;
      }
      .findings > .summary {
        grid-column: 1;
        grid-row: 2;
      }
      /* Two rows of two: the summary beside the charts, then the rule beside the cycle
         table, so neither column runs on while the other stops short. */
      .findings > .summary {
        grid-column: 1;
        grid-row: 2;
      }
      .findings > .charts {
        grid-column: 2;
        grid-row: 2;
      }
      .findings > .cycle-details {
        display: contents;
      }
      .cycle-details > .hint {
        grid-column: 1;
        grid-row: 3;
      }
      .cycle-details > .cycle-table {
        grid-column: 2;
        grid-row: 3;
      }
      .chart {
        margin-block-end: 0.25em;
      }
      .diary-table th:first-child,
      .diary-list th:first-child,
      .cycle-table th:first-child {
        white-space: nowrap;
      }
      #findings-heading {
        display: none;
      }
      .chart__key {
        font-size: 0.8em;
        margin-block-start: 0;
      }
      /* Paper has its own drawing of each chart, made at the size it prints (PRINT_CHART_BOX),
         so its labels print at their size from any window, not scaled down. */
      .chart--screen {
        display: none !important;
      }
      .chart--print {
        display: block;
      }
      .chart--print .chart__svg {
        width: 100%;
        height: auto;
      }
      .chart--print .label {
        font-size: 8.5pt;
      }
      .summary ul {
        padding-inline-start: 1.25em;
      }
      .summary .sources {
        font-size: 7pt;
        line-height: 1.15;
      }
      /* Sources run on as one paragraph on paper, rather than a line each. */
      .sources--inline {
        display: block;
      }
      .sources--inline li {
        display: inline;
        margin-inline-end: 0.5em;
      }
      .summary__sentence {
        font-size: 1em;
      }
      /* Tight leading, with a rule between rows to keep each row apart: a year of check-ins
         on one page for the GP. */
      .data-table th,
      .data-table td {
        padding: 0 0.3em;
        font-size: 7pt;
        line-height: 1.05;
      }
      .data-table {
        margin-block-end: 0.5em;
      }
      section {
        margin-block-end: 0.5em;
      }
    }
  `,
];
