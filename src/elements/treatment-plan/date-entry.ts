import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/** Day, month and year as typed, GOV.UK's date pattern: three short fields, no picker. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DateEntry =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string; inPast: boolean }
  | { kind: 'error'; field: keyof DateParts; message: string };

/** A first injection more than this far from today is a typing mistake, not a plan. */
const MAX_YEARS_AWAY = 1;

/**
 * Reads a date typed into three fields. Nothing typed is empty (the date is optional); a
 * date a year or more from today in either direction is refused, because a schedule
 * from it would help nobody.
 */
export function readDateEntry({ day, month, year }: DateParts, today: string): DateEntry {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (d === '' && m === '' && y === '') return { kind: 'empty' };
  if (d === '') return { kind: 'error', field: 'day', message: msg('The date must include a day') };
  if (m === '') return { kind: 'error', field: 'month', message: msg('The date must include a month') };
  if (y === '') return { kind: 'error', field: 'year', message: msg('The date must include a year') };
  if (!/^\d{4}$/.test(y)) return { kind: 'error', field: 'year', message: msg('The year must have 4 numbers, like 2027') };
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m)) return { kind: 'error', field: 'day', message: msg('The date must be a real date') };

  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCDate() !== Number(d) || date.getUTCMonth() !== Number(m) - 1) {
    return { kind: 'error', field: 'day', message: msg('The date must be a real date') };
  }
  const iso = date.toISOString().slice(0, 10);
  const todayDate = new Date(`${today}T00:00:00Z`);
  const earliest = new Date(todayDate);
  earliest.setUTCFullYear(earliest.getUTCFullYear() - MAX_YEARS_AWAY);
  const latest = new Date(todayDate);
  latest.setUTCFullYear(latest.getUTCFullYear() + MAX_YEARS_AWAY);
  if (date < earliest) return { kind: 'error', field: 'year', message: msg('The date must be within the last year') };
  if (date > latest) return { kind: 'error', field: 'year', message: msg('The date must be within the next year') };
  return { kind: 'date', iso, inPast: iso < today };
}

/** The three fields in one fieldset, with a hint and an error tied to them. */
export function dateEntry(parts: DateParts, entry: DateEntry, legend: string): TemplateResult {
  const error = entry.kind === 'error' ? entry : undefined;
  const describedBy = ['start-date-hint', ...(error ? ['start-date-error'] : [])].join(' ');
  const part = (name: keyof DateParts, label: string, width: string) => html`<div class="date-field">
    <label for="start-date-${name}">${label}</label>
    <input
      id="start-date-${name}"
      class="input input--${width}"
      part="input"
      type="text"
      inputmode="numeric"
      autocomplete="off"
      data-date-part=${name}
      .value=${live(parts[name])}
      aria-invalid=${error?.field === name ? 'true' : 'false'}
    />
  </div>`;
  return html`<fieldset class="question ${error ? 'question--error' : ''}" part="question" role="group" aria-describedby=${describedBy}>
    <legend class="question__legend">${legend}</legend>
    <p class="hint" id="start-date-hint">${msg('Optional. With a date you get a calendar of your injections. For example, 27 3 2027')}</p>
    ${error
      ? html`<p class="error-message" id="start-date-error" part="error-message"><span class="visually-hidden">${msg('Error:')}</span> ${error.message}</p>`
      : nothing}
    <div class="date-fields">
      ${part('day', msg('Day'), 'two')}${part('month', msg('Month'), 'two')}${part('year', msg('Year'), 'four')}
    </div>
    ${entry.kind === 'date' && entry.inPast
      ? html`<p class="hint">${msg('This date is in the past. The calendar starts from it.')}</p>`
      : nothing}
  </fieldset>`;
}
