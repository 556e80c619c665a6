import { html, nothing, type TemplateResult } from 'lit';
import type { Warning } from '../../engine/index.js';
import { formatNumber } from '../../i18n/format.js';
import { icon } from './icons.js';
import { sourceList } from './source-list.js';
import { severityLabel, warningWords } from './warning-text.js';

/**
 * Safety warnings as the engine orders them (urgent first). Always shown in full: a
 * warning is never behind a toggle.
 */
export function warningList(warnings: readonly Warning[], locale: string): TemplateResult | typeof nothing {
  if (warnings.length === 0) return nothing;
  return html`<ul class="warnings" part="warnings">
    ${warnings.map((warning) => {
      const { title, body } = warningWords(warning, locale, (value) => formatNumber(value, locale));
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
