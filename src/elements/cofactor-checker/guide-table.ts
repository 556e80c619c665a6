import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { findUnit, type AssessedResult, type Profile, type Source } from '../../engine/index.js';
import { analyteName } from '../shared/analyte-names.js';
import { isSupportGroupPosition, sourceList } from '../shared/source-list.js';
import { figureIn } from './display-units.js';
import { DISPLAY_ORDER } from './display-order.js';
import { statusLabel } from './status-words.js';

export interface GuideTableOptions {
  items: readonly AssessedResult[];
  profile: Profile;
  unitFor: (analyte: AssessedResult['analyte']) => string;
  locale: string;
}

/**
 * The cofactor guide as a table: every test's bands in the units the page chose. Explicit
 * ARIA roles keep it a table for screen readers when narrow screens restack its cells.
 */
export function guideTable({ items, profile, unitFor, locale }: GuideTableOptions): TemplateResult {
  const columns = [msg('Blood test'), statusLabel('folate', 'deficient'), statusLabel('folate', 'below-optimal'), statusLabel('folate', 'optimal'), statusLabel('folate', 'above-range')];
  const rows = DISPLAY_ORDER.map((analyte) => items.find((item) => item.analyte === analyte)!);
  const allSources = uniqueSources(rows.flatMap((row) => row.sources));

  return html`<table class="guide data-table" part="guide-table" role="table">
      <caption class="visually-hidden">${msg('Levels for each blood test')}</caption>
      <thead role="rowgroup">
        <tr role="row">
          ${columns.map((column) => html`<th scope="col" role="columnheader">${column}</th>`)}
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${rows.map((item) => {
          const unit = findUnit(profile.analytes[item.analyte], unitFor(item.analyte)) ?? { unit: item.canonicalUnit, toCanonical: 1 };
          const figure = (value: number) => figureIn(value, unit, locale);
          const { deficientBelow, optimalFrom, upperLimit } = item.thresholds;
          const supportGroup = isSupportGroupPosition(item.thresholdSources.optimalFrom);
          const cell = (column: number, content: unknown) =>
            html`<td role="cell" data-label=${columns[column]}>${content}</td>`;
          return html`<tr role="row" data-analyte=${item.analyte}>
            <th scope="row" role="rowheader">${analyteName(item.analyte)}</th>
            ${cell(1, msg(str`below ${figure(deficientBelow)}`))}
            ${cell(2, msg(str`${figure(deficientBelow)} to ${figure(optimalFrom)}`))}
            ${cell(
              3,
              html`${upperLimit === undefined ? msg(str`${figure(optimalFrom)} or more`) : msg(str`${figure(optimalFrom)} to ${figure(upperLimit)}`)}${supportGroup
                ? html` <span class="tag">${msg('support group')}</span>`
                : nothing}`,
            )}
            ${cell(4, upperLimit === undefined ? '—' : msg(str`above ${figure(upperLimit)}`))}
          </tr>`;
        })}
      </tbody>
    </table>
    <p class="hint">
      ${msg(
        'For B12 and active B12, the middle band is a grey area (indeterminate): ask your GP about further tests. Optimal levels marked "support group" come from a patient support group, not national guidance.',
      )}
    </p>
    ${sourceList(allSources)}`;
}

function uniqueSources(sources: readonly Source[]): Source[] {
  return [...new Map(sources.map((source) => [source.id, source])).values()];
}
