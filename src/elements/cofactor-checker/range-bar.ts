import { html, nothing, type TemplateResult } from 'lit';
import { cssomStyle } from '../shared/cssom-style.js';
import type { AssessedResult, Status } from '../../engine/index.js';

type DrawnStatus = Exclude<Status, 'not-entered'>;

/**
 * The share of the bar each band takes. Bands get fixed shares rather than widths true
 * to scale, because on a true scale ferritin's deficient band (0–30 of 0–375) would be a
 * sliver on a phone. The legend beside the bar gives the real figures.
 */
const BAND_SHARES: Record<DrawnStatus, number> = { deficient: 20, 'below-optimal': 20, optimal: 40, 'above-range': 20 };
/** Where there is no upper limit, the optimal band is drawn as reaching twice its start. */
const OPEN_OPTIMAL_SPAN = 2;
/** How far past the upper limit the above-range band reaches before the marker stops. */
const ABOVE_RANGE_SPAN = 0.5;
/**
 * The marker keeps this far from a band's ends, so a value exactly on a threshold is
 * seen inside the band of its status, never on the line between two.
 */
const EDGE_INSET = 0.1;

export interface MarkerPlacement {
  /** The band the marker is drawn in: always the engine's status, never worked out again here. */
  band: DrawnStatus;
  /** How far through that band, 0–1, from its low end. */
  fraction: number;
}

/** Where on the bar a result is drawn: in the band of its status, at its place within that band. */
export function markerPlacement({ status, canonicalValue, thresholds }: AssessedResult): MarkerPlacement | undefined {
  if (status === 'not-entered' || canonicalValue === null) return undefined;
  const { deficientBelow, optimalFrom, upperLimit } = thresholds;
  const top = upperLimit ?? optimalFrom * OPEN_OPTIMAL_SPAN;
  const [from, to] = {
    deficient: [0, deficientBelow],
    'below-optimal': [deficientBelow, optimalFrom],
    optimal: [optimalFrom, top],
    'above-range': [top, top * (1 + ABOVE_RANGE_SPAN)],
  }[status];
  const through = to > from ? (canonicalValue - from) / (to - from) : 0.5;
  return { band: status, fraction: Math.min(1 - EDGE_INSET, Math.max(EDGE_INSET, through)) };
}

const grow = (share: number) => cssomStyle({ 'flex-grow': String(share) });

/**
 * The bands drawn as a bar with the person's value marked inside the band of its status.
 * Hidden from screen readers: the status words and the legend say the same in text.
 */
export function rangeBar(item: AssessedResult): TemplateResult {
  const placement = markerPlacement(item);
  const drawn: DrawnStatus[] = item.thresholds.upperLimit === undefined ? ['deficient', 'below-optimal', 'optimal'] : ['deficient', 'below-optimal', 'optimal', 'above-range'];
  return html`<div class="range-bar" part="range-bar" aria-hidden="true">
    <div class="range-bar__bands">
      ${drawn.map(
        (band) => html`<span class="band band--${band}" style=${grow(BAND_SHARES[band] + (band === 'optimal' && drawn.length === 3 ? BAND_SHARES['above-range'] : 0))}>
          ${placement?.band === band
            ? html`<span class="range-bar__marker" style=${cssomStyle({ 'inset-inline-start': `${(placement.fraction * 100).toFixed(2)}%` })}></span>`
            : nothing}
        </span>`,
      )}
    </div>
  </div>`;
}
