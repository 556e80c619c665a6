import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { CyclePoint, DiarySummary } from '../../engine/index.js';
import { formatDate } from '../../i18n/dates.js';
import { formatNumber } from '../../i18n/format.js';
import { dataCell, dataTable } from '../shared/data-table.js';

/**
 * The cycle chart in words: one row per cycle with its length, its best day and the day
 * symptoms came back, as the engine found them. A cycle without enough check-ins says so
 * rather than show a day the summary does not count. For screen readers, and for the GP
 * on paper, where it is shorter than every check-in.
 */
export function cycleTable(summary: DiarySummary, locale: string): TemplateResult {
  const columns = [msg('Injection'), msg('Days to the next injection'), msg('Best day (score)'), msg('Came back on day (score)')];
  const day = (point: CyclePoint | undefined) => (point ? msg(str`Day ${formatNumber(point.day, locale)} (${formatNumber(point.score, locale)})`) : '–');
  const rows = summary.cycles.map(
    (cycle) => html`<tr role="row" data-injection=${cycle.injectionDate}>
      <th scope="row" role="rowheader" data-label=${columns[0]}>${formatDate(cycle.injectionDate, locale)}</th>
      ${dataCell(columns[1], cycle.lengthDays === undefined ? msg('Not yet') : formatNumber(cycle.lengthDays, locale))} ${dataCell(columns[2], day(cycle.best))}
      ${dataCell(columns[3], cycle.assessable || cycle.lengthDays === undefined ? day(cycle.cameBack) : msg('Not enough check-ins'))}
    </tr>`,
  );
  return dataTable({ name: 'cycle-table', caption: msg('Your cycles: the best day and the day symptoms came back'), columns, rows });
}
