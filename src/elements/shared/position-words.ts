import { msg, str } from '@lit/localize';
import { css, html, type TemplateResult } from 'lit';
import type { Position } from '../../engine/index.js';

/** Whose position something is, in words: the same four kinds everywhere a figure, phase or piece of advice is shown. */
export function positionLabel(position: Position): string {
  switch (position) {
    case 'national-guidance':
      return msg('national guidance');
    case 'nhs-laboratory':
      return msg('NHS laboratory range');
    case 'scientific-reference':
      return msg('scientific reference value');
    case 'support-group':
      return msg('support group position');
  }
}

/**
 * Whose a threshold figure is. A laboratory figure of the built-in profile is a typical
 * range, and labs differ in method and range, so the reader is pointed to their own
 * report; one from the page's own laboratory is that laboratory's range, and says so.
 */
export function figurePositionLabel(position: Position, typicalFor?: 'men', ownLaboratory = false): string {
  if (typicalFor === 'men') return msg('typical upper limit for men; many labs use a lower one for women: go by your lab report');
  return position === 'nhs-laboratory' && !ownLaboratory ? msg('typical laboratory range: check your lab’s report') : positionLabel(position);
}

/** Several positions that say the same thing: "national guidance and support group position". */
export function positionsLabel(positions: readonly Position[]): string {
  return positions.map(positionLabel).reduce((list, next) => msg(str`${list} and ${next}`));
}

/** A small label that says whose position the thing before it is. */
export function positionTag(positions: readonly Position[], label = positionsLabel(positions)): TemplateResult {
  return html`<span class="tag position ${positions.map((p) => `position--${p}`).join(' ')}" part="position">${label}</span>`;
}

export const positionTagStyles = css`
  .tag {
    display: inline-block;
    font-size: 0.8125em;
    font-weight: 600;
    border: 1px solid currentColor;
    padding-inline: 0.35em;
    border-radius: var(--_radius);
  }
  .position--support-group {
    font-style: italic;
  }
`;
