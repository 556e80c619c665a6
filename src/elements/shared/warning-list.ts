import { msg, str } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Warning } from '../../engine/index.js';
import { formatNumber } from '../../i18n/format.js';
import { icon } from './icons.js';
import { sourceList } from './source-list.js';

/** A warning in words: its title and what to do. */
export interface WarningWords {
  title: string;
  body: string;
}

/**
 * The words for each warning a widget can be given. The checker and the plan pass
 * `warningWords` (every warning of results and plans); the diary passes only its own, so
 * that each carries only the words it can show.
 */
export type WordsForWarning<W extends Warning = Warning> = (warning: W, locale: string, formatNumber: (value: number) => string) => WarningWords;

/**
 * Safety warnings as the engine orders them (urgent first). Always shown in full: a
 * warning is never behind a toggle.
 */
export function warningList<W extends Warning>(warnings: readonly W[], locale: string, wordsFor: WordsForWarning<W>): TemplateResult | typeof nothing {
  if (warnings.length === 0) return nothing;
  return html`<ul class="warnings" part="warnings">
    ${warnings.map((warning) => {
      const { title, body } = wordsFor(warning, locale, (value) => formatNumber(value, locale));
      return html`<li class="warning warning--${warning.severity}" part="warning warning-${warning.severity}" data-warning=${warning.id}>
        ${icon(warning.severity === 'info' ? 'info' : 'warning')}
        <div>
          <p class="warning__title"><span class="warning__severity">${severityLabel(warning.severity)}:</span> ${title}</p>
          <p>${body}</p>
          ${sourceList(warning.sources, 'inline')}
        </div>
      </li>`;
    })}
  </ul>`;
}

/** A warning from a newer engine that this version has no words for: still shown, never dropped. */
export function fallbackWarningWords(id: string): WarningWords {
  return { title: msg('Safety warning'), body: msg(str`Ask your GP about this (${id}).`) };
}

export function severityLabel(severity: Warning['severity']): string {
  switch (severity) {
    case 'urgent':
      return msg('Urgent');
    case 'caution':
      return msg('Warning');
    case 'info':
      return msg('Important');
  }
}

export const warningListStyles = css`
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
  @container (max-width: 30rem) {
    .warning {
      flex-direction: column;
      gap: 0.25rem;
      border-inline-start-width: 6px;
      padding: calc(var(--_space) * 0.5);
    }
  }
  @media (forced-colors: active) {
    .warning {
      border: 2px solid CanvasText;
      border-inline-start-width: 8px;
    }
  }
  @media print {
    .warning {
      border: 1px solid #000;
      border-inline-start-width: 6px;
      break-inside: avoid;
    }
  }
`;
