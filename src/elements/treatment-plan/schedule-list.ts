import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ScheduleEntry } from '../../engine/index.js';
import { formatDate } from '../../i18n/dates.js';
import { scheduleEntryWords } from './phase-words.js';

/** The first injection or review on or after today: the one to highlight. */
export function nextEntry(schedule: readonly ScheduleEntry[], today: string): ScheduleEntry | undefined {
  return schedule.find((entry) => entry.date >= today);
}

/** Every dated injection and review as a list; the next one is marked in words, not only colour. */
export function scheduleList(schedule: readonly ScheduleEntry[], next: ScheduleEntry | undefined, locale: string): TemplateResult {
  return html`<ol class="schedule" part="schedule">
    ${schedule.map((entry) => {
      const isNext = entry === next;
      return html`<li class="schedule__entry ${isNext ? 'schedule__entry--next' : ''} schedule__entry--${entry.kind}" data-date=${entry.date} data-phase=${ifDefined(entry.phaseId)}>
        <time datetime=${entry.date}>${formatDate(entry.date, locale, 'full')}</time>
        <span>${scheduleEntryWords(entry, locale)}</span>
        ${isNext ? html`<strong class="badge" part="next-badge">${entry.kind === 'review' ? msg('Next', { id: 'badge.next-review', desc: 'Badge beside the next date in a list of injections and reviews, when that date is a review (a GP appointment): the next one to happen. Not a button.' }) : msg('Next injection')}</strong>` : nothing}
      </li>`;
    })}
  </ol>`;
}
