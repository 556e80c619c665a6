import { css, html, type TemplateResult } from 'lit';

/** How big a heading looks, apart from its level: an h5 must not look smaller than text. */
export type HeadingSize = 'large' | 'medium' | 'small';

/**
 * A heading at the level the page asks for (`heading-level`), so the widget's outline
 * fits the page it is dropped into. Levels past 6 stay at 6. One template per level
 * rather than lit/static-html: that module would cost the bundle more than these lines.
 */
export function heading(level: number, content: unknown, size: HeadingSize = 'large'): TemplateResult {
  const style = `heading heading--${size}`;
  switch (Math.min(6, Math.max(1, level))) {
    case 1:
      return html`<h1 class=${style} part="heading">${content}</h1>`;
    case 2:
      return html`<h2 class=${style} part="heading">${content}</h2>`;
    case 3:
      return html`<h3 class=${style} part="heading">${content}</h3>`;
    case 4:
      return html`<h4 class=${style} part="heading">${content}</h4>`;
    case 5:
      return html`<h5 class=${style} part="heading">${content}</h5>`;
    default:
      return html`<h6 class=${style} part="heading">${content}</h6>`;
  }
}

/** Reads `heading-level`: 1 to 6, or undefined when the attribute is not a level. */
export function parseHeadingLevel(value: string | null): number | undefined {
  if (value === null) return 2;
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : undefined;
}

export const headingStyles = css`
  .heading {
    margin-block: 0 calc(var(--_space) * 0.75);
    line-height: 1.25;
    font-weight: 700;
  }
  .heading--large {
    font-size: 1.5em;
  }
  .heading--medium {
    font-size: 1.25em;
    margin-block-start: var(--_space);
  }
  .heading--small {
    font-size: 1.125em;
  }
`;
