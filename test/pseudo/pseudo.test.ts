import { expect, fixture, html } from '@open-wc/testing';
import { threeCycleDiary } from '../../src/elements/symptom-diary/symptom-diary.examples.js';
import { toDiaryJson } from '../../src/engine/index.js';
import { targetLocales } from '../../src/generated/locale-codes.js';
import { registerEveryWidget } from '../helpers/widgets.js';
import { $, $$, choose, field, settled, shown, typeDateFields, typeInto } from '../elements/helpers.js';

/*
 * Pseudo-localisation: the widgets in a pseudo-language (scripts/pseudo-locale.mjs), every
 * message accented, 40% longer and bracketed, served in place of the first translation
 * (web-test-runner.config.mjs, /pseudo/src/). Two findings, in every engine:
 * - plain English on screen, or in what a screen reader reads: words written outside a
 *   msg(), or made outside the widget's language;
 * - a box wider than a 320 px screen: a layout that did not make room for longer words.
 * What is English on purpose is listed below, with why.
 */

/** The language the pseudo-language stands in for: the first translation. */
const PSEUDO = targetLocales[0];
const TODAY = '2026-11-26';

/**
 * English that stays English in every language, by design: data the widgets cite or
 * show as it was written, not words they write.
 */
const ENGLISH_ON_PURPOSE: { where: string; why: string }[] = [
  { where: '.sources li, .figure-sources li', why: 'the title of a cited source, as its publisher wrote it' },
  { where: '.own-words', why: 'what the person wrote in their diary, as they wrote it' },
];
/** Words kept as they are in every translation (see the translator notes in xliff/): medicine names, units, laboratory abbreviations. */
const KEPT_WORDS = /^(Hydroxocobalamin|Cyanocobalamin|ng|mL|nmol|pmol|pg|µg|mg|L|dL|ml|NICE|NG|BNF|NHS|ID)$/;

/**
 * The words of dates the browser writes (Intl) in the language the pseudo-language stands
 * in for: the widgets ask the browser for month and weekday names where it has them, so
 * these are in the widget's language, not left in English.
 */
const INTL_DATE_WORDS = (() => {
  const words = new Set<string>();
  const styles: Intl.DateTimeFormatOptions[] = [
    { month: 'long' },
    { month: 'short' },
    { weekday: 'long' },
    { weekday: 'short' },
    { weekday: 'narrow' },
    { dateStyle: 'full' },
    { month: 'long', year: 'numeric' },
  ];
  for (let day = 0; day < 366; day += 1) {
    const date = new Date(Date.UTC(2026, 0, 1 + day));
    for (const style of styles) for (const word of new Intl.DateTimeFormat(PSEUDO, { ...style, timeZone: 'UTC' }).format(date).match(/[A-Za-z]{2,}/g) ?? []) words.add(word);
  }
  return words;
})();

/** Every run of plain Latin letters a reader sees or hears in the widget, with where it is. */
function plainEnglish(widget: Element): string[] {
  const root = widget.shadowRoot!;
  const found: string[] = [];
  const note = (text: string | null | undefined, where: Element) => {
    if (where.closest(ENGLISH_ON_PURPOSE.map((entry) => entry.where).join(', '))) return;
    for (const word of (text ?? '').match(/[A-Za-z]{2,}/g) ?? []) {
      if (!KEPT_WORDS.test(word) && !INTL_DATE_WORDS.has(word)) found.push(`${word} (in <${where.localName} class="${where.getAttribute('class') ?? ''}">: "${(text ?? '').trim().slice(0, 60)}")`);
    }
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const parent = walker.currentNode.parentElement!;
    // An SVG's <title> is what a screen reader reads for the chart; other text counts when it is shown.
    const heard = parent.localName === 'title' || parent.closest('.visually-hidden');
    if (heard || parent.checkVisibility({ visibilityProperty: true, opacityProperty: true } as CheckVisibilityOptions)) note(walker.currentNode.textContent, parent);
  }
  for (const element of root.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) note(element.getAttribute(name), element);
  }
  return [...new Set(found)];
}

/** Every box that reaches outside the widget's 320 px, leaving out what is inside a box that scrolls sideways on purpose. */
function overflowing(widget: Element): string[] {
  const edge = widget.getBoundingClientRect();
  const found: string[] = [];
  for (const element of widget.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    if (!element.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) || element.closest('.print-only, [hidden]')) continue;
    let ancestor: HTMLElement | null = element.parentElement;
    let scrolls = false;
    while (ancestor && !scrolls) {
      scrolls = ['auto', 'scroll'].includes(getComputedStyle(ancestor).overflowX);
      ancestor = ancestor.parentElement;
    }
    if (scrolls) continue;
    const box = element.getBoundingClientRect();
    if (box.width > 0 && (box.right > edge.right + 1 || box.left < edge.left - 1))
      found.push(
        `<${element.localName} class="${element.getAttribute('class') ?? ''}"> ${Math.round(box.width)} px wide, ${Math.round(Math.max(box.right - edge.right, edge.left - box.left))} px outside`,
      );
  }
  return found;
}

/** A widget at a phone's width, in the pseudo-language, once it shows itself. */
async function inPseudo(markup: string): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
  wrapper.innerHTML = markup;
  const widget = wrapper.firstElementChild as HTMLElement;
  await shown(widget, 10_000);
  await settled(widget);
  // The pseudo-language has loaded: the heading is in it.
  expect($(widget, 'h1, h2, h3')!.textContent).to.match(/^⟦/);
  return widget;
}

describe('pseudo-localisation: every visible word comes from a message in the widget’s language, and longer words fit 320 px', () => {
  before(async () => {
    // The widgets from /pseudo/src/, where the pseudo-language stands in for the first translation.
    await registerEveryWidget('/pseudo/src/');
  });

  const cases: [string, string, (widget: HTMLElement) => Promise<void>][] = [
    [
      'the checker with every result entered, and warnings',
      `<b12-cofactor-checker lang="${PSEUDO}"></b12-cofactor-checker>`,
      async (checker) => {
        $<HTMLInputElement>(checker, '#pregnant')!.click();
        await typeInto(checker, field(checker, 'folate'), '2');
        await typeInto(checker, field(checker, 'ferritin'), '40');
        await typeInto(checker, field(checker, 'vitaminB6'), '25');
        await typeInto(checker, field(checker, 'vitaminB12'), '150');
        await typeInto(checker, field(checker, 'activeB12'), 'x');
      },
    ],
    ['the cofactor guide', `<b12-cofactor-checker mode="guide" lang="${PSEUDO}"></b12-cofactor-checker>`, async () => undefined],
    [
      'the plan, answered, with its calendar',
      `<b12-treatment-plan lang="${PSEUDO}"></b12-treatment-plan>`,
      async (plan) => {
        (plan as HTMLElement & { today: string }).today = TODAY;
        await choose(plan, 'cause-autoimmune-gastritis');
        await choose(plan, 'neurological-not-sure');
        await typeDateFields(plan, 'start-date', TODAY);
        $$<HTMLButtonElement>(plan, '.view-switch button')[1]?.click();
        await settled(plan);
      },
    ],
    ['the treatment table', `<b12-treatment-plan mode="table" lang="${PSEUDO}"></b12-treatment-plan>`, async () => undefined],
    [
      'the diary with three cycles, and a form saved empty',
      `<b12-symptom-diary lang="${PSEUDO}"></b12-symptom-diary>`,
      async (diary) => {
        (diary as HTMLElement & { today: string }).today = TODAY;
        await settled(diary);
        const input = $<HTMLInputElement>(diary, '#import-file')!;
        const files = new DataTransfer();
        files.items.add(new File([toDiaryJson(threeCycleDiary())], 'diary.json', { type: 'application/json' }));
        input.files = files.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        for (let wait = 0; wait < 50 && !$(diary, '.findings'); wait++) await new Promise((resolve) => setTimeout(resolve, 50));
        $<HTMLFormElement>(diary, 'form[data-form="check-in"]')!.requestSubmit();
        await settled(diary);
      },
    ],
  ];

  for (const [name, markup, use] of cases) {
    it(name, async () => {
      const widget = await inPseudo(markup);
      await use(widget);
      await settled(widget);
      expect(plainEnglish(widget), 'plain English on screen').to.deep.equal([]);
      expect(overflowing(widget), 'boxes wider than 320 px').to.deep.equal([]);
    });
  }
});
