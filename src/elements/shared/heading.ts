import { html, literal, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';

const HEADING_TAGS: Record<number, StaticValue> = {
  1: literal`h1`,
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** How big a heading looks, apart from its level: an h5 must not look smaller than text. */
export type HeadingSize = 'large' | 'medium' | 'small';

/**
 * A heading at the level the page asks for (`heading-level`), so the widget's outline
 * fits the page it is dropped into. Levels past 6 stay at 6.
 */
export function heading(level: number, content: unknown, size: HeadingSize = 'large'): TemplateResult {
  const tag = HEADING_TAGS[Math.min(6, Math.max(1, level))];
  return html`<${tag} class="heading heading--${size}" part="heading">${content}</${tag}>`;
}

/** Reads `heading-level`: 1 to 6, or undefined when the attribute is not a level. */
export function parseHeadingLevel(value: string | null): number | undefined {
  if (value === null) return 2;
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : undefined;
}
