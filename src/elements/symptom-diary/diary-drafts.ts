import type { ReactiveControllerHost } from 'lit';
import { diaryDateProblem, newEntryId, type CheckInEntry, type InjectionEntry, type SymptomLevel } from '../../engine/index.js';
import { datePartFromInput, isoToDateParts, readDateEntry, requireDate, type DateEntry, type DateParts } from '../shared/date-entry.js';
import type { CheckInDraft, CheckInProblem, InjectionDraft, OwnSymptomProblem } from './entry-forms.js';

type Form = 'injection' | 'check-in';
const NO_DATE: DateParts = { day: '', month: '', year: '' };

/**
 * What the person is typing into the diary's two forms, before it is an entry: each
 * field as typed (so a re-render, a new language or another tab's entry, keeps it), and
 * whether they have tried to save, since until then a half-typed date is not wrong.
 */
export class DiaryDrafts {
  injection: InjectionDraft = { date: NO_DATE, what: '' };
  checkIn: CheckInDraft = { date: NO_DATE, levels: {}, note: '', ownSymptomName: '' };
  ownSymptomProblem?: OwnSymptomProblem;
  private tried: Record<Form, boolean> = { injection: false, 'check-in': false };

  constructor(private readonly host: ReactiveControllerHost) {}

  /** New entries start at this date; what the person types afterwards is theirs. */
  startAt(iso: string): void {
    this.injection = { ...this.injection, date: isoToDateParts(iso) };
    this.checkIn = { ...this.checkIn, date: isoToDateParts(iso) };
    this.host.requestUpdate();
  }

  /** Follows an input or change event from either form (their fields say which draft they fill). */
  read(event: Event): void {
    const input = event.target as HTMLInputElement;
    const form = input.closest('form')?.dataset.form as Form | undefined;
    const datePart = datePartFromInput(event);
    if (datePart) {
      if (form === 'injection') this.injection = { ...this.injection, date: { ...this.injection.date, [datePart.part]: datePart.value } };
      if (form === 'check-in') this.checkIn = { ...this.checkIn, date: { ...this.checkIn.date, [datePart.part]: datePart.value } };
    } else if (input.dataset.symptom && input.type === 'radio' && input.checked) {
      this.checkIn = { ...this.checkIn, levels: { ...this.checkIn.levels, [input.dataset.symptom]: Number(input.value) as SymptomLevel } };
    } else if (input.dataset.draft === 'what') {
      this.injection = { ...this.injection, what: input.value };
    } else if (input.dataset.draft === 'note' || input.dataset.draft === 'ownSymptomName') {
      this.checkIn = { ...this.checkIn, [input.dataset.draft]: input.value };
    } else return;
    this.host.requestUpdate();
  }

  /** A form's date as the form shows it: an error only once the person has tried to save. */
  dateOf(form: Form, today: string): DateEntry {
    const entry = readDateEntry((form === 'injection' ? this.injection : this.checkIn).date, today, diaryDateProblem);
    return this.tried[form] ? requireDate(entry) : entry.kind === 'error' ? { kind: 'empty' } : entry;
  }

  checkInProblem(): CheckInProblem | undefined {
    return this.tried['check-in'] && Object.keys(this.checkIn.levels).length === 0 ? 'no-levels' : undefined;
  }

  /** The injection to record, clearing what was typed but the date; undefined (and the errors shown) when it is not complete. */
  takeInjection(today: string): InjectionEntry | undefined {
    const date = this.tryToSave('injection', today);
    if (!date) return undefined;
    const what = this.injection.what.trim();
    this.injection = { ...this.injection, what: '' };
    this.saved('injection');
    return { id: newEntryId(), date, ...(what && { what }) };
  }

  /** The check-in to record, as takeInjection; a check-in needs at least one symptom rated. */
  takeCheckIn(today: string): CheckInEntry | undefined {
    const date = this.tryToSave('check-in', today);
    if (!date || Object.keys(this.checkIn.levels).length === 0) return undefined;
    const note = this.checkIn.note.trim();
    const entry = { id: newEntryId(), date, levels: { ...this.checkIn.levels }, ...(note && { note }) };
    this.checkIn = { ...this.checkIn, levels: {}, note: '' };
    this.saved('check-in');
    return entry;
  }

  /** The person's own symptom name to add, or the problem with it (shown beside its field). */
  takeOwnSymptomName(problemWith: (name: string) => OwnSymptomProblem | undefined): string | undefined {
    const name = this.checkIn.ownSymptomName.trim();
    this.ownSymptomProblem = problemWith(name);
    if (!this.ownSymptomProblem) this.checkIn = { ...this.checkIn, ownSymptomName: '' };
    this.host.requestUpdate();
    return this.ownSymptomProblem ? undefined : name;
  }

  private tryToSave(form: Form, today: string): string | undefined {
    this.tried = { ...this.tried, [form]: true };
    this.host.requestUpdate();
    const date = this.dateOf(form, today);
    return date.kind === 'date' ? date.iso : undefined;
  }

  private saved(form: Form): void {
    this.tried = { ...this.tried, [form]: false };
    this.host.requestUpdate();
  }
}
