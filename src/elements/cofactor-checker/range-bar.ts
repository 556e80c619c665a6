import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { cssomStyle } from '../shared/cssom-style.js';
import type { AssessedResult } from '../../engine/index.js';

/**
 * The share of the bar each band takes. Bands get fixed shares rather than widths true
 * to scale, because on a true scale ferritin's deficient band (0–30 of 0–375) would be a
 * sliver on a phone. The legend beside the bar gives the real figures.
 */
const BAND_SHARES = { deficient: 20, belowOptimal: 20, optimal: 40, aboveRange: 20 };
/** How far past the upper limit the above-range band reaches before the marker stops. */
const ABOVE_RANGE_SPAN = 0.5;

/** Where on the bar (0–100) a canonical value falls, interpolating within its band. */
export function markerPosition(canonicalValue: number, { deficientBelow, optimalFrom, upperLimit }: AssessedResult['thresholds']): number {
  const top = upperLimit ?? optimalFrom * 2;
  const bands: [from: number, to: number, share: number][] = [
    [0, deficientBelow, BAND_SHARES.deficient],
    [deficientBelow, optimalFrom, BAND_SHARES.belowOptimal],
    [optimalFrom, top, BAND_SHARES.optimal],
    [top, top * (1 + ABOVE_RANGE_SPAN), BAND_SHARES.aboveRange],
  ];
  let start = 0;
  for (const [from, to, share] of bands) {
    if (canonicalValue < to || share === BAND_SHARES.aboveRange) {
      const within = to > from ? (canonicalValue - from) / (to - from) : 1;
      return Math.min(100, start + share * Math.min(1, Math.max(0, within)));
    }
    start += share;
  }
  return 100;
}

const grow = (share: number) => cssomStyle({ 'flex-grow': String(share) });

/**
 * The bands drawn as a bar with the person's value marked. Hidden from screen readers:
 * the status words and the legend say the same in text.
 */
export function rangeBar(item: AssessedResult): TemplateResult {
  const position = item.canonicalValue === null ? undefined : markerPosition(item.canonicalValue, item.thresholds);
  return html`<div class="range-bar" part="range-bar" aria-hidden="true">
    <div class="range-bar__bands">
      <span class="band band--deficient" style=${grow(BAND_SHARES.deficient)}></span>
      <span class="band band--below-optimal" style=${grow(BAND_SHARES.belowOptimal)}></span>
      <span class="band band--optimal" style=${grow(BAND_SHARES.optimal)}></span>
      <span class="band band--above-range" style=${grow(BAND_SHARES.aboveRange)}></span>
    </div>
    ${position === undefined
      ? nothing
      : html`<span class="range-bar__marker" style=${cssomStyle({ 'inset-inline-start': `${position}%` })}></span>`}
  </div>`;
}

export interface BandLabels {
  deficient: string;
  belowOptimal: string;
  optimal: string;
  aboveRange?: string;
}

/** The bands in words and figures, in the unit the person chose. */
export function bandLegend(labels: BandLabels, figures: { deficientBelow: string; optimalFrom: string; upperLimit?: string }): TemplateResult {
  return html`<ul class="legend" part="legend">
    <li class="legend__item legend__item--deficient">${labels.deficient}: ${msg(str`below ${figures.deficientBelow}`)}</li>
    <li class="legend__item legend__item--below-optimal">${labels.belowOptimal}: ${msg(str`${figures.deficientBelow} to ${figures.optimalFrom}`)}</li>
    ${figures.upperLimit === undefined
      ? html`<li class="legend__item legend__item--optimal">${labels.optimal}: ${msg(str`${figures.optimalFrom} or more`)}</li>`
      : html`<li class="legend__item legend__item--optimal">${labels.optimal}: ${msg(str`${figures.optimalFrom} to ${figures.upperLimit}`)}</li>
          <li class="legend__item legend__item--above-range">${labels.aboveRange}: ${msg(str`above ${figures.upperLimit}`)}</li>`}
  </ul>`;
}
