import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { DIARY_LIMITS, DIARY_YEARS_BACK, type SymptomLevel } from '../../engine/index.js';
import { dateEntry, type DateEntry, type DateParts } from '../shared/date-entry.js';
import { errorMessage } from '../shared/error-message.js';
import { LEVELS, levelWords, type NamedSymptom } from './symptom-words.js';

/*
 * The two things a person records: an injection, and a check-in of how they feel. Each
 * is its own form, quick on a phone: dates start at today, a symptom is one tap.
 */

export interface InjectionDraft {
  date: DateParts;
  what: string;
}

export interface CheckInDraft {
  date: DateParts;
  levels: Readonly<Record<string, SymptomLevel>>;
  note: string;
  ownSymptomName: string;
}

/** What stops a check-in being saved, shown beside the field it is about. */
export type CheckInProblem = 'no-levels';
export type OwnSymptomProblem = 'empty' | 'already-listed' | 'too-many';

export function injectionForm(draft: InjectionDraft, date: DateEntry, locale: string, onSubmit: (event: Event) => void): TemplateResult {
  return html`<form class="entry-form" part="injection-form" novalidate @submit=${onSubmit} data-form="injection">
    ${dateEntry(draft.date, date, { id: 'injection-date', legend: msg('Date of the injection'), hint: msg('For example, 27 3 2026'), yearsBack: DIARY_YEARS_BACK, locale })}
    <div class="field">
      <label for="injection-what">${msg('What and how much (optional)')}</label>
      <p class="hint" id="injection-what-hint">${msg('For example, hydroxocobalamin 1 mg')}</p>
      <input
        id="injection-what"
        class="input input--wide"
        part="input"
        type="text"
        maxlength=${DIARY_LIMITS.whatLength}
        autocomplete="off"
        aria-describedby="injection-what-hint"
        data-draft="what"
        .value=${live(draft.what)}
      />
    </div>
    <button type="submit" class="button">${msg('Add injection')}</button>
  </form>`;
}

function symptomQuestion(symptom: NamedSymptom, chosen: SymptomLevel | undefined): TemplateResult {
  const name = `level-${symptom.id}`;
  return html`<fieldset class="symptom" part="symptom" data-symptom=${symptom.id}>
    <legend class="symptom__name">${symptom.name}</legend>
    <div class="levels">
      ${LEVELS.map(
        (level) =>
          html`<span class="level">
            <input id="${name}-${level}" type="radio" name=${name} value=${level} data-symptom=${symptom.id} .checked=${live(chosen === level)} />
            <label for="${name}-${level}">${levelWords(level)}</label>
          </span>`,
      )}
    </div>
  </fieldset>`;
}

export function checkInForm(
  draft: CheckInDraft,
  date: DateEntry,
  symptoms: readonly NamedSymptom[],
  problems: { checkIn?: CheckInProblem; ownSymptom?: OwnSymptomProblem },
  handlers: { onSubmit: (event: Event) => void; onAddSymptom: () => void },
  locale: string,
): TemplateResult {
  const levelsError = problems.checkIn === 'no-levels';
  return html`<form class="entry-form" part="check-in-form" novalidate @submit=${handlers.onSubmit} data-form="check-in">
    ${dateEntry(draft.date, date, { id: 'check-in-date', legend: msg('Date of this check-in'), hint: msg('For example, 27 3 2026'), yearsBack: DIARY_YEARS_BACK, locale })}
    <div class="symptoms ${levelsError ? 'question--error' : ''}" role="group" aria-labelledby="symptoms-label" aria-describedby=${levelsError ? 'symptoms-error' : nothing}>
      <p class="symptoms__label" id="symptoms-label">${msg('How are your symptoms today?')}</p>
      ${errorMessage('symptoms-error', levelsError ? msg('Choose how at least one symptom is') : undefined)} ${symptoms.map((symptom) => symptomQuestion(symptom, draft.levels[symptom.id]))}
    </div>
    <p class="hint">${msg('This list is not complete; add your own.')}</p>
    ${ownSymptomField(draft.ownSymptomName, problems.ownSymptom, handlers.onAddSymptom)}
    <div class="field">
      <label for="check-in-note">${msg('Note (optional)')}</label>
      <p class="hint" id="check-in-note-hint">${msg('For example, what you did that day or anything new')}</p>
      <textarea
        id="check-in-note"
        class="input input--wide"
        part="input"
        rows="2"
        maxlength=${DIARY_LIMITS.noteLength}
        aria-describedby="check-in-note-hint"
        data-draft="note"
        .value=${live(draft.note)}
      ></textarea>
    </div>
    <button type="submit" class="button">${msg('Save check-in')}</button>
  </form>`;
}

function ownSymptomField(name: string, problem: OwnSymptomProblem | undefined, onAdd: () => void): TemplateResult {
  const words = problem && ownSymptomProblemWords(problem);
  return html`<div class="field own-symptom ${words ? 'field--error' : ''}">
    <label for="own-symptom">${msg('Add a symptom of your own')}</label>
    ${errorMessage('own-symptom-error', words)}
    <div class="field-row">
      <input
        id="own-symptom"
        class="input"
        part="input"
        type="text"
        maxlength=${DIARY_LIMITS.symptomNameLength}
        autocomplete="off"
        aria-invalid=${words ? 'true' : 'false'}
        aria-describedby=${words ? 'own-symptom-error' : nothing}
        data-draft="ownSymptomName"
        .value=${live(name)}
        @keydown=${(event: KeyboardEvent) => {
          // Enter here adds the symptom; it must not save the check-in half done.
          if (event.key !== 'Enter') return;
          event.preventDefault();
          onAdd();
        }}
      />
      <button type="button" class="button button--secondary" @click=${onAdd}>${msg('Add symptom')}</button>
    </div>
  </div>`;
}

function ownSymptomProblemWords(problem: OwnSymptomProblem): string {
  switch (problem) {
    case 'empty':
      return msg('Enter the name of the symptom');
    case 'already-listed':
      return msg('This symptom is already in the list');
    case 'too-many':
      return msg('You cannot add more symptoms');
  }
}
