import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { DIARY_LIMITS, DIARY_YEARS_BACK, diaryToAdd, toDiaryCsv, toDiaryJson, type Diary, type DiaryFileProblem, type SymptomLevel } from '../../engine/index.js';
import { formatNumber } from '../../i18n/format.js';
import { errorMessage } from '../shared/error-message.js';
import { unavailableNote } from '../shared/unavailable.js';
import { levelWords, type NamedSymptom } from './symptom-words.js';

/*
 * The diary as a file: saved to keep a copy, to move it to another device or to open it
 * in a spreadsheet; opened to add its entries. What went wrong with a file is said beside
 * the field, and nothing of a file that fails is added.
 */

/** How opening a file went. */
export type FileOutcome = { kind: 'added' } | { kind: 'problem'; problem: DiaryFileProblem | 'too-many-own-symptoms' | 'unreadable' };

/** The diary as a file's text: the diary file (JSON), or a table for a spreadsheet in the widget's language (call inside its `speak`). */
export function diaryFileText(diary: Diary, kind: 'json' | 'csv', symptoms: readonly NamedSymptom[]): string {
  if (kind === 'json') return toDiaryJson(diary);
  return toDiaryCsv(diary, {
    date: msg('Date'),
    injection: msg('Injection'),
    note: msg('Note'),
    score: msg('Overall score'),
    symptoms,
    level: (level) => levelWords(level as SymptomLevel),
  });
}

/**
 * What a chosen file adds to the diary: only its own part, its own symptoms joined to the
 * listed ones of the same name. The file checker (zod) loads only now, and a file many
 * times a diary's size is refused unread.
 */
export async function readFileToAdd(
  file: File,
  diary: Diary,
  today: string,
  listed: readonly NamedSymptom[],
  locale: string,
): Promise<{ diary: Diary } | { problem: Extract<FileOutcome, { kind: 'problem' }>['problem'] }> {
  if (file.size > DIARY_LIMITS.fileCharacters * 4) return { problem: 'too-large' };
  try {
    const [{ readDiaryFile }, text] = await Promise.all([import('../../engine/diary-file.js'), file.text()]);
    const reading = readDiaryFile(text, today);
    if ('problem' in reading) return reading;
    return diaryToAdd(diary, reading.diary, listed, locale);
  } catch {
    return { problem: 'unreadable' };
  }
}

function fileProblemWords(problem: DiaryFileProblem | 'too-many-own-symptoms', locale: string): string {
  switch (problem) {
    case 'too-large':
      return msg('The file is too large to be a diary file. Nothing was added.');
    case 'not-json':
    case 'not-a-diary':
      return msg('The file is not a diary file saved from this diary. Nothing was added.');
    case 'newer-version':
      return msg('The file was saved by a newer version of this diary, so it cannot be opened here. Nothing was added.');
    case 'invalid':
      return msg('The file is damaged or was changed after it was saved. Nothing was added.');
    case 'date-out-of-range': {
      const years = formatNumber(DIARY_YEARS_BACK, locale);
      return msg(str`The file has an entry dated after today or more than ${years} years ago. This diary cannot hold it. Nothing was added.`);
    }
    case 'too-many-symptoms': {
      const most = formatNumber(DIARY_LIMITS.symptomIds, locale);
      return msg(str`The file rates more than ${most} different symptoms. A diary cannot ask about so many. Nothing was added.`);
    }
    case 'too-many-own-symptoms': {
      const most = formatNumber(DIARY_LIMITS.ownSymptoms, locale);
      return msg(str`With this file you would have more than ${most} symptoms of your own. Nothing was added.`);
    }
  }
}

export function filePanel(
  outcome: FileOutcome | undefined,
  hasEntries: boolean,
  /** Whether the page around the widget allows saving files (its `unavailable` attribute). */
  canSave: boolean,
  locale: string,
  handlers: { onExportJson: () => void; onExportCsv: () => void; onImport: (event: Event) => void },
): TemplateResult {
  const problem = outcome?.kind === 'problem' ? (outcome.problem === 'unreadable' ? msg('The file could not be read. Nothing was added.') : fileProblemWords(outcome.problem, locale)) : undefined;
  return html`<p>${msg('Save your diary as a file to keep a copy, to move it to another device, or to open it in a spreadsheet.')}</p>
    ${
      canSave
        ? html`<div class="field-row">
            <button type="button" class="button button--secondary" ?disabled=${!hasEntries} @click=${handlers.onExportJson}>${msg('Save as a diary file (.json)')}</button>
            <button type="button" class="button button--secondary" ?disabled=${!hasEntries} @click=${handlers.onExportCsv}>${msg('Save for a spreadsheet (.csv)')}</button>
          </div>`
        : unavailableNote('downloads')
    }
    <div class="field ${problem ? 'field--error' : ''}">
      <label for="import-file">${msg('Open a diary file')}</label>
      <p class="hint" id="import-file-hint">${msg('Its entries are added to this diary.')}</p>
      ${errorMessage('import-file-error', problem)}
      <input
        id="import-file"
        class="input input--file"
        part="input"
        type="file"
        accept=".json,application/json"
        aria-describedby="import-file-hint${problem ? ' import-file-error' : ''}"
        @change=${handlers.onImport}
      />
      ${outcome?.kind === 'added' ? html`<p class="confirmation">${msg('The entries from the file have been added.')}</p>` : nothing}
    </div>`;
}
