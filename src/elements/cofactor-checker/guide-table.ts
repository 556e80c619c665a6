import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { GuideLevel, Position, Source } from '../../engine/index.js';
import { dataCell, dataTable } from '../shared/data-table.js';
import { analyteName } from '../shared/analyte-names.js';
import { figurePositionLabel, positionTag } from '../shared/position-words.js';
import { sourceList } from '../shared/source-list.js';
import { figureIn } from './display-units.js';
import { DISPLAY_ORDER } from './display-order.js';
import { statusLabel } from './status-words.js';

export interface GuideTableOptions {
  levels: readonly GuideLevel[];
  locale: string;
}

/** The cofactor guide as a table: every test's bands in the units the page chose, each figure with whose position it is. */
export function guideTable({ levels, locale }: GuideTableOptions): TemplateResult {
  const columns = [msg('Blood test'), statusLabel('folate', 'deficient'), statusLabel('folate', 'below-optimal'), statusLabel('folate', 'optimal'), statusLabel('folate', 'above-range')];
  const rows = DISPLAY_ORDER.map((analyte) => levels.find((level) => level.analyte === analyte)!);
  const allSources = uniqueSources(rows.flatMap((row) => row.sources));

  const cell = (column: number, content: unknown) => dataCell(columns[column], content);
  const row = (level: GuideLevel) => {
    const figure = (value: number) => figureIn(value, level.acceptedUnit, locale);
    const { deficientBelow, optimalFrom, upperLimit } = level.thresholds;
    const { positions } = level;
    // Each figure is labelled once, in the band it starts: the middle band's two ends are
    // labelled in the bands beside it.
    const whose = (position: Position) => html` ${positionTag([position], figurePositionLabel(position))}`;
    return html`<tr role="row" data-analyte=${level.analyte}>
      <th scope="row" role="rowheader">${analyteName(level.analyte)}</th>
      ${cell(1, html`${msg(str`below ${figure(deficientBelow)}`)}${whose(positions.deficientBelow)}`)}
      ${cell(2, msg(str`${figure(deficientBelow)} to ${figure(optimalFrom)}`))}
      ${cell(3, html`${upperLimit === undefined ? msg(str`${figure(optimalFrom)} or more`) : msg(str`${figure(optimalFrom)} to ${figure(upperLimit)}`)}${whose(positions.optimalFrom)}`)}
      ${cell(4, upperLimit === undefined || !positions.upperLimit ? '—' : html`${msg(str`above ${figure(upperLimit)}`)}${whose(positions.upperLimit)}`)}
    </tr>`;
  };

  return html`${dataTable({ name: 'guide-table', caption: msg('Levels for each blood test'), columns, rows: rows.map(row) })}
    <p class="hint">
      ${msg('For B12 and active B12, the middle band is a grey area (indeterminate): ask your GP about further tests.')}
      ${msg(
        'The label in each band says whose figure the band starts at: national guidance, a typical laboratory range, a scientific reference value, or a support group’s position. Labs differ: your own lab report and your GP come first.',
      )}
    </p>
    ${sourceList(allSources)}`;
}

function uniqueSources(sources: readonly Source[]): Source[] {
  return [...new Map(sources.map((source) => [source.id, source])).values()];
}
