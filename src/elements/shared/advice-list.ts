import { html, nothing, type TemplateResult } from 'lit';
import type { Advice } from '../../engine/index.js';
import { positionTag } from './position-words.js';

/** One piece of advice with whose position it is. */
export function adviceItem(advice: Advice, words: string): TemplateResult {
  return html`<li data-advice=${advice.id}><span class="advice__words">${words}</span> ${positionTag(advice.positions)}</li>`;
}

/** Advice as a list, each piece with whose position it is. */
export function adviceList(advice: readonly Advice[], words: (advice: Advice) => string): TemplateResult | typeof nothing {
  if (advice.length === 0) return nothing;
  return html`<ul class="advice" part="advice">
    ${advice.map((piece) => adviceItem(piece, words(piece)))}
  </ul>`;
}
