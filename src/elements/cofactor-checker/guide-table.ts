import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { Analyte, GuideLevel, Position, Source } from '../../engine/index.js';
import { dataCell, dataTable } from '../shared/data-table.js';
import { analyteName } from '../shared/analyte-names.js';
import { figurePositionLabel, positionTag } from '../shared/position-words.js';
import { sourceList } from '../shared/source-list.js';
import { figureIn } from './display-units.js';
import { laboratoryTestNote, upperLimitText } from './laboratory-words.js';
import { B12_TESTS_SHOWN, COFACTORS_SHOWN } from './display-order.js';
import { statusLabel } from './status-words.js';

export interface GuideTableOptions {
  levels: readonly GuideLevel[];
  locale: string;
  /** The language the profile's laboratory writes its notes in. */
  laboratoryLang?: string;
}

/**
 * The cofactor guide: every test's bands in the units the page chose, each figure with
 * whose position it is. Two tables, since their bands are named differently: the
 * cofactors' "below optimal" and "optimal" are a support group's position, while
 * national guidance has no optimal B12, only deficient, indeterminate and normal.
 */
export function guideTable({ levels, locale, laboratoryLang }: GuideTableOptions): TemplateResult {
  const levelOf = (analyte: Analyte) => levels.find((level) => level.analyte === analyte)!;
  const cofactors = COFACTORS_SHOWN.map(levelOf);
  const b12Tests = B12_TESTS_SHOWN.map(levelOf);
  const allSources = uniqueSources([...cofactors, ...b12Tests].flatMap((row) => row.sources));
  return html`${bandTable('guide-table', msg('Levels for folate, ferritin and vitamin B6'), cofactors, locale)}
    ${bandTable('guide-table guide-table--b12', msg('Levels for B12 and active B12'), b12Tests, locale)}
    <p class="hint">
      ${msg('For B12 and active B12, the middle band is a grey area (indeterminate): ask your GP about further tests.')}
      ${msg(
        'The label in each band says whose figure the band starts at: national guidance, a typical laboratory range, a scientific reference value, or a support group’s position. Labs differ: your own lab report and your GP come first.',
      )}
    </p>
    ${[...cofactors, ...b12Tests].map((level) => laboratoryTestNote(level, locale, laboratoryLang, true))} ${sourceList(allSources)}`;
}

function bandTable(name: string, caption: string, rows: readonly GuideLevel[], locale: string): TemplateResult {
  // Every row of one table names its bands alike; the first row's analyte gives the words.
  const named = rows[0].analyte;
  const columns = [msg('Blood test'), statusLabel(named, 'deficient'), statusLabel(named, 'below-optimal'), statusLabel(named, 'optimal'), statusLabel(named, 'above-range')];
  const cell = (column: number, content: unknown) => dataCell(columns[column], content);
  const row = (level: GuideLevel) => {
    const figure = (value: number) => figureIn(value, level.acceptedUnit, locale);
    const { deficientBelow, optimalFrom } = level.thresholds;
    const upperLimit = upperLimitText(level, locale);
    const { positions } = level;
    // Each figure is labelled once, in the band it starts: the middle band's two ends are
    // labelled in the bands beside it.
    const whose = (position: Position, figure: 'deficientBelow' | 'optimalFrom' | 'upperLimit', typicalFor?: 'men') =>
      html` ${positionTag([position], figurePositionLabel(position, typicalFor, level.laboratory?.figures.includes(figure)))}`;
    return html`<tr role="row" data-analyte=${level.analyte}>
      <th scope="row" role="rowheader">${analyteName(level.analyte)}</th>
      ${cell(1, html`${msg(str`below ${figure(deficientBelow)}`)}${whose(positions.deficientBelow, 'deficientBelow')}`)} ${cell(2, msg(str`${figure(deficientBelow)} to ${figure(optimalFrom)}`))}
      ${cell(3, html`${upperLimit === undefined ? msg(str`${figure(optimalFrom)} or more`) : msg(str`${figure(optimalFrom)} to ${upperLimit}`)}${whose(positions.optimalFrom, 'optimalFrom')}`)}
      ${cell(4, upperLimit === undefined || !positions.upperLimit ? '—' : html`${msg(str`above ${upperLimit}`)}${whose(positions.upperLimit, 'upperLimit', level.upperLimitTypicalFor)}`)}
    </tr>`;
  };
  return dataTable({ name, caption, columns, rows: rows.map(row) });
}

function uniqueSources(sources: readonly Source[]): Source[] {
  return [...new Map(sources.map((source) => [source.id, source])).values()];
}
