import { msg } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../../engine/index.js';
import { positionLabel } from './position-words.js';

/** A link only to a web address; anything else (javascript:, data:) is shown as text. */
function isWebAddress(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\//i.test(url);
}

/** A source's title, linked where it has a web address, with its year. */
export function sourceLink(source: Source): TemplateResult {
  // The year as a plain string: the build's HTML minifier trims a template's leading space.
  return html`${isWebAddress(source.url) ? html`<a href=${source.url} rel="noopener noreferrer">${source.title}</a>` : source.title}${source.year ? ` (${source.year})` : nothing}`;
}

/**
 * Where figures and warnings come from, each labelled with the kind of position it
 * states (national guidance, an NHS laboratory range, a scientific reference or a
 * support group's position), so a reader can weigh them differently.
 */
export function sourceList(sources: readonly Source[], layout: 'inline' | 'list' = 'list'): TemplateResult | typeof nothing {
  if (sources.length === 0) return nothing;
  const items = sources.map(
    (source) =>
      html`<li>
        ${sourceLink(source)}
        <span class="source-kind source-kind--${source.kind}">${positionLabel(source.kind)}</span>
      </li>`,
  );
  return html`<div class="sources sources--${layout}" part="sources">
    <span class="sources__label">${msg('Sources:')}</span>
    <ul>
      ${items}
    </ul>
  </div>`;
}

export const sourceListStyles = css`
  .sources {
    font-size: 0.875em;
    color: var(--_secondary);
  }
  .sources ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .sources--inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .sources--inline ul {
    display: contents;
    list-style: none;
  }
  .sources__label {
    font-weight: 600;
  }
  .source-kind::before {
    content: '— ';
  }
  .source-kind--support-group {
    font-style: italic;
  }
`;
