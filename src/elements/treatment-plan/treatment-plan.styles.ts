import { css } from 'lit';
import { dateEntryStyles } from '../shared/date-entry.js';
import { widgetStyles } from '../shared/widget-styles.js';

export const treatmentPlanStyles = [
  widgetStyles,
  dateEntryStyles,
  css`
    .intro {
      max-width: 40em;
    }
    /* Set shares of the width, as the checker's guide has them (see there why). */
    .plan-table th[scope='col'] {
      width: 27%;
    }
    .plan-table th[scope='col']:first-child {
      width: 19%;
    }
    .questions {
      margin-block-end: var(--_space);
    }

    .plan {
      background: var(--_surface);
      padding: var(--_space);
      border-radius: var(--_radius);
    }
    .placeholder {
      color: var(--_secondary);
      margin: 0;
    }
    .phases {
      list-style: none;
      padding: 0;
      margin: 0 0 var(--_space);
      display: grid;
      gap: var(--_space);
    }
    .phase {
      border-inline-start: 8px solid var(--_link);
      padding-inline-start: var(--_space);
    }
    .phase ul {
      margin-block: 0 0.5rem;
      padding-inline-start: 1.25em;
    }
    .phase__position {
      margin-block: 0 0.25rem;
    }
    .review {
      border-inline-start: 8px solid var(--_info);
      padding-inline-start: var(--_space);
      margin-block-end: var(--_space);
    }
    .review p {
      margin-block: 0 0.25rem;
    }
    .planned-for:not(.print-only) {
      font-weight: 600;
    }
    .alternatives,
    .plan-advice {
      border: 2px solid var(--_border);
      padding: calc(var(--_space) * 0.75);
      margin-block-end: var(--_space);
    }
    .plan-advice ul {
      margin-block: 0 0.5rem;
      padding-inline-start: 1.25em;
    }
    .not-diagnosis {
      font-weight: 600;
    }

    .next-summary {
      font-size: 1.125em;
    }
    .actions,
    .view-switch,
    .month-nav {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-block-end: var(--_space);
    }
    .view-switch button[aria-pressed='true'] {
      background: var(--_text);
      color: var(--_surface);
    }

    .schedule {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .schedule__entry {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      padding-block: 0.5rem;
      border-block-end: 1px solid var(--_border);
    }
    .schedule__entry time {
      font-weight: 600;
      min-width: 14em;
    }
    .schedule__entry--next {
      background: var(--_panel);
      border-inline-start: 6px solid var(--_link);
      padding-inline-start: 0.5rem;
    }
    .badge {
      border: 2px solid currentColor;
      padding-inline: 0.35em;
      border-radius: var(--_radius);
    }

    .month {
      border-collapse: collapse;
      width: 100%;
      max-width: 28rem;
      table-layout: fixed;
    }
    .month caption {
      font-weight: 700;
      text-align: start;
      padding-block-end: 0.5rem;
    }
    .month th,
    .month td {
      text-align: center;
      padding: 0.25rem 0;
      height: 2.75rem;
      vertical-align: top;
    }
    .month abbr {
      text-decoration: none;
    }
    .weekday-narrow {
      display: none;
    }
    @container (max-width: 30rem) {
      .plan {
        padding: calc(var(--_space) * 0.5);
      }
      .weekday-short {
        position: absolute;
        clip-path: inset(50%);
        width: 1px;
        height: 1px;
        overflow: hidden;
        white-space: nowrap;
      }
      .weekday-narrow {
        display: inline;
      }
    }
    .day__number {
      display: block;
    }
    .day__mark {
      display: block;
      width: 0.6rem;
      height: 0.6rem;
      margin: 0.1rem auto 0;
      border-radius: 50%;
      background: var(--_link);
    }
    /* A review is a ring, an injection a dot: told apart by shape, not only colour. */
    .day--review .day__mark {
      background: none;
      border: 2px solid var(--_link);
    }
    .day--next {
      outline: 3px solid var(--_text);
      outline-offset: -3px;
      font-weight: 700;
    }
    .day--today .day__number {
      text-decoration: underline;
      text-decoration-thickness: 2px;
    }

    @media (forced-colors: active) {
      .day__mark {
        background: CanvasText;
        forced-color-adjust: none;
      }
      .day--review .day__mark {
        background: Canvas;
        border-color: CanvasText;
      }
      .schedule__entry--next,
      .phase,
      .review {
        border-color: CanvasText;
      }
    }
    @media print {
      .questions,
      .view-switch,
      .month-view,
      .actions,
      .intro {
        display: none !important;
      }
      .plan {
        padding: 0;
      }
      .phase,
      .review,
      .schedule__entry {
        break-inside: avoid;
      }
    }
  `,
];
