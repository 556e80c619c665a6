import { msg, str } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import { errorMessage } from './error-message.js';
import { live } from 'lit/directives/live.js';
import { startDateProblem, toAsciiDigits } from '../../engine/index.js';
import { isoDateOf } from '../../engine/iso-date.js';
import { formatNumber } from '../../i18n/format.js';

/** Day, month and year as typed, GOV.UK's date pattern: three short fields, no picker. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** A date's three fields as the form shows it, from yyyy-mm-dd: the inverse of readDateEntry. */
export const isoToDateParts = (iso: string): DateParts => ({ day: String(Number(iso.slice(8, 10))), month: String(Number(iso.slice(5, 7))), year: iso.slice(0, 4) });

/** Which of a date's fields an input event came from (dateEntry marks each with data-date-part), and what it now holds. */
export function datePartFromInput(event: Event): { part: keyof DateParts; value: string } | undefined {
  const input = event.target as HTMLInputElement;
  const part = input.dataset?.datePart as keyof DateParts | undefined;
  return part ? { part, value: input.value } : undefined;
}

/** What is wrong with a typed date: a code, worded when the widget renders, in its language. */
export type DateProblem = 'missing-date' | 'missing-day' | 'missing-month' | 'missing-year' | 'year-digits' | 'not-real' | 'too-far-in-past' | 'too-far-in-future' | 'in-future';

/** The engine's rule for which real dates a field takes: a plan's start date, a diary entry's date. */
export type DateRule = (iso: string, today: string) => 'invalid-date' | Extract<DateProblem, 'too-far-in-past' | 'too-far-in-future' | 'in-future'> | undefined;

export type DateEntry = { kind: 'empty' } | { kind: 'date'; iso: string; inPast: boolean } | { kind: 'error'; field: keyof DateParts; problem: DateProblem };

/**
 * Reads a date typed into three fields, in any digits the reader's keyboard gives
 * ("۱۲" is 12). Nothing typed is empty. Which real dates the field takes is the
 * engine's rule: by default `startDateProblem`, near enough to today to plan from.
 */
export function readDateEntry({ day, month, year }: DateParts, today: string, rule: DateRule = startDateProblem): DateEntry {
  const [d, m, y] = [day, month, year].map((part) => toAsciiDigits(part).trim());
  if (d === '' && m === '' && y === '') return { kind: 'empty' };
  if (d === '') return { kind: 'error', field: 'day', problem: 'missing-day' };
  if (m === '') return { kind: 'error', field: 'month', problem: 'missing-month' };
  if (y === '') return { kind: 'error', field: 'year', problem: 'missing-year' };
  if (!/^\d{4}$/.test(y)) return { kind: 'error', field: 'year', problem: 'year-digits' };
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m)) return { kind: 'error', field: 'day', problem: 'not-real' };

  const iso = isoDateOf(Number(y), Number(m), Number(d));
  if (iso === undefined) return { kind: 'error', field: 'day', problem: 'not-real' };
  const problem = rule(iso, today);
  if (problem === undefined) return { kind: 'date', iso, inPast: iso < today };
  return problem === 'invalid-date' ? { kind: 'error', field: 'day', problem: 'not-real' } : { kind: 'error', field: 'year', problem };
}

/** Words for a date's problem; `yearsBack` is how far back the field's rule allows. */
function problemWords(problem: DateProblem, yearsBack: number, locale: string): string {
  switch (problem) {
    case 'missing-date':
      return msg('Enter the date');
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
      return yearsBack === 1 ? msg('The date must be within the last year') : msg(str`The date must be within the last ${formatNumber(yearsBack, locale)} years`);
    case 'too-far-in-future':
      return msg('The date must be within the next year');
    case 'in-future':
      return msg('The date must be today or in the past');
  }
}

export interface DateEntryOptions {
  /** Prefix of the fields' ids, unique in the widget. */
  id: string;
  legend: string;
  hint: string;
  /** Shown under a real date before today. */
  pastNote?: string;
  /** How many years back the field's rule takes a date: 1 unless given. */
  yearsBack?: number;
  /** The tag numbers are written for. */
  locale?: string;
}

/** The entry, where a date must be given: nothing typed is an error. */
export function requireDate(entry: DateEntry): DateEntry {
  return entry.kind === 'empty' ? { kind: 'error', field: 'day', problem: 'missing-date' } : entry;
}

/** The three fields in one fieldset, with a hint and an error tied to them. */
export function dateEntry(parts: DateParts, entry: DateEntry, { id, legend, hint, pastNote, yearsBack = 1, locale = 'en' }: DateEntryOptions): TemplateResult {
  const error = entry.kind === 'error' ? entry : undefined;
  const describedBy = [`${id}-hint`, ...(error ? [`${id}-error`] : [])].join(' ');
  const part = (name: keyof DateParts, label: string, width: string) =>
    html`<div class="date-field">
      <label for="${id}-${name}">${label}</label>
      <input
        id="${id}-${name}"
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
    <p class="hint" id="${id}-hint">${hint}</p>
    ${errorMessage(`${id}-error`, error && problemWords(error.problem, yearsBack, locale))}
    <div class="date-fields">${part('day', msg('Day'), 'two')}${part('month', msg('Month'), 'two')}${part('year', msg('Year'), 'four')}</div>
    ${entry.kind === 'date' && entry.inPast && pastNote ? html`<p class="hint">${pastNote}</p>` : nothing}
  </fieldset>`;
}

export const dateEntryStyles = css`
  .date-fields {
    display: flex;
    gap: 1rem;
    flex-wrap: wrap;
  }
  .date-field {
    display: grid;
    gap: 0.25rem;
  }
  .input--two {
    width: 3.5em;
  }
  .input--four {
    width: 5em;
  }
`;
