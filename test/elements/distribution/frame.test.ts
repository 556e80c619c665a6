import { expect, waitUntil } from '@open-wc/testing';
import { sandboxFor, type FrameFeature } from '../../../src/embed/frame-snippet.js';
import { FRAME_HEIGHT_MESSAGE } from '../../../src/frame/frame-height.js';
import { ANY_WIDGET } from '../../../src/widgets.js';
import { text } from '../helpers.js';

/*
 * The frame page (dist/cdn/frame/, built by `npm run build`) inside this test page, as a
 * SharePoint or Google Sites page holds it: an <iframe> and, where the page allows one,
 * the one-line listener (dist/cdn/frame/listen.js) that fits the frame to its height.
 */

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** Heights the frame told this page, newest last. */
const heights: { source: MessageEventSource | null; height: number }[] = [];
addEventListener('message', (event) => {
  if (event.data?.type === FRAME_HEIGHT_MESSAGE) heights.push({ source: event.source, height: event.data.height });
});

function openFrame(query: string, { sandbox, width = 600 }: { sandbox?: string; width?: number } = {}): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.title = 'B12 widget';
  frame.style.cssText = `width: ${width}px; height: 400px; border: 0`;
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.src = `/dist/cdn/frame/index.html${query}`;
  document.body.append(frame);
  frames.push(frame);
  return frame;
}

const widgetIn = (frame: HTMLIFrameElement) => frame.contentDocument?.querySelector<HTMLElement>(ANY_WIDGET) ?? null;

async function shown(frame: HTMLIFrameElement, heading: string): Promise<HTMLElement> {
  await waitUntil(() => text(widgetIn(frame)?.shadowRoot?.querySelector('h2, h3')) === heading, `the frame never showed "${heading}"`, { timeout: 10_000 });
  return widgetIn(frame)!;
}

/** Every script file of ours the frame's page fetched, by path (the test server adds one of its own). */
const scriptsLoaded = (frame: HTMLIFrameElement) =>
  frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/') && path.endsWith('.js'));

describe('the frame page (dist/cdn/frame/)', function () {
  this.timeout(30_000);

  it('shows the widget its address names, in its language, from that language’s own file', async () => {
    const frame = openFrame('?widget=cofactor-checker&mode=guide&lang=cy');
    const guide = await shown(frame, 'Canllaw lefelau cydffactorau');
    expect(guide.localName).to.equal('b12-cofactor-checker');
    expect(guide.getAttribute('mode')).to.equal('guide');
    expect(frame.contentDocument!.documentElement.lang).to.equal('cy');
    expect(scriptsLoaded(frame)).to.deep.equal(['/dist/cdn/frame/frame.js', '/dist/cdn/cy/b12-cofactor-checker.js']);
    expect(frame.contentDocument!.querySelector('.editor-notice')).to.equal(null);
  });

  it('at 320 px, in Urdu: the page is in Urdu, the widget reads right to left, and nothing is wider than the frame', async () => {
    const frame = openFrame('?widget=treatment-plan&lang=ur', { width: 320 });
    const plan = await shown(frame, 'آپ کا B12 علاج کا منصوبہ');
    expect(frame.contentDocument!.documentElement.lang).to.equal('ur');
    expect(plan.shadowRoot!.querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    expect(frame.contentDocument!.documentElement.scrollWidth, 'fits 320 px').to.be.at.most(320);
  });

  it('without a language, the widget follows its own default and loads the file that follows the page', async () => {
    const frame = openFrame('?widget=b12-treatment-plan&mode=table');
    await shown(frame, 'B12 treatment by cause');
    expect(scriptsLoaded(frame)).to.deep.equal(['/dist/cdn/frame/frame.js', '/dist/cdn/b12-treatment-plan.js']);
  });

  it('tells the page its height as it changes, and the one-line listener fits the frame to it', async () => {
    const listener = document.createElement('script');
    listener.src = '/dist/cdn/frame/listen.js';
    await new Promise((resolve) => (listener.addEventListener('load', resolve), document.head.append(listener)));
    heights.length = 0;
    const frame = openFrame('?widget=cofactor-checker&mode=guide', { width: 320 });
    await shown(frame, 'Cofactor levels guide');
    const own = () => heights.filter((message) => message.source === frame.contentWindow);
    const documentHeight = () => Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);
    await waitUntil(() => own().at(-1)?.height === documentHeight(), 'the frame never told its height');
    // The guide at 320 px is much taller than the 400 px the frame started at, and the frame now fits it.
    expect(documentHeight()).to.be.greaterThan(1000);
    await waitUntil(() => frame.style.height === `${documentHeight()}px`, 'the listener never fitted the frame');
    expect(frame.contentDocument!.documentElement.scrollHeight, 'no scrolling inside the frame').to.be.at.most(frame.clientHeight);

    // Wider, the guide is shorter: the frame says so again.
    const before = documentHeight();
    frame.style.width = '900px';
    await waitUntil(() => documentHeight() < before && own().at(-1)?.height === documentHeight(), 'the new height was never told');
  });

  it('a hostile address gives notices, never markup: script in lang, a foreign profile, huge numbers, unknown settings', async () => {
    const query = new URLSearchParams({
      widget: 'cofactor-checker',
      lang: '<script>parent.hacked = 1</script>',
      'heading-level': '999999999999999999999',
      units: 'folate:<img src=x onerror="parent.hacked=1">',
      'profile-src': 'https://example.org/profile.json',
      onload: 'parent.hacked=1',
    });
    const frame = openFrame(`?${query}`);
    const checker = await shown(frame, 'Check your cofactor results');
    const notice = frame.contentDocument!.querySelector('.editor-notice')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(text(notice)).to.include('is not a language tag, so the widget speaks English');
    expect(text(notice)).to.include('is not on this frame’s own site');
    expect(text(notice)).to.include('The setting "onload" is not one this frame reads');
    // The widget's own notices for the values it checks itself.
    const widgetNotice = text(checker.shadowRoot!.querySelector('[part="editor-notice"]'));
    expect(widgetNotice).to.include('heading-level');
    expect(widgetNotice).to.include('units');
    // Nothing of the address became an element, and nothing ran.
    const everything = [...frame.contentDocument!.querySelectorAll('*'), ...checker.shadowRoot!.querySelectorAll('*')];
    expect(everything.filter((node) => node.localName === 'img' || (node.localName === 'script' && !node.getAttribute('src')))).to.deep.equal([]);
    expect((window as Window & { hacked?: number }).hacked).to.equal(undefined);
    expect(checker.hasAttribute('lang') || checker.hasAttribute('profile-src')).to.equal(false);
  });

  it('an address with no widget, or one that is not there, says which widgets there are', async () => {
    for (const [query, words] of [
      ['', 'names no widget. Add ?widget= and one of cofactor-checker, treatment-plan, symptom-diary.'],
      ['?widget=<b>bold</b>', 'This frame has no widget called "<b>bold</b>".'],
    ]) {
      const frame = openFrame(query);
      await waitUntil(() => frame.contentDocument?.querySelector('.editor-notice'), 'no notice', { timeout: 10_000 });
      expect(text(frame.contentDocument!.querySelector('.editor-notice'))).to.include(words);
      expect(frame.contentDocument!.querySelector('.loading, b, ' + ANY_WIDGET)).to.equal(null);
    }
  });

  describe('inside each sandbox the builder offers', () => {
    const offered: FrameFeature[][] = [[], ['downloads'], ['print'], ['downloads', 'print']];
    for (const features of offered) {
      it(`sandbox="${sandboxFor(features)}": the checker runs and assesses a result`, async () => {
        const frame = openFrame('?widget=cofactor-checker&lang=en-GB', { sandbox: sandboxFor(features) });
        const checker = await shown(frame, 'Check your cofactor results');
        const folate = checker.shadowRoot!.querySelector<HTMLInputElement>('#folate-value')!;
        folate.value = '2';
        folate.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await waitUntil(() => text(checker.shadowRoot!.querySelector('.result[data-analyte="folate"] .result__status')).includes('Deficient'), 'no result');
      });
    }

    it('a sandbox without downloads or print: the plan says so where its buttons were, as the builder’s address tells it', async () => {
      const frame = openFrame(`?${new URLSearchParams({ widget: 'treatment-plan', lang: 'en-GB', unavailable: 'downloads print' })}`, { sandbox: sandboxFor([]) });
      const plan = await shown(frame, 'Your B12 treatment plan');
      const root = plan.shadowRoot!;
      (root.querySelector<HTMLInputElement>('#cause-diet') ?? root.querySelector<HTMLInputElement>('input[type="radio"]'))!.click();
      root.querySelector<HTMLInputElement>('#neurological-no')!.click();
      // A start date, for the dated plan with its calendar and print buttons.
      const today = new Date();
      for (const [part, value] of [
        ['day', today.getDate()],
        ['month', today.getMonth() + 1],
        ['year', today.getFullYear()],
      ] as const) {
        await waitUntil(() => root.querySelector(`#start-date-${part}`), 'no start date');
        const input = root.querySelector<HTMLInputElement>(`#start-date-${part}`)!;
        input.value = String(value);
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      await waitUntil(() => root.querySelectorAll('.unavailable-note').length === 2, 'no notes in place of the buttons');
      expect([...root.querySelectorAll('.actions button')].map((button) => text(button))).to.deep.equal([]);
    });

    it('the diary can be kept on the device inside the frame, which has storage of its own', async () => {
      const frame = openFrame('?widget=symptom-diary&lang=en-GB', { sandbox: sandboxFor([]) });
      const diary = await shown(frame, 'Your symptom diary');
      const state = () => diary.shadowRoot!.querySelector<HTMLElement>('.keeping')?.dataset.state;
      await waitUntil(() => state() === 'memory', 'the diary never said nothing is kept', { timeout: 10_000 });
      const press = async (words: string) => {
        await waitUntil(() => [...diary.shadowRoot!.querySelectorAll('button')].some((button) => text(button) === words), `no button "${words}"`);
        [...diary.shadowRoot!.querySelectorAll('button')].find((button) => text(button) === words)!.click();
      };
      await press('Keep my diary on this device');
      await waitUntil(() => state() === 'kept', 'the diary was not kept', { timeout: 10_000 });
      await press('Delete my diary from this device');
      await press('Yes, delete my diary');
      await waitUntil(() => state() === 'memory', 'the kept diary was not deleted', { timeout: 10_000 });
    });

    it('without allow-scripts the frame says the widget needs JavaScript, and what the frame needs, with no waiting words', async () => {
      const frame = openFrame('?widget=cofactor-checker', { sandbox: 'allow-same-origin' });
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const doc = frame.contentDocument!;
      const seen = (node: Element | null) => !!node && node.getBoundingClientRect().height > 0 && getComputedStyle(node).visibility === 'visible';
      const words = [...doc.querySelectorAll('main p')].filter(seen).map((p) => text(p));
      expect(words).to.deep.equal([
        'This B12 widget needs JavaScript. If it does not appear, talk to your GP or pharmacist.',
        'If you look after this website: the frame needs sandbox="allow-scripts allow-same-origin" at least.',
      ]);
      expect(doc.querySelector(ANY_WIDGET)).to.equal(null);
    });

    it('without allow-same-origin the widget cannot load: its files are modules, which an opaque origin cannot fetch', async function () {
      this.timeout(20_000);
      const frame = openFrame('?widget=cofactor-checker', { sandbox: 'allow-scripts' });
      // The page is opaque to this one (another origin), so it is read from what it shows: the frame's height.
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      heights.length = 0;
      await new Promise((resolve) => setTimeout(resolve, 7000));
      expect(
        heights.filter((message) => message.source === frame.contentWindow),
        'no widget grew the page',
      ).to.have.length.at.most(1);
    });
  });
});
