import { html, nothing, type TemplateResult } from 'lit';
import { cssomStyle } from '../shared/cssom-style.js';
import type { AssessedResult, Status } from '../../engine/index.js';

type DrawnStatus = Exclude<Status, 'not-entered'>;

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

/**
 * The bands drawn as a bar with the person's value marked inside the band of its status.
 * Hidden from screen readers: the status words and the legend say the same in text.
 */
export function rangeBar(item: AssessedResult): TemplateResult {
  const placement = markerPlacement(item);
  // Without an upper limit the optimal band is open, unless the person's own lab range
  // put the value above range (vitamin B6): then the above-range band is drawn for it.
  const open = item.thresholds.upperLimit === undefined && item.status !== 'above-range';
  const drawn: DrawnStatus[] = open ? ['deficient', 'below-optimal', 'optimal'] : ['deficient', 'below-optimal', 'optimal', 'above-range'];
  // Each band's share of the bar is in the stylesheet (.band--*), not a style attribute:
  // the bar is part of the pre-rendered snippet, and a strict CSP refuses style attributes.
  return html`<div class="range-bar ${open ? 'range-bar--open' : ''}" part="range-bar" aria-hidden="true">
    <div class="range-bar__bands">
      ${drawn.map(
        (band) =>
          html`<span class="band band--${band}">
            ${placement?.band === band ? html`<span class="range-bar__marker" style=${cssomStyle({ 'inset-inline-start': `${(placement.fraction * 100).toFixed(2)}%` })}></span>` : nothing}
          </span>`,
      )}
    </div>
  </div>`;
}
