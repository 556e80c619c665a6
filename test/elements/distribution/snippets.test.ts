import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LANGUAGE_CODES } from '../../../src/i18n/languages.js';
import { ANY_WIDGET, WIDGETS, type WidgetTag } from '../../../src/widgets.js';
import { DiaryStore } from '../../../src/elements/symptom-diary/diary-store.js';
import { localIsoDate } from '../../../src/engine/iso-date.js';
import { resultCard, text } from '../helpers.js';
import { removeDatabase, threeCycleDiary } from '../symptom-diary/diary-helpers.js';

/*
 * The pre-rendered snippets `npm run build` writes to dist/snippets/, each in a host page
 * with text above and below, served with the README's strict policy and the files hosted
 * at /b12-widgets/ (web-test-runner.config.mjs). The widget's script can be held back, so
 * the tests see what a reader sees before it runs, and then what changes when it does.
 */

// The views and languages of dist/snippets/: each widget's snippetViews, in every language.
const SNIPPET_VIEWS = Object.fromEntries(WIDGETS.filter((widget) => widget.snippetViews.length).map((widget) => [widget.tag, widget.snippetViews])) as Partial<Record<WidgetTag, readonly string[]>>;
const LANGUAGES = LANGUAGE_CODES;

type Widget = WidgetTag;

/** This page's own gate on the server: the other browser, running the same tests, has its own. */
const gateKey =
  Math.random()
    .toString(36)
    .slice(2, 10)
    .replace(/[^a-z0-9]/g, '') || 'page';
const holdScripts = () => fetch(`/snippet-gate/close?key=${gateKey}`);
const releaseScripts = () => fetch(`/snippet-gate/open?key=${gateKey}`);

const frames: HTMLIFrameElement[] = [];
let visits = 0;
afterEach(async () => {
  await releaseScripts();
  frames.splice(0).forEach((frame) => frame.remove());
});

/** `lost`: the host answers 404 for the snippet's scripts, or for every one of its files. */
function openSnippet(widget: Widget, view: string, language: string, { width = 1280, sandbox, lost }: { width?: number; sandbox?: string; lost?: 'script' | 'files' } = {}): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '800px';
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.src = `/snippet-page/visit${++visits}-${gateKey}${lost ? `-lost-${lost}` : ''}/${widget}.${view}.${language}.html`;
  document.body.append(frame);
  frames.push(frame);
  return frame;
}

const widgetIn = (frame: HTMLIFrameElement) => frame.contentDocument?.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(ANY_WIDGET) ?? null;

/** The page is parsed and the pre-rendered content has its stylesheet: what a reader sees before any script. */
async function prerenderedShown(frame: HTMLIFrameElement): Promise<HTMLElement> {
  await waitUntil(
    () => frame.contentDocument?.readyState !== 'loading' && frame.contentDocument?.querySelector('footer') && widgetIn(frame)?.shadowRoot?.styleSheets.length === 1,
    'the snippet page never showed its pre-rendered content with its stylesheet',
    { timeout: 10_000 },
  );
  return widgetIn(frame)!;
}

/** The widget's own render has replaced the pre-rendered content. */
async function upgraded(frame: HTMLIFrameElement): Promise<HTMLElement> {
  const widget = widgetIn(frame)!;
  await waitUntil(() => widget.shadowRoot?.querySelector('.root') && !widget.shadowRoot.querySelector('link'), `<${widget.localName}> never took over its pre-rendered content`, { timeout: 10_000 });
  await widget.updateComplete;
  await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(resolve));
  return widget;
}

const box = (element: Element) => {
  const { x, y, width, height } = element.getBoundingClientRect();
  return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, width: Math.round(width * 10) / 10, height: Math.round(height * 10) / 10 };
};

/** What a reader sees: the widget's box, where the page's text below it sits, and the widget's words. */
function seen(frame: HTMLIFrameElement): { widget: ReturnType<typeof box>; below: ReturnType<typeof box>; words: string; lang: string | null; dir: string | null; font: string } {
  const widget = widgetIn(frame)!;
  const root = [...widget.shadowRoot!.children].find((child) => child.matches('.root'))!;
  return {
    widget: box(widget),
    below: box(frame.contentDocument!.querySelector('footer')!),
    words: text(root),
    lang: root.getAttribute('lang'),
    dir: root.getAttribute('dir'),
    font: getComputedStyle(root).fontFamily,
  };
}

/**
 * The same box, the page below it in the same place, and the same words. Words are
 * compared apart, with the first difference quoted: mocha's diff of two long texts can
 * take minutes.
 */
function expectSameView(after: ReturnType<typeof seen>, before: ReturnType<typeof seen>, where: string): void {
  expect({ ...after, words: '' }, where).to.deep.equal({ ...before, words: '' });
  if (after.words === before.words) return;
  let at = 0;
  while (after.words[at] === before.words[at]) at++;
  expect.fail(`${where}: the words changed at character ${at}: "${before.words.slice(Math.max(0, at - 40), at + 40)}" became "${after.words.slice(Math.max(0, at - 40), at + 40)}"`);
}

async function resize(frame: HTMLIFrameElement, width: number): Promise<void> {
  frame.style.width = `${width}px`;
  await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(() => frame.contentWindow!.requestAnimationFrame(resolve)));
}

describe('pre-rendered snippets (dist/snippets/)', function () {
  this.timeout(60_000);

  for (const [widget, views] of Object.entries(SNIPPET_VIEWS) as [Widget, readonly string[]][]) {
    for (const view of views) {
      for (const language of LANGUAGES) {
        it(`${widget}.${view}.${language}: painted before its script runs, and the script changes nothing a reader sees, at 1280 and 320 px`, async () => {
          await holdScripts();
          const frame = openSnippet(widget, view, language);
          await prerenderedShown(frame);
          // Compared as a boolean: chai cannot report a class from another window without hanging the page.
          expect(frame.contentWindow!.customElements.get(widget) === undefined, 'the script was held back').to.equal(true);
          const before1280 = seen(frame);
          expect(before1280.lang).to.equal(language);
          expect(before1280.dir).to.equal(language === 'ur' ? 'rtl' : 'ltr');
          expect(before1280.widget.height).to.be.greaterThan(200);
          await resize(frame, 320);
          const before320 = seen(frame);

          await releaseScripts();
          await upgraded(frame);
          expectSameView(seen(frame), before320, 'at 320 px');
          await resize(frame, 1280);
          expectSameView(seen(frame), before1280, 'at 1280 px');
          expect((frame.contentWindow as Window & { __violations: string[] }).__violations, 'CSP violations').to.deep.equal([]);
        });
      }
    }
  }

  // A browser can paint a page before it has parsed all of it. A table whose columns are
  // sized by its content then changes width as its later rows arrive, moving everything in
  // it (seen by `npm run bench` in about one load in ten of the treatment table).
  const TABLE_VIEWS = WIDGETS.flatMap((widget) => Object.values(widget.tableInstead).map((view) => [widget.tag, view] as const));
  for (const [widget, view] of TABLE_VIEWS) {
    for (const language of ['en-GB', 'pl', 'ur']) {
      it(`${widget}.${view}.${language}: its table's columns are as wide with only its first row as with all of them`, async () => {
        await holdScripts();
        const frame = openSnippet(widget, view, language);
        const shadow = (await prerenderedShown(frame)).shadowRoot!;
        const columns = () => [...shadow.querySelectorAll('.data-table thead th')].map((th) => ({ x: box(th).x, width: box(th).width }));
        const whole = columns();
        expect(whole.length).to.be.greaterThan(2);
        for (const body of shadow.querySelectorAll<HTMLTableSectionElement>('.data-table tbody')) [...body.rows].slice(1).forEach((row) => row.remove());
        expect(columns()).to.deep.equal(whole);
      });
    }
  }

  it('served with the strict policy the README gives', async () => {
    const response = await fetch(`/snippet-page/visit0-${gateKey}/b12-cofactor-checker.check.en-GB.html`);
    expect(response.headers.get('Content-Security-Policy')).to.equal("default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html");
  });

  it('what a person types before the script runs is kept, focus included, and then assessed', async () => {
    await holdScripts();
    const frame = openSnippet('b12-cofactor-checker', 'check', 'en-GB', { width: 900 });
    const checker = (await prerenderedShown(frame)) as HTMLElement & { updateComplete: Promise<unknown> };
    checker.shadowRoot!.querySelector<HTMLInputElement>('#folate-value')!.focus();
    await sendKeys({ type: '2' });
    await sendKeys({ type: '.' });
    await sendKeys({ type: '5' });
    expect(checker.shadowRoot!.querySelector<HTMLInputElement>('#folate-value')!.value).to.equal('2.5');

    const assessed: Event[] = [];
    checker.addEventListener('b12-assess', (event) => assessed.push(event));
    await releaseScripts();
    await upgraded(frame);
    const field = checker.shadowRoot!.querySelector<HTMLInputElement>('#folate-value')!;
    expect(field.value).to.equal('2.5');
    expect(checker.shadowRoot!.activeElement === field, 'focus stays in the field').to.equal(true);
    await waitUntil(() => text(resultCard(checker, 'folate')?.querySelector('.result__status')).includes('Deficient'), 'the kept value was never assessed', { timeout: 5000 });
    await sendKeys({ type: '0' });
    await checker.updateComplete;
    expect(field.value).to.equal('2.50');
    // The page hears the engine's answer for the kept value: folate 2.50 µg/L is deficient.
    const last = assessed.at(-1) as CustomEvent<{ items: { analyte: string; status: string }[] }> | undefined;
    expect(last?.detail.items.find((item) => item.analyte === 'folate')?.status, 'b12-assess after the upgrade').to.equal('deficient');
  });

  it('an answer chosen before the script runs is kept, and the plan follows from it', async () => {
    await holdScripts();
    const frame = openSnippet('b12-treatment-plan', 'plan', 'en-GB', { width: 900 });
    const plan = await prerenderedShown(frame);
    plan.shadowRoot!.querySelector<HTMLInputElement>('#cause-diet')!.click();
    plan.shadowRoot!.querySelector<HTMLInputElement>('#neurological-no')!.click();
    await releaseScripts();
    await upgraded(frame);
    expect(plan.shadowRoot!.querySelector<HTMLInputElement>('#cause-diet')!.checked).to.equal(true);
    await waitUntil(() => plan.shadowRoot!.querySelectorAll('.phase').length === 2, 'no plan from the kept answers', { timeout: 5000 });
  });

  describe("the diary's first screen", () => {
    afterEach(removeDatabase);

    const diary = 'b12-symptom-diary';
    /** Which of the keeping panel's states is seen, and the words of that state alone. */
    const keeping = (root: ShadowRoot) => {
      const current = root.querySelector<HTMLElement>('.keeping__state--current');
      return { state: current?.dataset.keeping, words: text(current) };
    };
    const dateFields = (root: ShadowRoot) => ['day', 'month', 'year'].map((part) => root.querySelector<HTMLInputElement>(`#check-in-date-${part}`)!.value);
    /** Where each part of the widget a reader sees first is: the keeping panel and the two forms. */
    const layout = (root: ShadowRoot) => [...root.querySelectorAll('.keeping, .record')].map(box);

    for (const width of [375, 1280]) {
      it(`nothing kept on the device, at ${width} px: "looking for a diary" becomes "nothing is kept" in the same place, and the dates fill in`, async () => {
        await holdScripts();
        const frame = openSnippet(diary, 'diary', 'en-GB', { width });
        const root = (await prerenderedShown(frame)).shadowRoot!;
        expect(keeping(root)).to.deep.equal({ state: 'checking', words: 'Looking for a diary kept on this device.' });
        // The day the snippet was made is not the day it is read: no date before the script.
        expect(dateFields(root)).to.deep.equal(['', '', '']);
        const before = { layout: layout(root), widget: box(widgetIn(frame)!), below: box(frame.contentDocument!.querySelector('footer')!) };

        await releaseScripts();
        await upgraded(frame);
        await waitUntil(() => keeping(widgetIn(frame)!.shadowRoot!).state === 'memory', 'the diary never said nothing is kept', { timeout: 10_000 });
        const after = widgetIn(frame)!.shadowRoot!;
        expect(keeping(after).words).to.match(/^Nothing is kept\. When you close this page, your diary is gone\./);
        const today = localIsoDate(new Date());
        expect(dateFields(after)).to.deep.equal([String(Number(today.slice(8))), String(Number(today.slice(5, 7))), today.slice(0, 4)]);
        expect({ layout: layout(after), widget: box(widgetIn(frame)!), below: box(frame.contentDocument!.querySelector('footer')!) }).to.deep.equal(before);
      });
    }

    it('a diary kept on the device appears once read, below the forms: nothing a reader sees moves', async () => {
      const store = await DiaryStore.create();
      await store.put(threeCycleDiary());
      store.close();
      await holdScripts();
      const frame = openSnippet(diary, 'diary', 'en-GB', { width: 1280 });
      const root = (await prerenderedShown(frame)).shadowRoot!;
      const before = layout(root);
      const view = frame.contentWindow!.innerHeight;
      // The footer below the widget moves down, but only out of sight: it starts below the fold.
      expect(box(frame.contentDocument!.querySelector('footer')!).y, 'the page below the widget is out of view').to.be.greaterThan(view);

      await releaseScripts();
      await upgraded(frame);
      await waitUntil(() => widgetIn(frame)!.shadowRoot!.querySelector('.findings'), 'the kept diary never appeared', { timeout: 10_000 });
      const after = widgetIn(frame)!.shadowRoot!;
      expect(keeping(after).state).to.equal('kept');
      expect(layout(after)).to.deep.equal(before);
      expect(box(after.querySelector('.findings')!).y, 'what the kept diary adds is below the fold').to.be.greaterThan(view);
    });
  });

  describe('when the script never comes', () => {
    /** Seen: laid out with some height, and not hidden by visibility. */
    const visible = (node: Element | null) => !!node && node.getBoundingClientRect().height > 0 && getComputedStyle(node).visibility !== 'hidden';
    const tableRows = (root: ShadowRoot) => [...root.querySelectorAll('table')].filter(visible).flatMap((table) => [...table.querySelectorAll('tbody tr')]);

    const cases: [Widget, string, string, RegExp][] = [
      ['b12-cofactor-checker', 'check', 'en-GB', /^The results checker did not load\. Try reloading the page\./],
      ['b12-treatment-plan', 'plan', 'en-GB', /^The treatment planner did not load\. Try reloading the page\./],
      ['b12-treatment-plan', 'plan', 'cy', /^Ni lwythodd y cynlluniwr triniaeth\./],
    ];
    for (const [widget, view, language, words] of cases) {
      it(`${widget}.${view}.${language}, its script missing: says it did not load, and shows the table instead of a dead form`, async () => {
        const frame = openSnippet(widget, view, language, { width: 375, lost: 'script' });
        await waitUntil(() => frame.contentDocument?.readyState === 'complete' && widgetIn(frame)?.shadowRoot, 'the snippet page never loaded', { timeout: 10_000 });
        const root = widgetIn(frame)!.shadowRoot!;
        const notice = root.querySelector('.script-failed');
        // While the script may still come, the form is there as it will be, and nothing says it failed.
        expect(visible(notice), 'no notice at first').to.equal(false);
        expect([...root.querySelectorAll('input')].some(visible), 'the form at first').to.equal(true);
        await waitUntil(() => visible(notice), 'the notice never showed', { timeout: 10_000 });
        expect(text(notice)).to.match(words);
        expect(notice!.closest('.root')!.getAttribute('lang')).to.equal(language);
        expect(tableRows(root).length, 'the table’s rows are shown').to.be.greaterThan(3);
        expect([...root.querySelectorAll('input, select')].filter(visible), 'no dead form field').to.deep.equal([]);
        expect(frame.contentDocument!.documentElement.scrollWidth, 'fits 375 px').to.be.at.most(375);
        expect(frame.contentWindow!.customElements.get(widget) === undefined, 'no script ran').to.equal(true);
      });
    }

    it('b12-symptom-diary.diary.cy, its script missing: says it did not load, and what to do instead of a dead form', async () => {
      const frame = openSnippet('b12-symptom-diary', 'diary', 'cy', { width: 375, lost: 'script' });
      await waitUntil(() => frame.contentDocument?.readyState === 'complete' && widgetIn(frame)?.shadowRoot, 'the snippet page never loaded', { timeout: 10_000 });
      const root = widgetIn(frame)!.shadowRoot!;
      const notice = root.querySelector('.script-failed');
      expect([...root.querySelectorAll('input')].some(visible), 'the form at first').to.equal(true);
      await waitUntil(() => visible(notice), 'the notice never showed', { timeout: 10_000 });
      expect(text(notice)).to.equal('Ni lwythodd y dyddiadur symptomau. Ceisiwch ail-lwytho’r dudalen.');
      const instead = root.querySelector('.without-script')!;
      expect(visible(instead), 'what to do instead').to.equal(true);
      expect(text(instead)).to.include('dyddiadur ar bapur');
      expect(instead.getAttribute('lang')).to.equal('cy');
      expect([...root.querySelectorAll('input, button, textarea')].filter(visible), 'no dead form field').to.deep.equal([]);
      expect(frame.contentDocument!.documentElement.scrollWidth, 'fits 375 px').to.be.at.most(375);
    });

    it('b12-treatment-plan.plan.cy, every file missing (script and stylesheet): the form alone, as the snippet paints before its stylesheet', async () => {
      // The notice and the table carry `hidden`, which only the stylesheet overrules, so that a
      // browser painting before the stylesheet (Firefox) paints no more than the styled page.
      const frame = openSnippet('b12-treatment-plan', 'plan', 'cy', { width: 375, lost: 'files' });
      await waitUntil(() => frame.contentDocument?.readyState === 'complete' && widgetIn(frame)?.shadowRoot, 'the snippet page never loaded', { timeout: 10_000 });
      // Without the stylesheet there is no timer either: what shows now shows for good.
      const root = widgetIn(frame)!.shadowRoot!;
      expect(visible(root.querySelector('.script-failed')), 'the notice').to.equal(false);
      expect(tableRows(root), 'the table').to.deep.equal([]);
      expect([...root.querySelectorAll('input')].some(visible), 'the form').to.equal(true);
      expect(frame.contentWindow!.customElements.get('b12-treatment-plan') === undefined, 'no script ran').to.equal(true);
    });
  });

  describe('with JavaScript off', () => {
    const cases: [Widget, string, string, string][] = [
      ['b12-cofactor-checker', 'guide', 'en-GB', 'the guide'],
      ['b12-cofactor-checker', 'check', 'cy', 'the guide in place of the form'],
      ['b12-treatment-plan', 'table', 'ur', 'the treatment table'],
      ['b12-treatment-plan', 'plan', 'en-GB', 'the treatment table in place of the form'],
    ];
    for (const [widget, view, language, what] of cases) {
      it(`${widget}.${view}.${language} shows ${what}, and no form that could not work`, async () => {
        // A sandbox without allow-scripts is a document with scripting disabled.
        const frame = openSnippet(widget, view, language, { width: 900, sandbox: 'allow-same-origin' });
        const element = await prerenderedShown(frame);
        const root = element.shadowRoot!;
        const visible = (node: Element | null) => !!node && node.getBoundingClientRect().height > 0;
        // The guide is two tables (the cofactors; B12 and active B12), the treatment table one.
        const tables = [...root.querySelectorAll('table')].filter(visible);
        expect(tables.length, 'visible tables').to.be.greaterThan(0);
        expect(tables.flatMap((table) => [...table.querySelectorAll('tbody tr')]).length).to.be.greaterThan(3);
        for (const table of tables) expect(table.closest('.root')!.getAttribute('lang')).to.equal(language);
        expect([...root.querySelectorAll('input, select')].filter(visible).length, 'visible form fields').to.equal(0);
        expect(frame.contentWindow!.customElements.get(widget) === undefined, 'no script ran').to.equal(true);
      });
    }

    it('b12-symptom-diary.diary.ur says to keep a diary on paper, right to left, and shows no form that could not work', async () => {
      const frame = openSnippet('b12-symptom-diary', 'diary', 'ur', { width: 900, sandbox: 'allow-same-origin' });
      const root = (await prerenderedShown(frame)).shadowRoot!;
      const visible = (node: Element | null) => !!node && node.getBoundingClientRect().height > 0;
      const instead = root.querySelector('.without-script')!;
      expect(visible(instead)).to.equal(true);
      expect([instead.getAttribute('lang'), instead.getAttribute('dir')]).to.deep.equal(['ur', 'rtl']);
      expect(text(instead)).to.include('کاغذ پر ڈائری رکھیں');
      expect([...root.querySelectorAll('input, button, textarea')].filter(visible).length, 'visible form fields').to.equal(0);
    });
  });
});
