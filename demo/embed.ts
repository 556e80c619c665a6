// Embed-code builder wiring: reads the form, updates the live preview, writes the snippet
// with the integrity hash of the built file. No clinical logic here.
import { COFACTOR_CHECKER_EXAMPLES } from '../src/elements/cofactor-checker/cofactor-checker.examples.js';
import { shortUnitsAttributeNames } from '../src/elements/cofactor-checker/units-attribute.js';
import { analyteName } from '../src/elements/shared/analyte-names.js';
import { sharedTheme, themeTokens } from '../src/elements/shared/theme.js';
import { TREATMENT_PLAN_EXAMPLES } from '../src/elements/treatment-plan/treatment-plan.examples.js';
import { acceptedUnits, defaultProfile } from '../src/engine/index.js';
import { LANGUAGE_CODES, LANGUAGE_NAMES } from '../src/i18n/languages.js';
import { elementAttributes, embedSnippet, fontFamilyProblem, integrityOf, languageChunks, modeChoices, NO_SCRIPT_MODES, scriptFile, stylesheetFile, type EmbedChoices, type Prerendered, type Widget } from './embed-snippet.js';
import { prerender } from './prerender.js';

const form = document.querySelector<HTMLFormElement>('#builder')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const snippet = document.querySelector<HTMLElement>('#snippet')!;
const integrityNote = document.querySelector<HTMLElement>('#integrity-note')!;

const MODES: Record<Widget, [value: string, label: string][]> = {
  'b12-cofactor-checker': modeChoices('b12-cofactor-checker', COFACTOR_CHECKER_EXAMPLES),
  'b12-treatment-plan': modeChoices('b12-treatment-plan', TREATMENT_PLAN_EXAMPLES),
};
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

function choices(): EmbedChoices {
  const data = new FormData(form);
  const widget = data.get('widget') as Widget;
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
  };
}

function fillModes(widget: Widget): void {
  const mode = form.querySelector<HTMLSelectElement>('#mode')!;
  mode.replaceChildren(...MODES[widget].map(([value, label]) => new Option(label, value)));
  unitsFieldset.toggleAttribute('hidden', widget !== 'b12-cofactor-checker');
}

/** A built file as the builder reads it: its integrity hash, and the language files it names. */
interface BuiltFile {
  integrity: string;
  languageChunks: Record<string, string>;
}
const builtFiles = new Map<string, Promise<BuiltFile | undefined>>();
function builtFile(file: string): Promise<BuiltFile | undefined> {
  if (!builtFiles.has(file)) {
    builtFiles.set(
      file,
      fetch(`/dist/cdn/${file}`).then(
        async (response) => {
          if (!response.ok) return undefined;
          const bytes = await response.arrayBuffer();
          return { integrity: await integrityOf(bytes), languageChunks: languageChunks(new TextDecoder().decode(bytes)) };
        },
        () => undefined,
      ),
    );
  }
  return builtFiles.get(file)!;
}

/** The pre-rendered first state for these choices, and the table that stands in for a form without JavaScript. */
async function prerendered(chosen: EmbedChoices): Promise<Prerendered> {
  const attributes = elementAttributes(chosen);
  const noScriptMode = NO_SCRIPT_MODES[chosen.widget][chosen.mode];
  const noScriptAttributes = [['mode', noScriptMode] as const, ...attributes.filter(([name]) => name !== 'mode')];
  const [content, noScript] = await Promise.all([prerender(chosen.widget, attributes), noScriptMode ? prerender(chosen.widget, noScriptAttributes) : undefined]);
  return { content, noScript };
}

let shownWidget: Widget | undefined;
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
  for (const picker of form.querySelectorAll<HTMLInputElement>('input[type="color"]')) (element as HTMLElement).style.setProperty(picker.name, chosen.theme[picker.name] ?? DEFAULT_THEME[picker.name]);
  const font = chosen.theme['--b12-font-family'];
  const fontProblem = font === undefined ? undefined : fontFamilyProblem(font);
  showFontProblem(fontProblem);
  (element as HTMLElement).style.setProperty('--b12-font-family', font !== undefined && !fontProblem ? font : 'inherit');
  (element as HTMLElement).style.colorScheme = chosen.darkMode ? 'light dark' : '';

  const file = scriptFile(chosen);
  const [script, stylesheet, content] = await Promise.all([builtFile(file), builtFile(stylesheetFile(chosen.widget)), prerendered(chosen)]);
  if (thisUpdate !== latestUpdate) return;
  const files = { scriptIntegrity: script?.integrity, stylesheetIntegrity: stylesheet?.integrity, languageChunk: script?.languageChunks[chosen.lang] };
  snippet.textContent = embedSnippet(chosen, files, content);
  snippet.dataset.state = 'ready';
  integrityNote.textContent = script
    ? `The integrity hashes are for this build of ${file} and ${stylesheetFile(chosen.widget)}. Make a new snippet when you update the files.`
    : `No integrity hash: dist/cdn/${file} was not found. Run "npm run build" and reload this page.`;
}

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

fillModes(choices().widget);
void update();
