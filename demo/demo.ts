// Demo page wiring: the theme and language switchers and the event logs. No clinical logic here.
import { WIDGET_EXAMPLES } from '../src/elements/examples.js';
import { exampleMarkup } from '../src/elements/shared/widget-example.js';
import { threeCycleDiary } from '../src/elements/symptom-diary/symptom-diary.examples.js';
import { toDiaryJson, type Assessment, type TreatmentPlan } from '../src/engine/index.js';
import { LANGUAGE_CODES, LANGUAGE_DIRECTIONS, LANGUAGE_NAMES } from '../src/i18n/languages.js';
import { ANY_WIDGET, WIDGETS } from '../src/widgets.js';

// Every widget, from its sources: the demo shows edits without a build.
for (const { name } of WIDGETS) void import(`../src/${name}.ts`);

// The gallery: every example meant for it, each with the markup an editor would paste.
const gallery = document.querySelector('#gallery')!;
for (const { tagName, example } of WIDGET_EXAMPLES.filter(({ example }) => example.inGallery)) {
  const section = document.createElement('section');
  const heading = document.createElement('h2');
  heading.textContent = example.title;
  heading.id = `${tagName}-${example.id}`;
  const code = document.createElement('p');
  code.className = 'demo-code';
  code.append(Object.assign(document.createElement('code'), { textContent: exampleMarkup(tagName, example) }));
  const widget = document.createElement(tagName);
  for (const [name, value] of Object.entries(example.attributes)) widget.setAttribute(name, value);
  widget.append(Object.assign(document.createElement('p'), { textContent: example.fallback }));
  section.setAttribute('aria-labelledby', heading.id);
  section.append(heading, code, widget);
  gallery.append(section);
}

const themePicker = document.querySelector<HTMLSelectElement>('#theme')!;
themePicker.addEventListener('change', () => {
  document.documentElement.dataset.theme = themePicker.value;
});

// Each widget follows its own lang attribute, so the page's own text stays English.
// ?lang=ur in the address opens the demo in that language.
const languagePicker = document.querySelector<HTMLSelectElement>('#language')!;
languagePicker.append(...LANGUAGE_CODES.map((code) => new Option(LANGUAGE_DIRECTIONS[code] === 'rtl' ? `${LANGUAGE_NAMES[code]}, right to left` : LANGUAGE_NAMES[code], code)));
const showLanguage = (language: string) => {
  for (const widget of document.querySelectorAll(ANY_WIDGET)) widget.setAttribute('lang', language);
};
const requested = new URLSearchParams(location.search).get('lang');
if (requested && [...languagePicker.options].some((option) => option.value === requested)) languagePicker.value = requested;
showLanguage(languagePicker.value);
languagePicker.addEventListener('change', () => {
  showLanguage(languagePicker.value);
  const url = new URL(location.href);
  url.searchParams.set('lang', languagePicker.value);
  history.replaceState(null, '', url);
});

const eventLog = document.querySelector('#event-log')!;
document.addEventListener('b12-assess', (event) => {
  const { items, warnings } = (event as CustomEvent<Assessment>).detail;
  const entered = items.filter((item) => item.status !== 'not-entered').map((item) => `${item.analyte} ${item.status}`);
  eventLog.textContent = `${entered.join(', ') || 'nothing entered'}; warnings: ${warnings.map((w) => w.id).join(', ') || 'none'}`;
});

const planLog = document.querySelector('#plan-event-log')!;
document.addEventListener('b12-plan-change', (event) => {
  const { phases, schedule, warnings } = (event as CustomEvent<TreatmentPlan>).detail;
  planLog.textContent = `${phases.map((p) => p.id).join(' → ')}; ${schedule.length} dated entries; warnings: ${warnings.map((w) => w.id).join(', ') || 'none'}`;
});

const diaryLog = document.querySelector('#diary-event-log')!;
document.addEventListener('b12-diary-change', (event) => {
  diaryLog.textContent = JSON.stringify((event as CustomEvent<unknown>).detail);
});

// An example diary file (three cycles) to open in the diary, so the demo shows its charts.
const exampleLink = document.querySelector<HTMLAnchorElement>('#example-diary')!;
exampleLink.href = URL.createObjectURL(new Blob([toDiaryJson(threeCycleDiary())], { type: 'application/json' }));
