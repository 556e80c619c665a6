import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../../engine/index.js';

export function sourceKindLabel(source: Pick<Source, 'kind'>): string {
  return source.kind === 'support-group' ? msg('support group position') : msg('national guidance');
}

/**
 * Where figures and warnings come from, each labelled as national guidance or a support
 * group's position, so a reader can weigh them differently.
 */
/** True when every source of a figure is a support group's: the figure is their position, not guidance. */
export function isSupportGroupPosition(sources: readonly Pick<Source, 'kind'>[]): boolean {
  return sources.length > 0 && sources.every((source) => source.kind === 'support-group');
}

/** A link only to a web address; anything else (javascript:, data:) is shown as text. */
function isWebAddress(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

export function sourceList(sources: readonly Source[], layout: 'inline' | 'list' = 'list'): TemplateResult | typeof nothing {
  if (sources.length === 0) return nothing;
  const items = sources.map(
    (source) => html`<li>
      ${isWebAddress(source.url) ? html`<a href=${source.url} rel="noopener noreferrer">${source.title}</a>` : source.title}${source.year
        ? html` (${source.year})`
        : nothing}
      <span class="source-kind source-kind--${source.kind}">${sourceKindLabel(source)}</span>
    </li>`,
  );
  return html`<div class="sources sources--${layout}" part="sources">
    <span class="sources__label">${msg('Sources:')}</span>
    <ul>${items}</ul>
  </div>`;
}
