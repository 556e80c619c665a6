import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { CheckInEntry, Diary, DiarySummary, InjectionEntry } from '../../engine/index.js';
import { overallScore } from '../../engine/index.js';
import { formatDate } from '../../i18n/dates.js';
import { formatNumber } from '../../i18n/format.js';
import { dataCell, dataTable } from '../shared/data-table.js';
import { levelWords, type NamedSymptom } from './symptom-words.js';

/** The rows of entries by date (an injection before a check-in on its day), the latest `limit` of them. */
function byDate(diary: Diary, limit: number | undefined, injection: (entry: InjectionEntry) => TemplateResult, checkIn: (entry: CheckInEntry) => TemplateResult): TemplateResult[] {
  return [
    ...diary.injections.map((entry) => ({ date: entry.date, order: 0, row: () => injection(entry) })),
    ...diary.checkIns.map((entry) => ({ date: entry.date, order: 1, row: () => checkIn(entry) })),
  ]
    .sort((a, b) => (a.date === b.date ? a.order - b.order : a.date < b.date ? -1 : 1))
    .slice(limit === undefined ? 0 : -limit)
    .map((entry) => entry.row());
}

/** Which day of its cycle each check-in's date is, as the cycle chart counts it. */
const cycleDays = (summary: DiarySummary) => new Map(summary.cycles.flatMap((cycle) => cycle.points.map((point) => [point.date, point.day] as const)));

/** Which store an entry to delete is in, and its id. */
export interface EntryRef {
  store: 'injections' | 'checkIns';
  id: string;
}

/** What the person wrote, as they wrote it: marked, so it is never taken for the widget's own words (test/pseudo/). */
const ownWords = (text: string | undefined) => (text ? html`<span class="own-words">${text}</span>` : nothing);

/**
 * What was recorded, by date, as a table: the charts' data for screen readers and for
 * print. Each row says which day of its cycle it was, as the cycle chart counts. With a
 * `limit`, only that many of the latest entries.
 */
export function diaryTable(diary: Diary, summary: DiarySummary, symptoms: readonly NamedSymptom[], locale: string, onDelete: (entry: EntryRef) => void, limit?: number): TemplateResult {
  const dayOf = cycleDays(summary);
  const columns = [msg('Date'), msg('Day since injection'), ...symptoms.map((symptom) => symptom.name), msg('Overall score'), msg('Note'), msg('Change')];
  const [dateColumn, dayColumn] = columns;
  const [scoreColumn, noteColumn, changeColumn] = columns.slice(-3);
  const deleteButton = (entry: EntryRef, date: string) =>
    html`<button type="button" class="button button--link" @click=${() => onDelete(entry)} data-delete=${entry.id}>
      ${msg('Delete', { desc: 'Button in a row of the table of diary entries: deletes that entry (it can be undone).' })}<span class="visually-hidden"> ${formatDate(date, locale)}</span>
    </button>`;
  const rows = byDate(
    diary,
    limit,
    (entry) =>
      html`<tr role="row" class="row--injection" data-entry=${entry.id}>
        <th scope="row" role="rowheader" data-label=${dateColumn}>${formatDate(entry.date, locale)}</th>
        ${dataCell(dayColumn, formatNumber(0, locale))}
        <td role="cell" class="injection-cell" colspan=${symptoms.length + 1} data-label=${msg('Injection')}>${entry.what ? msg(str`Injection: ${entry.what}`) : msg('Injection')}</td>
        <td role="cell" class="cell--empty"></td>
        ${dataCell(changeColumn, deleteButton({ store: 'injections', id: entry.id }, entry.date))}
      </tr>`,
    (entry) =>
      html`<tr role="row" data-entry=${entry.id}>
        <th scope="row" role="rowheader" data-label=${dateColumn}>${formatDate(entry.date, locale)}</th>
        ${dataCell(dayColumn, dayOf.has(entry.date) ? formatNumber(dayOf.get(entry.date)!, locale) : '–')}
        ${symptoms.map((symptom) => (Object.hasOwn(entry.levels, symptom.id) ? dataCell(symptom.name, levelWords(entry.levels[symptom.id])) : html`<td role="cell" class="cell--empty"></td>`))}
        ${dataCell(scoreColumn, formatNumber(overallScore(entry.levels), locale))} ${dataCell(noteColumn, ownWords(entry.note))}
        ${dataCell(changeColumn, deleteButton({ store: 'checkIns', id: entry.id }, entry.date))}
      </tr>`,
  );
  // Wider than a phone's screen: it scrolls sideways in its own region (a data table may,
  // under WCAG's reflow rule), and restacks into cards in a narrow column.
  return html`<div class="table-scroll" role="region" tabindex="0" aria-label=${msg('Your diary entries')}>
    ${dataTable({ name: 'diary-table', caption: msg('Your diary entries'), columns, rows })}
  </div>`;
}

/**
 * Past this many symptom columns the entries table cannot print across a page at a size
 * anyone can read: the printed copy lists each entry's symptoms in one cell instead.
 */
export const PRINTED_SYMPTOM_COLUMNS = 6;

/**
 * The entries for paper when there are more symptoms than columns fit: one row per
 * entry, the symptoms it rated listed in one cell ("Tiredness: Moderate; Headache:
 * Mild"), so every one of them, and the note, prints at the table's size.
 */
export function printedEntryList(diary: Diary, summary: DiarySummary, symptoms: readonly NamedSymptom[], locale: string, limit?: number): TemplateResult {
  const dayOf = cycleDays(summary);
  const columns = [msg('Date'), msg('Day since injection'), msg('Symptoms'), msg('Overall score'), msg('Note')];
  const rows = byDate(
    diary,
    limit,
    (entry) =>
      html`<tr role="row" class="row--injection">
        <th scope="row" role="rowheader">${formatDate(entry.date, locale)}</th>
        ${dataCell(columns[1], formatNumber(0, locale))}
        <td role="cell" colspan="3">${entry.what ? msg(str`Injection: ${entry.what}`) : msg('Injection')}</td>
      </tr>`,
    (entry) =>
      html`<tr role="row">
        <th scope="row" role="rowheader">${formatDate(entry.date, locale)}</th>
        ${dataCell(columns[1], dayOf.has(entry.date) ? formatNumber(dayOf.get(entry.date)!, locale) : '–')}
        ${dataCell(
          columns[2],
          symptoms
            .filter((symptom) => Object.hasOwn(entry.levels, symptom.id))
            .map((symptom) => msg(str`${symptom.name}: ${levelWords(entry.levels[symptom.id])}`, { desc: 'One symptom and how it was, in a list of them in a printed table: "Headache: Mild".' }))
            .join('; '),
        )}
        ${dataCell(columns[3], formatNumber(overallScore(entry.levels), locale))} ${dataCell(columns[4], ownWords(entry.note))}
      </tr>`,
  );
  return dataTable({ name: 'diary-list', caption: msg('Your diary entries'), columns, rows });
}
