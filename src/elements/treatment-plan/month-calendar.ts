import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ScheduleEntry } from '../../engine/index.js';
import { addMonths, daysInMonth, isoDateOf, isoWeekday } from '../../engine/iso-date.js';
import { firstDayOfWeek, formatMonth, weekdayNames } from '../../i18n/dates.js';
import { scheduleEntryWords } from './phase-words.js';

export interface MonthView {
  year: number;
  /** 0 = January. */
  month: number;
}

export function monthOf(iso: string): MonthView {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) - 1 };
}

export function shiftMonth({ year, month }: MonthView, by: number): MonthView {
  const date = addMonths(new Date(Date.UTC(year, month, 1)), by);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() };
}

/**
 * One month as a grid, weeks starting on the locale's first day. Days with an injection
 * or review say so in words (hidden visually, shown as a mark), so the grid reads the
 * same to a screen reader as it looks.
 */
export function monthCalendar(view: MonthView, schedule: readonly ScheduleEntry[], next: ScheduleEntry | undefined, today: string, locale: string): TemplateResult {
  const firstDay = firstDayOfWeek(locale);
  const names = weekdayNames(locale, firstDay);
  const firstOfMonth = new Date(Date.UTC(view.year, view.month, 1));
  const leadingBlanks = (isoWeekday(firstOfMonth) - firstDay + 7) % 7;
  const days = Array.from({ length: daysInMonth(view.year, view.month + 1) }, (_, i) => i + 1);
  const cells: (number | undefined)[] = [...Array(leadingBlanks).fill(undefined), ...days];
  while (cells.length % 7 !== 0) cells.push(undefined);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  // A review can fall on an injection day: a day holds every entry on it.
  const byDate = new Map<string, ScheduleEntry[]>();
  for (const entry of schedule) byDate.set(entry.date, [...(byDate.get(entry.date) ?? []), entry]);

  return html`<table class="month" part="month-calendar">
    <caption>
      ${formatMonth(view.year, view.month, locale)}
    </caption>
    <thead>
      <tr>
        ${names.map(
          // One letter fits a phone; the short name is what screen readers hear.
          ({ narrow, short, long }) =>
            html`<th scope="col">
              <abbr title=${long}><span class="weekday-short">${short}</span><span class="weekday-narrow" aria-hidden="true">${narrow}</span></abbr>
            </th>`,
        )}
      </tr>
    </thead>
    <tbody>
      ${weeks.map(
        (week) =>
          html`<tr>
            ${week.map((day) => {
              if (day === undefined) return html`<td></td>`;
              const date = isoDateOf(view.year, view.month + 1, day)!;
              const entries = byDate.get(date) ?? [];
              const isNext = next !== undefined && entries.includes(next);
              const classes = ['day', ...entries.map((entry) => `day--${entry.kind}`), isNext ? 'day--next' : '', date === today ? 'day--today' : ''].join(' ');
              return html`<td class=${classes} aria-current=${ifDefined(date === today ? 'date' : undefined)} data-date=${date}>
                <span class="day__number">${day}</span>
                ${
                  entries.length
                    ? html`<span class="day__mark" aria-hidden="true"></span
                        ><span class="visually-hidden"
                          >${entries.map((entry) => scheduleEntryWords(entry, locale)).join(', ')}${isNext ? html`, ${msg('next', { desc: 'Said to screen readers after the events of a day in the month view, when that day has the next injection or review.' })}` : nothing}</span
                        >`
                    : nothing
                }
              </td>`;
            })}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** Previous and next month buttons that say which month they go to. */
export function monthNavigation(view: MonthView, locale: string, go: (by: number) => void): TemplateResult {
  const previous = shiftMonth(view, -1);
  const following = shiftMonth(view, 1);
  return html`<div class="month-nav">
    <button type="button" class="month-nav__button" @click=${() => go(-1)} aria-label=${msg(str`Previous month, ${formatMonth(previous.year, previous.month, locale)}`)}>
      <span aria-hidden="true">‹</span> ${msg('Previous', { id: 'button.previous-month', desc: 'Button: show the month before this one.' })}
    </button>
    <button type="button" class="month-nav__button" @click=${() => go(1)} aria-label=${msg(str`Next month, ${formatMonth(following.year, following.month, locale)}`)}>
      ${msg('Next', { id: 'button.next-month', desc: 'Button: show the month after this one.' })} <span aria-hidden="true">›</span>
    </button>
  </div>`;
}
