import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { AssessedResult, Source } from '../../engine/index.js';
import { figurePositionLabel } from '../shared/position-words.js';
import { sourceLink } from '../shared/source-list.js';
import type { BandFigures } from './band-legend.js';
import { statusLabel } from './status-words.js';

/**
 * Each figure of the bands with whose position it is, in words, and its sources: a
 * support group's "optimal" reads differently from national guidance's "deficient", and
 * a laboratory's upper limit differs from lab to lab.
 */
export function figureSources(item: AssessedResult, figures: BandFigures): TemplateResult {
  const { positions, thresholdSources, analyte } = item;
  const row = (
    status: string,
    bound: string,
    position: AssessedResult['positions']['deficientBelow'],
    sources: readonly Source[],
    name: 'deficientBelow' | 'optimalFrom' | 'upperLimit',
    typicalFor?: 'men',
  ) =>
    html`<li data-figure=${name} data-position=${position}>
      <span class="figure-sources__figure">${status}: ${bound}</span> —
      <span class="figure-sources__position">${figurePositionLabel(position, typicalFor, item.laboratory?.figures.includes(name))}</span>.
      ${sources.map((source, i) => html`${i > 0 ? '; ' : nothing}${sourceLink(source)}`)}
    </li>`;
  return html`<div class="sources figure-sources" part="sources">
    <span class="sources__label">${msg('Where these figures come from:')}</span>
    <ul>
      ${row(statusLabel(analyte, 'deficient'), msg(str`below ${figures.deficientBelow}`), positions.deficientBelow, thresholdSources.deficientBelow, 'deficientBelow')}
      ${row(statusLabel(analyte, 'optimal'), msg(str`from ${figures.optimalFrom}`), positions.optimalFrom, thresholdSources.optimalFrom, 'optimalFrom')}
      ${
        figures.upperLimit !== undefined && positions.upperLimit
          ? row(statusLabel(analyte, 'above-range'), msg(str`above ${figures.upperLimit}`), positions.upperLimit, thresholdSources.upperLimit ?? [], 'upperLimit', item.upperLimitTypicalFor)
          : nothing
      }
    </ul>
  </div>`;
}
