// Embed-code builder wiring: reads the form, updates the live preview, writes the snippet
// with the integrity hash of the built file. No clinical logic here.
import { WIDGET_EXAMPLES } from '../src/elements/examples.js';
import { shortUnitsAttributeNames } from '../src/elements/cofactor-checker/units-attribute.js';
import { analyteName } from '../src/elements/shared/analyte-names.js';
import { sharedTheme, themeTokens } from '../src/elements/shared/theme.js';
import { elementAttributes, fontFamilyProblem, modeChoices, stylesheetFile, type EmbedChoices } from '../src/embed/embed-snippet.js';
import { frameSnippet, type FrameFeature } from '../src/embed/frame-snippet.js';
import { defaultChoices, snippetFor } from '../src/embed/snippet-for.js';
import { acceptedUnits, defaultProfile } from '../src/engine/index.js';
import { LANGUAGE_CODES, LANGUAGE_NAMES } from '../src/i18n/languages.js';
import { COMBINED_FILE, WIDGETS, widgetOf, type WidgetTag } from '../src/widgets.js';
import { setHostedFolder, startProfileMaker, type LaboratoryChoice } from './profile-maker.js';

const form = document.querySelector<HTMLFormElement>('#builder')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const snippet = document.querySelector<HTMLElement>('#snippet')!;
const integrityNote = document.querySelector<HTMLElement>('#integrity-note')!;

// One choice per widget, with the views each offers (the examples marked as builder choices).
const widgetChoices = form.querySelector('#widgets')!;
for (const [index, widget] of WIDGETS.entries()) {
  const label = document.createElement('label');
  const radio = Object.assign(document.createElement('input'), { type: 'radio', name: 'widget', value: widget.tag, checked: index === 0 });
  label.append(radio, ` ${widget.wordpress.title.replace(/^B12 /, '').replace(/^./, (first) => first.toUpperCase())}`);
  widgetChoices.append(label);
}
const combinedLabel = form.querySelector('#combined-label')!;
combinedLabel.textContent = ` Load ${WIDGETS.filter((widget) => widget.inCombinedFile)
  .map((widget) => widget.wordpress.title.replace(/^B12 /, 'the '))
  .join(' and ')} from one file, ${COMBINED_FILE}.js (if the page shows more than one)`;
const MODES = (widget: WidgetTag) =>
  modeChoices(
    widget,
    WIDGET_EXAMPLES.filter(({ tagName }) => tagName === widget).map(({ example }) => example),
  );
// The builder's first choices are the snippet build's defaults.
const defaults = defaultChoices(WIDGETS[0].tag, '', '');
form.querySelector<HTMLInputElement>('#base')!.value = defaults.base;
form.querySelector<HTMLInputElement>('#fallback')!.value = defaults.fallback;
// The colours the builder offers, with the widgets' own defaults.
const DEFAULT_THEME: Record<string, string> = Object.fromEntries(themeTokens(sharedTheme).map((token) => [token.property, token.default]));
for (const picker of form.querySelectorAll<HTMLInputElement>('input[type="color"]')) picker.value = DEFAULT_THEME[picker.name];
// One choice per language the widgets speak, after "the page's language".
form.querySelector<HTMLSelectElement>('#lang')!.append(...LANGUAGE_CODES.map((code) => new Option(LANGUAGE_NAMES[code], code)));
// One unit picker per test, from the profile's units: the builder never lists a unit the widget refuses.
const unitsFieldset = document.querySelector('#units')!;
for (const [attribute, analyte] of shortUnitsAttributeNames()) {
  const label = analyteName(analyte);
  const guidance = defaultProfile.analytes[analyte];
  const id = `unit-${attribute}`;
  unitsFieldset.insertAdjacentHTML('beforeend', `<label for="${id}">${label}</label><select id="${id}" name="unit:${attribute}"></select>`);
  const select = unitsFieldset.querySelector<HTMLSelectElement>(`#${id}`)!;
  for (const { unit } of acceptedUnits(guidance)) select.add(new Option(unit, unit === guidance.canonicalUnit ? '' : unit));
}

/** The editor's laboratory's profile, while they use one without problems. */
let laboratory: LaboratoryChoice | undefined;
/** Only the checker shows blood results against ranges: the plan and the diary need no laboratory. */
const readsRanges = (widget: WidgetTag) => Boolean(widgetOf(widget)?.hasUnits);

function choices(): EmbedChoices {
  const data = new FormData(form);
  const widget = data.get('widget') as WidgetTag;
  const units: Record<string, string> = {};
  const theme: Record<string, string> = {};
  for (const [name, value] of data) {
    if (typeof value !== 'string' || !value) continue;
    if (name.startsWith('unit:')) units[name.slice(5)] = value;
    if (name.startsWith('--') && value !== DEFAULT_THEME[name]) theme[name] = value;
  }
  return {
    widget,
    bothElements: data.get('bothElements') === 'on',
    mode: String(data.get('mode') ?? ''),
    lang: String(data.get('lang') ?? ''),
    units,
    headingLevel: String(data.get('headingLevel') ?? '2'),
    theme,
    darkMode: data.get('darkMode') === 'on',
    base: String(data.get('base') ?? ''),
    fallback: String(data.get('fallback') ?? ''),
    ...(laboratory && readsRanges(widget) && { profileSrc: laboratory.src }),
  };
}

/** The fields this widget reads: its views, its units, whether it is in the combined file. */
function fillModes(widget: WidgetTag): void {
  const mode = form.querySelector<HTMLSelectElement>('#mode')!;
  const modes = MODES(widget);
  mode.replaceChildren(...modes.map(([value, label]) => new Option(label, value)));
  form.querySelector('#mode-field')!.toggleAttribute('hidden', modes.length === 0);
  unitsFieldset.toggleAttribute('hidden', !widgetOf(widget)?.hasUnits);
  form.querySelector('#combined')!.toggleAttribute('hidden', !widgetOf(widget)?.inCombinedFile);
}

let shownWidget: WidgetTag | undefined;
// Each change starts an update; only the latest one writes the snippet, however they finish.
let latestUpdate = 0;
async function update(): Promise<void> {
  const thisUpdate = ++latestUpdate;
  snippet.dataset.state = 'updating';
  const chosen = choices();
  if (chosen.widget !== shownWidget) {
    preview.replaceChildren(document.createElement(chosen.widget));
    shownWidget = chosen.widget;
  }
  const element = preview.firstElementChild!;
  // Start from no attributes, so a choice put back to its default leaves none behind.
  for (const name of element.getAttributeNames()) if (name !== 'style') element.removeAttribute(name);
  for (const [name, value] of elementAttributes(chosen)) element.setAttribute(name, value);
  // The profile file is not hosted yet: the preview is given it, as the hosted file will give it.
  (element as HTMLElement & { profile?: unknown }).profile = chosen.profileSrc ? laboratory?.profile : undefined;
  setHostedFolder(chosen.base);
  for (const picker of form.querySelectorAll<HTMLInputElement>('input[type="color"]')) (element as HTMLElement).style.setProperty(picker.name, chosen.theme[picker.name] ?? DEFAULT_THEME[picker.name]);
  const font = chosen.theme['--b12-font-family'];
  const fontProblem = font === undefined ? undefined : fontFamilyProblem(font);
  showFontProblem(fontProblem);
  (element as HTMLElement).style.setProperty('--b12-font-family', font !== undefined && !fontProblem ? font : 'inherit');
  (element as HTMLElement).style.colorScheme = chosen.darkMode ? 'light dark' : '';

  writeFrame(chosen);
  const made = await snippetFor(chosen, '/dist/cdn/', chosen.profileSrc ? laboratory?.profile : undefined);
  if (thisUpdate !== latestUpdate) return;
  snippet.textContent = made.text;
  snippet.dataset.state = 'ready';
  const files = widgetOf(chosen.widget)?.snippetViews.length ? `${made.file} and ${stylesheetFile(chosen.widget)}` : made.file;
  integrityNote.textContent = made.found
    ? `The integrity hashes are for this build of ${files}. Make a new snippet when you update the files.`
    : `No integrity hash: dist/cdn/${made.file} was not found. Run "npm run build" and reload this page.`;
}

const frameForm = document.querySelector<HTMLFormElement>('#frame-form')!;

/** "Embed as a frame": the frame for the same choices, with the sandbox features ticked. */
function writeFrame(chosen: EmbedChoices): void {
  const features = new FormData(frameForm).getAll('frame-feature') as FrameFeature[];
  const { frame, listener } = frameSnippet(chosen, features);
  document.querySelector('#frame-snippet')!.textContent = frame;
  document.querySelector('#frame-listener')!.textContent = listener;
}
frameForm.addEventListener('change', () => writeFrame(choices()));

/** A refused font, said beside its field, GOV.UK style: the field marked invalid and described by the message. */
function showFontProblem(problem: string | undefined): void {
  const field = form.querySelector<HTMLInputElement>('#font')!;
  const message = document.querySelector<HTMLElement>('#font-error')!;
  message.textContent = problem ?? '';
  message.hidden = problem === undefined;
  field.setAttribute('aria-invalid', problem ? 'true' : 'false');
}

form.addEventListener('input', () => void update());
form.addEventListener('change', (event) => {
  if ((event.target as HTMLInputElement).name === 'widget') fillModes(choices().widget);
  void update();
});
document.querySelector('#copy')!.addEventListener('click', async () => {
  const status = document.querySelector('#copied')!;
  try {
    await navigator.clipboard.writeText(snippet.textContent ?? '');
    status.textContent = 'Copied.';
  } catch {
    // Clipboard access can be refused (an insecure origin, or a browser setting): select the code instead.
    getSelection()?.selectAllChildren(snippet);
    status.textContent = 'Select the code and copy it with Ctrl+C (⌘C on a Mac).';
  }
});

startProfileMaker((choice) => {
  laboratory = choice;
  void update();
});
fillModes(choices().widget);
void update();
