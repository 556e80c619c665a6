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
 * on paper, where it is shorter than every check-in. Only the latest `limit` cycles: years
 * of weekly injections are hundreds of rows that no one reads and every save redraws.
 */
export function cycleTable(summary: DiarySummary, locale: string, limit: number): TemplateResult {
  const columns = [msg('Injection'), msg('Days to the next injection'), msg('Best day (score)'), msg('Came back on day (score)')];
  const day = (point: CyclePoint | undefined) => (point ? msg(str`Day ${formatNumber(point.day, locale)} (${formatNumber(point.score, locale)})`) : '–');
  const shown = summary.cycles.slice(-limit);
  const rows = shown.map(
    (cycle) =>
      html`<tr role="row" data-injection=${cycle.injectionDate}>
        <th scope="row" role="rowheader" data-label=${columns[0]}>${formatDate(cycle.injectionDate, locale)}</th>
        ${dataCell(columns[1], cycle.lengthDays === undefined ? msg('Not yet') : formatNumber(cycle.lengthDays, locale))} ${dataCell(columns[2], day(cycle.best))}
        ${dataCell(columns[3], cycle.assessable || cycle.lengthDays === undefined ? day(cycle.cameBack) : msg('Not enough check-ins'))}
      </tr>`,
  );
  const table = dataTable({ name: 'cycle-table', caption: msg('Your cycles: the best day and the day symptoms came back'), columns, rows });
  if (shown.length === summary.cycles.length) return table;
  const [count, total] = [formatNumber(shown.length, locale), formatNumber(summary.cycles.length, locale)];
  return html`<p class="cycles__count">${msg(str`Cycles shown: the latest ${count} of ${total}. All of them are in the file you can save.`)}</p>
    ${table}`;
}
