import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { errorMessage } from '../shared/error-message.js';
import { live } from 'lit/directives/live.js';
import { startDateProblem, toAsciiDigits } from '../../engine/index.js';
import { isoDateOf } from '../../engine/iso-date.js';

/** Day, month and year as typed, GOV.UK's date pattern: three short fields, no picker. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** What is wrong with a typed date: a code, worded when the widget renders, in its language. */
export type DateProblem = 'missing-day' | 'missing-month' | 'missing-year' | 'year-digits' | 'not-real' | 'too-far-in-past' | 'too-far-in-future';

export type DateEntry =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string; inPast: boolean }
  | { kind: 'error'; field: keyof DateParts; problem: DateProblem };

/**
 * Reads a date typed into three fields, in any digits the reader's keyboard gives
 * ("۱۲" is 12). Nothing typed is empty (the date is optional). Whether a real date is
 * near enough to today to plan from is the engine's rule (`startDateProblem`).
 */
export function readDateEntry({ day, month, year }: DateParts, today: string): DateEntry {
  const [d, m, y] = [day, month, year].map((part) => toAsciiDigits(part).trim());
  if (d === '' && m === '' && y === '') return { kind: 'empty' };
  if (d === '') return { kind: 'error', field: 'day', problem: 'missing-day' };
  if (m === '') return { kind: 'error', field: 'month', problem: 'missing-month' };
  if (y === '') return { kind: 'error', field: 'year', problem: 'missing-year' };
  if (!/^\d{4}$/.test(y)) return { kind: 'error', field: 'year', problem: 'year-digits' };
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m)) return { kind: 'error', field: 'day', problem: 'not-real' };

  const iso = isoDateOf(Number(y), Number(m), Number(d));
  if (iso === undefined) return { kind: 'error', field: 'day', problem: 'not-real' };
  const problem = startDateProblem(iso, today);
  if (problem === undefined) return { kind: 'date', iso, inPast: iso < today };
  return problem === 'invalid-date' ? { kind: 'error', field: 'day', problem: 'not-real' } : { kind: 'error', field: 'year', problem };
}

function problemWords(problem: DateProblem): string {
  switch (problem) {
    case 'missing-day':
      return msg('The date must include a day');
    case 'missing-month':
      return msg('The date must include a month');
    case 'missing-year':
      return msg('The date must include a year');
    case 'year-digits':
      return msg('The year must have 4 numbers, like 2027');
    case 'not-real':
      return msg('The date must be a real date');
    case 'too-far-in-past':
      return msg('The date must be within the last year');
    case 'too-far-in-future':
      return msg('The date must be within the next year');
  }
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
    ${errorMessage('start-date-error', error && problemWords(error.problem))}
    <div class="date-fields">
      ${part('day', msg('Day'), 'two')}${part('month', msg('Month'), 'two')}${part('year', msg('Year'), 'four')}
    </div>
    ${entry.kind === 'date' && entry.inPast
      ? html`<p class="hint">${msg('This date is in the past. The calendar starts from it.')}</p>`
      : nothing}
  </fieldset>`;
}
