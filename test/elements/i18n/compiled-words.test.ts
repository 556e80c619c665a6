import { expect, waitUntil } from '@open-wc/testing';
import { LANGUAGE_CODES, type LanguageCode } from '../../../src/i18n/languages.js';
import { paste } from '../helpers.js';

/*
 * The per-language one-tag files (dist/cdn/<language>/) have their words compiled in at
 * build time. They must say exactly what the files that follow the page's language say
 * in that language: the same page is opened with each, driven the same way, and every
 * word a reader sees or hears is compared.
 */

type Drive = (doc: Document) => Promise<void>;

interface Page {
  /** The one-tag file, as named in dist/cdn/. */
  file: string;
  body: string;
  drive: Drive;
}

/** Enters results that bring out each status and most warnings, and answers the plan's questions so the urgent words show. */
const fillIn: Drive = async (doc) => {
  const checker = doc.querySelector('b12-cofactor-checker:not([mode])')?.shadowRoot;
  for (const [analyte, value] of [
    ['vitaminB12', '120'],
    ['folate', '2'],
    ['ferritin', '600'],
    ['vitaminB6', '300'],
  ]) {
    const input = checker?.querySelector<HTMLInputElement>(`#${analyte}-value`);
    if (input) {
      input.focus();
      paste(input, value);
    }
  }
  const plan = doc.querySelector('b12-treatment-plan:not([mode])');
  for (const id of ['cause-autoimmune-gastritis', 'neurological-yes']) plan?.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)?.click();
};

const COMBINED: Page = {
  file: 'b12-widgets.js',
  body: '<b12-cofactor-checker></b12-cofactor-checker><b12-cofactor-checker mode="guide"></b12-cofactor-checker><b12-treatment-plan></b12-treatment-plan><b12-treatment-plan mode="table"></b12-treatment-plan>',
  drive: fillIn,
};
/** The diary once it has looked for a diary kept on this device: no longer saying it is looking. */
const diaryHasLooked: Drive = (doc) => waitUntil(() => doc.querySelector('b12-symptom-diary')!.shadowRoot!.querySelector('.keeping:not([data-state="checking"])'), 'the diary never finished looking');
const DIARY: Page = { file: 'b12-symptom-diary.js', body: '<b12-symptom-diary></b12-symptom-diary>', drive: diaryHasLooked };
const CHECKER: Page = { file: 'b12-cofactor-checker.js', body: '<b12-cofactor-checker></b12-cofactor-checker>', drive: fillIn };
const PLAN: Page = { file: 'b12-treatment-plan.js', body: '<b12-treatment-plan></b12-treatment-plan>', drive: fillIn };

/** Every word of every widget in the page: its text, and the names and descriptions a screen reader reads from attributes. */
function wordsOf(doc: Document): string[] {
  const words: string[] = [];
  for (const widget of doc.querySelectorAll('body > *')) {
    const root = widget.shadowRoot!;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        if (node.parentElement?.localName === 'style') continue;
        const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text) words.push(text);
      } else {
        const element = node as Element;
        for (const name of ['lang', 'dir', 'aria-label', 'aria-description', 'title', 'placeholder', 'alt']) {
          const value = element.getAttribute(name);
          if (value) words.push(`${element.localName}[${name}=${value}]`);
        }
      }
    }
  }
  return words;
}

async function open(src: string, language: LanguageCode, page: Page): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><script type="module" src="${src}"></script></head><body>${page.body}</body></html>`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const widgets = [...doc.querySelectorAll('body > *')];
  await waitUntil(() => widgets.every((widget) => widget.shadowRoot?.querySelector('.root')?.getAttribute('lang') === language), `${src} never spoke ${language}`, { timeout: 10_000 });
  await page.drive(doc);
  // Lit renders a change in a microtask; two frames leave time for every widget to settle.
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await Promise.all(widgets.map((widget) => (widget as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
  return frame;
}

describe('the per-language one-tag files say what the page-language files say', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  const compare = async (page: Page, language: LanguageCode) => {
    const runtime = await open(`/dist/cdn/${page.file}`, language, page);
    const compiled = await open(`/dist/cdn/${language}/${page.file}`, language, page);
    frames.push(runtime, compiled);
    const expected = wordsOf(runtime.contentDocument!);
    const actual = wordsOf(compiled.contentDocument!);
    expect(expected.length, 'the page shows words').to.be.greaterThan(20);
    expect(actual).to.deep.equal(expected);
    // The compiled file never asks for a language file.
    const chunks = compiled.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(chunks.filter((name) => /\/chunks\/[\w-]+\.(cy|es|pl|ro|ur)-/.test(name))).to.deep.equal([]);
  };

  for (const language of LANGUAGE_CODES) {
    it(`${language}: the checker and the plan, filled in, with their guide and table views (b12-widgets.js)`, () => compare(COMBINED, language));
    it(`${language}: the symptom diary`, () => compare(DIARY, language));
  }
  it('cy: the checker’s and the plan’s own files', async () => {
    await compare(CHECKER, 'cy');
    await compare(PLAN, 'cy');
  });
});
