import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { Analyte } from '../../engine/index.js';
import { statusLabel } from './status-words.js';

export interface BandFigures {
  deficientBelow: string;
  optimalFrom: string;
  upperLimit?: string;
}

/** The bands in words and figures, in the unit the person chose, keyed to the bar's colours. */
export function bandLegend(analyte: Analyte, figures: BandFigures): TemplateResult {
  return html`<ul class="legend" part="legend">
    <li class="legend__item legend__item--deficient">${statusLabel(analyte, 'deficient')}: ${msg(str`below ${figures.deficientBelow}`)}</li>
    <li class="legend__item legend__item--below-optimal">${statusLabel(analyte, 'below-optimal')}: ${msg(str`${figures.deficientBelow} to ${figures.optimalFrom}`)}</li>
    ${
      figures.upperLimit === undefined
        ? html`<li class="legend__item legend__item--optimal">${statusLabel(analyte, 'optimal')}: ${msg(str`${figures.optimalFrom} or more`)}</li>`
        : html`<li class="legend__item legend__item--optimal">${statusLabel(analyte, 'optimal')}: ${msg(str`${figures.optimalFrom} to ${figures.upperLimit}`)}</li>
            <li class="legend__item legend__item--above-range">${statusLabel(analyte, 'above-range')}: ${msg(str`above ${figures.upperLimit}`)}</li>`
    }
  </ul>`;
}
