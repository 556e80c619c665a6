// The builder's profile maker: a form for a laboratory's own ranges, two live previews,
// problems beside their fields (GOV.UK style, with a summary on download), and a file to
// download and host. What the form means and whether it is valid is the engine's
// (src/embed/laboratory-form.ts); this file only places it. Nothing is sent anywhere.
import { analyteName } from '../src/elements/shared/analyte-names.js';
import { escapeHtml } from '../src/embed/embed-snippet.js';
import { fieldOfIssue, laboratoryFileText, readLaboratoryForm, testField, type LaboratoryReading } from '../src/embed/laboratory-form.js';
import { acceptedUnits, ANALYTES, defaultProfile, isB12Test, type Analyte, type Profile, type ProfileIssue } from '../src/engine/index.js';

/** What the rest of the builder needs: the profile to preview with, and where it will be hosted. */
export interface LaboratoryChoice {
  profile: Profile;
  src: string;
}

const toggle = document.querySelector<HTMLInputElement>('#use-laboratory')!;
const form = document.querySelector<HTMLFormElement>('#laboratory-form')!;
const tests = form.querySelector<HTMLElement>('#maker-tests')!;
const summary = form.querySelector<HTMLElement>('#maker-summary')!;
const status = form.querySelector<HTMLElement>('#maker-status')!;
const srcField = form.querySelector<HTMLInputElement>('#maker-src')!;
const previews = document.querySelector<HTMLElement>('#maker-previews')!;
const previewNote = document.querySelector<HTMLElement>('#maker-previews-note')!;
const makerWidgets = [...previews.querySelectorAll<HTMLElement & { profile?: unknown }>('b12-cofactor-checker')];

const idOf = (name: string) => `maker-${name.replace(/[^a-zA-Z0-9]+/g, '-')}`;

/** One labelled field with a place for its problem, GOV.UK style: label, message, input. */
function fieldMarkup(name: string, label: string, input = `<input type="text" inputmode="decimal" class="maker__number" id="${idOf(name)}" name="${name}" />`): string {
  return `<div class="maker__field" data-field="${name}">
    <label for="${idOf(name)}">${escapeHtml(label)}</label>
    <p class="demo-error" id="${idOf(name)}-error" hidden></p>
    ${input}
  </div>`;
}

/** A test's fieldset: left to the built-in figures until the editor ticks it. */
function testMarkup(analyte: Analyte): string {
  const field = (name: string) => testField(analyte, name);
  const units = acceptedUnits(defaultProfile.analytes[analyte])
    .map(({ unit }) => `<option>${escapeHtml(unit)}</option>`)
    .join('');
  const range = (prefix: string, who: string) =>
    `${fieldMarkup(field(`${prefix}.low`), `${who}: lower end of the range (optional)`)}${fieldMarkup(field(`${prefix}.high`), `${who}: upper end of the range`)}`;
  return `<fieldset data-field="laboratory.tests.${analyte}">
    <legend>${escapeHtml(analyteName(analyte))}</legend>
    <p class="demo-error" id="${idOf(`laboratory.tests.${analyte}`)}-error" hidden></p>
    <label><input type="checkbox" name="${field('use')}" /> Use our laboratory’s figures for this test</label>
    <div class="maker__figures" hidden>
      ${fieldMarkup(field('unit'), 'Unit the laboratory reports', `<select id="${idOf(field('unit'))}" name="${field('unit')}">${units}</select>`)}
      ${fieldMarkup(field('deficientBelow'), 'Deficient below (optional)')}
      ${isB12Test(analyte) ? fieldMarkup(field('normalFrom'), 'Deficiency unlikely from (optional): between the two is “possible deficiency”') : ''}
      <fieldset>
        <legend>Its reference range</legend>
        <label><input type="radio" name="${field('rangeKind')}" value="one" checked /> One range for everyone</label>
        <label><input type="radio" name="${field('rangeKind')}" value="by-sex" /> One range for women and one for men</label>
        <div class="maker__range" data-kind="one">${range('range', 'Everyone')}</div>
        <div class="maker__range" data-kind="by-sex" hidden>${range('rangesBySex.women', 'Women')}${range('rangesBySex.men', 'Men')}</div>
      </fieldset>
      ${fieldMarkup(field('url'), 'Web address of the laboratory’s page for this test (optional)', `<input type="url" id="${idOf(field('url'))}" name="${field('url')}" placeholder="https://" />`)}
      ${fieldMarkup(field('note'), 'What the laboratory says about this test, in its words (optional)', `<textarea id="${idOf(field('note'))}" name="${field('note')}" rows="2" maxlength="300"></textarea>`)}
    </div>
  </fieldset>`;
}

tests.innerHTML = ANALYTES.map(testMarkup).join('');

let reading: LaboratoryReading | undefined;
let onChange: (choice: LaboratoryChoice | undefined) => void = () => {};
let base = '/b12-widgets/';
/** Whether the editor has written their own address for the file; until then it follows the builder's folder. */
let srcEdited = false;

/** The form's fields as the engine reads them: every value, with ticked checkboxes present. */
function fields(): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') values[name] = value;
  return values;
}

function hasField(name: string): boolean {
  return form.querySelector(`[data-field="${CSS.escape(name)}"]`) !== null;
}

/** Shows each problem beside its field, or clears them all. */
function showIssues(issues: readonly ProfileIssue[]): void {
  for (const message of form.querySelectorAll<HTMLElement>('.demo-error')) {
    message.hidden = true;
    message.textContent = '';
  }
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  for (const issue of issues) {
    // Every field and group the engine can name sits in an element with its data-field.
    const name = fieldOfIssue(issue.path, hasField);
    if (!name) continue;
    const message = form.querySelector<HTMLElement>(`#${idOf(name)}-error`);
    if (message) {
      message.textContent = message.hidden ? `Error: ${issue.message}` : `${message.textContent}; ${issue.message}`;
      message.hidden = false;
    }
    const input = form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', `${idOf(name)}-error`);
    }
  }
}

/** The error summary, shown when the editor asks for the file while the form has problems. */
function showSummary(issues: readonly ProfileIssue[]): void {
  const list = summary.querySelector('ul')!;
  list.replaceChildren(
    ...issues.map((issue) => {
      const item = document.createElement('li');
      const name = fieldOfIssue(issue.path, hasField);
      const label = name ? form.querySelector(`label[for="${idOf(name)}"]`)?.textContent?.trim() : undefined;
      const target = name ? form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`) : null;
      const link = Object.assign(document.createElement('a'), { href: `#${target?.id ?? 'laboratory-form'}`, textContent: `${label ?? issue.path}: ${issue.message}` });
      item.append(link);
      return item;
    }),
  );
  summary.hidden = issues.length === 0;
  if (issues.length) summary.focus();
}

/** Reads the form, shows what is wrong beside each field, and previews what is right. */
function update(): void {
  for (const test of tests.querySelectorAll<HTMLFieldSetElement>(':scope > fieldset')) {
    const used = test.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked;
    test.querySelector<HTMLElement>('.maker__figures')!.hidden = !used;
    const kind = test.querySelector<HTMLInputElement>('input[type="radio"]:checked')!.value;
    for (const range of test.querySelectorAll<HTMLElement>('.maker__range')) range.hidden = range.dataset.kind !== kind;
  }
  reading = readLaboratoryForm(fields());
  if (!srcEdited) srcField.value = `${base}profiles/${reading.json.id}.json`;
  showIssues(reading.issues);
  if (reading.issues.length === 0) summary.hidden = true;
  const use = toggle.checked && reading.profile !== undefined;
  previewNote.textContent = reading.profile
    ? 'Try a result: the checker and the guide below use your laboratory’s figures.'
    : 'The previews show the last figures without problems. Fix the problems above to see your changes.';
  if (reading.profile) for (const widget of makerWidgets) widget.profile = reading.profile;
  onChange(use ? { profile: reading.profile!, src: srcField.value.trim() } : undefined);
}

function download(): void {
  if (!reading) return;
  if (reading.issues.length > 0) {
    showSummary(reading.issues);
    status.textContent = '';
    return;
  }
  const file = new Blob([laboratoryFileText(reading.json)], { type: 'application/json' });
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(file), download: `${reading.json.id}.json` });
  link.click();
  URL.revokeObjectURL(link.href);
  status.textContent = `Saved ${reading.json.id}.json. Host it at the address above.`;
}

/**
 * Starts the maker. `changed` hears the profile to preview and its address whenever the
 * editor uses a valid one, and undefined when they stop or it has problems.
 */
export function startProfileMaker(changed: (choice: LaboratoryChoice | undefined) => void): void {
  onChange = changed;
  toggle.addEventListener('change', () => {
    form.hidden = !toggle.checked;
    previews.hidden = !toggle.checked;
    update();
  });
  form.addEventListener('input', (event) => {
    if ((event.target as HTMLElement) === srcField) srcEdited = srcField.value.trim() !== '';
    update();
  });
  form.addEventListener('change', update);
  form.querySelector('#maker-download')!.addEventListener('click', download);
  update();
}

/** The folder the builder's snippet loads from: the file's address follows it until the editor writes their own. */
export function setHostedFolder(folder: string): void {
  if (folder === base) return;
  base = folder;
  if (!srcEdited) update();
}
