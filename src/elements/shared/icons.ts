import { svg, type SVGTemplateResult } from 'lit';

/**
 * Shapes that tell statuses and severities apart without colour (WCAG 1.4.1). Each is
 * decorative: the words beside it carry the meaning, so they are hidden from screen
 * readers by `icon()`.
 */
const PATHS = {
  // A circle with an exclamation mark.
  alert: svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2.5"/><path d="M12 6.5v7" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/><circle cx="12" cy="17.5" r="1.6" fill="currentColor"/>`,
  // A downward arrow.
  down: svg`<path d="M12 4v14M5.5 11.5 12 18l6.5-6.5" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>`,
  // A tick.
  tick: svg`<path d="M4.5 12.5 10 18 19.5 6.5" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>`,
  // An upward arrow.
  up: svg`<path d="M12 20V6M5.5 12.5 12 6l6.5 6.5" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>`,
  // A dash.
  dash: svg`<path d="M6 12h12" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/>`,
  // A triangle with an exclamation mark.
  warning: svg`<path d="M12 3 22 20H2Z" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linejoin="round"/><path d="M12 9.5v5" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/><circle cx="12" cy="17.3" r="1.3" fill="currentColor"/>`,
  // An "i" in a circle.
  info: svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2.2"/><path d="M12 11v6" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/><circle cx="12" cy="7.5" r="1.4" fill="currentColor"/>`,
};

export type IconName = keyof typeof PATHS;

export function icon(name: IconName): SVGTemplateResult {
  return svg`<svg class="icon" data-icon=${name} viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">${PATHS[name]}</svg>`;
}
