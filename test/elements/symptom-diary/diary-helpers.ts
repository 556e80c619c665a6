import { html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { toDiaryJson, type Diary } from '../../../src/engine/index.js';
import type { B12SymptomDiary } from '../../../src/symptom-diary.js';
import { $, $$, render, settled, text, typeDateFields } from '../helpers.js';

export const DATABASE = 'b12-symptom-diary';

export { threeCycleDiary } from '../../../src/elements/symptom-diary/symptom-diary.examples.js';

/** The day the diary tests count as today: every example entry is before it. */
export const TODAY = '2026-11-26';

/** A diary on the page, once it has said where it is kept. */
export async function openDiary(today = TODAY): Promise<B12SymptomDiary> {
  const el = await render<B12SymptomDiary>(html`<b12-symptom-diary .today=${today}></b12-symptom-diary>`);
  await keepingKnown(el);
  return el;
}

/**
 * What the keeping panel says now: its current state's words. The states a page opens in
 * share one place (keeping-panel.ts), so the others are there too, unseen.
 */
export const keepingWords = (el: B12SymptomDiary) => text($(el, '.keeping__state--current') ?? $(el, '.keeping'));

/** The diary's button with these words, as a person can see and press it; a test that names a missing one fails there. */
export function button(el: B12SymptomDiary, words: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((candidate) => text(candidate) === words && getComputedStyle(candidate).visibility !== 'hidden');
  if (!found) throw new Error(`no button "${words}"`);
  return found;
}

/**
 * Gives the diaries `rounds` turns of 30 ms to finish their storage work (IndexedDB and
 * the other tabs' messages take several tasks), stopping early once `done()` holds.
 */
export async function settleRounds(diaries: Element | Element[], rounds: number, done = () => false): Promise<void> {
  for (let i = 0; i < rounds && !done(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 30));
    for (const diary of [diaries].flat()) await settled(diary);
  }
}

/** Presses a button and waits: opening or deleting the database takes a few tasks. */
export async function press(el: B12SymptomDiary, words: string): Promise<void> {
  button(el, words).click();
  await settleRounds(el, 5);
}

/**
 * Presses "Keep my diary on this device" and waits until the diary says where it is kept
 * now (kept, or refused): joining the device's copy takes several tasks, more on a busy
 * machine, and a test that goes on before then races the diary's first write.
 */
export async function keepOnThisDevice(el: B12SymptomDiary): Promise<void> {
  await press(el, 'Keep my diary on this device');
  await waitUntil(() => ['kept', 'refused'].includes($(el, '.keeping')?.dataset.state ?? ''), 'the diary never said whether it is kept', { timeout: 10_000 });
  await settled(el);
}

/** Runs `use` with the device's storage full: every IndexedDB write is refused as over quota. */
export async function withFullDisk(use: () => Promise<void>): Promise<void> {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function () {
    throw new DOMException('Quota exceeded', 'QuotaExceededError');
  };
  try {
    await use();
  } finally {
    IDBObjectStore.prototype.put = put;
  }
}

/** Opens a file in the diary's "Open a diary file" field, as choosing it in the file picker does. */
export async function openFile(el: B12SymptomDiary, contents: BlobPart, name = 'diary.json'): Promise<void> {
  const input = $<HTMLInputElement>(el, '#import-file')!;
  const files = new DataTransfer();
  files.items.add(new File([contents], name, { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  // The file checker loads lazily, and the file is read asynchronously.
  for (let i = 0; i < 50 && !$(el, '.confirmation, #import-file-error'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  await settled(el);
}

export const importDiary = (el: B12SymptomDiary, diary: Diary) => openFile(el, toDiaryJson(diary));

/** The diary table's rows as text, one string a row, its filled cells joined by " | ". */
export const tableRows = (el: Element) =>
  $$(el, '.diary-table tbody tr').map((row) =>
    [...row.children]
      .map((cell) => text(cell))
      .filter(Boolean)
      .join(' | '),
  );

/** Deletes the kept diary the way another page of the site could not: straight from the test. */
export async function removeDatabase(): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DATABASE);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => resolve();
  });
}

export async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((database) => database.name ?? '');
}

/** Types a date into one of the diary's date fields (`injection-date` or `check-in-date`), replacing what is there. */
export const typeDate = (el: B12SymptomDiary, id: string, iso: string) => typeDateFields(el, id, iso);

/** Presses Tab until `selector` has focus in the diary, and says how many presses it took. */
export async function tabTo(el: B12SymptomDiary, selector: string, limit = 60): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await sendKeys({ press: 'Tab' });
    if (el.shadowRoot!.activeElement?.matches(selector)) return presses;
  }
  throw new Error(`${selector} never had focus after ${limit} presses of Tab`);
}

/** Waits until the diary has decided where it is kept. */
export async function keepingKnown(el: B12SymptomDiary): Promise<void> {
  // The widget shows itself once its words have loaded, and looks for a kept diary meanwhile.
  const known = () => ['memory', 'kept', 'refused'].includes($(el, '.keeping')?.dataset.state ?? '');
  for (let i = 0; i < 250 && !known(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  if (!known()) throw new Error('the diary never said where it is kept');
  await settled(el);
}
