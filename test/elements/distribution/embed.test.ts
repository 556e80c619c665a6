import { expect, waitUntil } from '@open-wc/testing';
import { WIDGET_EXAMPLES } from '../../../src/elements/examples.js';
import { WIDGETS } from '../../../src/widgets.js';
import { DiaryStore } from '../../../src/elements/symptom-diary/diary-store.js';
import { field, resultCard, text, typeInto } from '../helpers.js';
import { removeDatabase, threeCycleDiary } from '../symptom-diary/diary-helpers.js';

/** Opens a page in an iframe, as a visitor would, and gives back its document. */
async function openPage(src: string, srcdoc?: string, width = 900): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '700px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (srcdoc === undefined) frame.src = src;
  else frame.srcdoc = srcdoc;
  document.body.append(frame);
  await loaded;
  return { frame, doc: frame.contentDocument! };
}

async function widgetReady(element: Element, heading: string): Promise<void> {
  // The element may not be defined yet, so it may have no shadow root.
  await waitUntil(() => text(element.shadowRoot?.querySelector('h2')) === heading, `${element.localName} never showed "${heading}"`, { timeout: 10_000 });
}

async function sha384(url: string): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))))}`;
}

/** Runs axe inside a page's own window, so it sees the page as a visitor's browser does. */
async function axeViolations(frame: HTMLIFrameElement): Promise<string[]> {
  const win = frame.contentWindow as Window & { axe?: { run: (context: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } };
  const script = frame.contentDocument!.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  frame.contentDocument!.head.append(script);
  await loaded;
  const { violations } = await win.axe!.run(frame.contentDocument!);
  return violations.map((violation) => `${violation.id} (${violation.nodes.length}) ${JSON.stringify(violation.nodes.map((n) => (n as { target: unknown }).target))}`);
}

describe('distribution: what an editor pastes', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('a plain HTML page with only the two-line snippet shows a working checker', async () => {
    const { frame, doc } = await openPage('/test/elements/distribution/pages/two-lines.html');
    frames.push(frame);
    const checker = doc.querySelector('b12-cofactor-checker')!;
    await widgetReady(checker, 'Check your cofactor results');
    await typeInto(checker, field(checker, 'folate'), '2');
    expect(text(resultCard(checker, 'folate').querySelector('.result__status'))).to.include('Deficient');
    expect(doc.body.textContent).to.include('More of the charity');
    // The minified file keeps the words apart: "management (2024)", not "management(2024)".
    expect(text(resultCard(checker, 'vitaminB12').querySelector('.figure-sources'))).to.include('diagnosis and management (2024)');
  });

  it('a page can load one element’s own file, and it speaks the page’s language', async () => {
    const { frame, doc } = await openPage('/test/elements/distribution/pages/one-element.html');
    frames.push(frame);
    const plan = doc.querySelector('b12-treatment-plan')!;
    await widgetReady(plan, 'Eich cynllun triniaeth B12');
    expect(frame.contentWindow!.customElements.get('b12-cofactor-checker')).to.equal(undefined);
    plan.shadowRoot!.querySelector<HTMLInputElement>('#cause-diet')!.click();
    plan.shadowRoot!.querySelector<HTMLInputElement>('#neurological-no')!.click();
    await waitUntil(() => plan.shadowRoot!.querySelectorAll('.phase').length === 2, 'no plan');
  });

  it('a language file missing on the server leaves the widget working in English, asked for once', async () => {
    const { frame, doc } = await openPage('/test/elements/distribution/pages/missing-language.html');
    frames.push(frame);
    const plan = doc.querySelector('b12-treatment-plan')!;
    await widgetReady(plan, 'Your B12 treatment plan');
    expect(plan.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('en-GB');
    // Still working: a person can answer and get a plan.
    plan.shadowRoot!.querySelector<HTMLInputElement>('#cause-diet')!.click();
    plan.shadowRoot!.querySelector<HTMLInputElement>('#neurological-no')!.click();
    await waitUntil(() => plan.shadowRoot!.querySelectorAll('.phase').length === 2, 'no plan');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const requests = frame.contentWindow!.performance.getEntriesByType('resource').filter((entry) => /chunks\/b12-treatment-plan\.ro-/.test(entry.name));
    expect(requests.length).to.be.at.most(1);
  });

  it('the embed builder’s snippet carries the file’s real integrity hash, and works when pasted', async () => {
    const { frame, doc } = await openPage('/demo/embed.html');
    frames.push(frame);
    const set = (selector: string, value: string) => {
      const control = doc.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
      control.value = value;
      control.dispatchEvent(new Event('change', { bubbles: true }));
    };
    set('#lang', 'cy');
    set('#unit-folate', 'nmol/L');
    set('#base', '/dist/cdn/');
    // A chosen language gets that language's own file, its words compiled in.
    const expected = await sha384('/dist/cdn/cy/b12-cofactor-checker.js');
    await waitUntil(() => (doc.querySelector('#snippet')!.textContent ?? '').includes('src="/dist/cdn/cy/b12-cofactor-checker.js"'), 'snippet never updated');
    const snippet = doc.querySelector('#snippet')!.textContent!;
    expect(snippet).to.include(`integrity="${expected}" crossorigin="anonymous"`);
    expect(snippet).to.include('<b12-cofactor-checker units="folate:nmol/L" lang="cy">');

    // The live preview shows the same choices.
    const preview = doc.querySelector('#preview b12-cofactor-checker')!;
    await widgetReady(preview, 'Gwiriwch eich canlyniadau cydffactorau');

    expect(await axeViolations(frame), 'the builder page passes axe').to.deep.equal([]);

    // Pasted into a page of its own, the snippet loads (the browser checks the hash) and works.
    const pasted = await openPage('', `<!doctype html><html lang="en-GB"><body>${snippet}</body></html>`);
    frames.push(pasted.frame);
    const checker = pasted.doc.querySelector('b12-cofactor-checker')!;
    await widgetReady(checker, 'Gwiriwch eich canlyniadau cydffactorau');
    expect(checker.shadowRoot!.querySelector<HTMLSelectElement>('#folate-unit')!.value).to.equal('nmol/L');
    expect(snippet).not.to.include('modulepreload');
    const fetched = pasted.frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(fetched.filter((url) => url.includes('/chunks/'))).to.deep.equal([]);

    // "The page's language" gets the file that follows it.
    set('#lang', '');
    await waitUntil(() => (doc.querySelector('#snippet')!.textContent ?? '').includes('src="/dist/cdn/b12-cofactor-checker.js"'), 'snippet never went back to the file that follows the page');
  });

  it('the builder offers every widget; the diary gets its own file, only the fields it reads, and its first screen, never the editor’s own diary', async () => {
    // The editor keeps a diary of their own in this browser, on the builder's website.
    const store = await DiaryStore.create();
    await store.put(threeCycleDiary());
    store.close();
    try {
      const { frame, doc } = await openPage('/demo/embed.html');
      frames.push(frame);
      const snippetText = () => doc.querySelector('#snippet')!.textContent ?? '';
      await waitUntil(() => snippetText().includes('<script'), 'snippet never written');
      const offered = [...doc.querySelectorAll<HTMLInputElement>('input[name="widget"]')].map((radio) => [radio.value, text(radio.labels![0])]);
      expect(offered.map(([tag]) => tag)).to.deep.equal(WIDGETS.map((widget) => widget.tag));
      expect(offered.slice(0, 3).map(([, label]) => label)).to.deep.equal(['Cofactor checker', 'Treatment plan', 'Symptom diary']);

      doc.querySelector<HTMLInputElement>('input[value="b12-symptom-diary"]')!.click();
      await waitUntil(() => snippetText().includes('<b12-symptom-diary'), 'the diary’s snippet never written');
      const [script, stylesheet] = await Promise.all([sha384('/dist/cdn/b12-symptom-diary.js'), sha384('/dist/cdn/b12-symptom-diary.css')]);
      const made = snippetText();
      expect(
        made.startsWith(
          `<script type="module" src="/b12-widgets/b12-symptom-diary.js" integrity="${script}" crossorigin="anonymous"></script>\n<b12-symptom-diary>\n  <template shadowrootmode="open"><link rel="stylesheet" href="/b12-widgets/b12-symptom-diary.css" integrity="${stylesheet}" crossorigin="anonymous">`,
        ),
        made.slice(0, 400),
      ).to.equal(true);
      expect(made.endsWith('</template>\n  <p>Loading the B12 widget…</p>\n</b12-symptom-diary>')).to.equal(true);
      // Its first screen is every reader's: still looking for a kept diary, no date filled in.
      const first = new DOMParser().parseFromString(made.slice(made.indexOf('<template'), made.indexOf('</template>') + 11), 'text/html').querySelector('template')!.content;
      expect(text(first.querySelector('.keeping__state--current'))).to.equal('Looking for a diary kept on this device.');
      expect([...first.querySelectorAll('[data-date-part]')].map((input) => input.getAttribute('value'))).to.deep.equal([null, null, null, null, null, null]);
      expect(first.querySelector('.findings'), 'no findings').to.equal(null);
      for (const words of ['Hydroxocobalamin 1 mg', 'Better after the injection']) {
        expect(made.includes(words), `the editor's diary in the snippet: ${words}`).to.equal(false);
      }
      // No view, no units, and it is not in the combined file: none of those fields shows.
      for (const id of ['#mode-field', '#units', '#combined']) expect(doc.querySelector<HTMLElement>(id)!.hidden, id).to.equal(true);
      await widgetReady(doc.querySelector('#preview b12-symptom-diary')!, 'Your symptom diary');
    } finally {
      frames.splice(0).forEach((frame) => frame.remove());
      await removeDatabase();
    }
  });

  it('the builder offers the same widget as a frame, with the sandbox for what readers may do in it', async () => {
    const { frame, doc } = await openPage('/demo/embed.html');
    frames.push(frame);
    const frameText = () => doc.querySelector('#frame-snippet')!.textContent ?? '';
    await waitUntil(() => frameText().startsWith('<iframe'), 'no frame written');
    expect(frameText()).to.equal(
      '<iframe src="/b12-widgets/frame/index.html?widget=cofactor-checker" title="B12 cofactor checker" loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads allow-modals" width="100%" height="800" style="border: 0"></iframe>',
    );
    expect(doc.querySelector('#frame-listener')!.textContent).to.equal('<script src="/b12-widgets/frame/listen.js"></script>');
    const print = doc.querySelector<HTMLInputElement>('input[name="frame-feature"][value="print"]')!;
    expect(text(print.labels![0])).to.include('Print');
    print.click();
    await waitUntil(() => !frameText().includes('allow-modals'), 'unticking print left allow-modals');
    // The widget is told, so it says it cannot print rather than offering a button that does nothing.
    expect(frameText()).to.include('?widget=cofactor-checker&amp;unavailable=print"');
    const welsh = doc.querySelector<HTMLSelectElement>('select[name="lang"]')!;
    welsh.value = 'cy';
    welsh.dispatchEvent(new Event('input', { bubbles: true }));
    await waitUntil(() => frameText().includes('?widget=cofactor-checker&amp;lang=cy&amp;unavailable=print"'), 'the frame never took the language');
  });

  it('the builder offers dark mode: the element declares color-scheme light dark, in the code and in the preview', async () => {
    const { frame, doc } = await openPage('/demo/embed.html');
    frames.push(frame);
    const snippetText = () => doc.querySelector('#snippet')!.textContent ?? '';
    await waitUntil(() => snippetText().includes('<script'), 'snippet never written');
    expect(snippetText()).not.to.include('color-scheme');
    const dark = doc.querySelector<HTMLInputElement>('input[name="darkMode"]')!;
    expect(text(dark.labels![0])).to.equal("Dark colours when the reader's device is set to dark");
    dark.click();
    await waitUntil(() => snippetText().includes('color-scheme'), 'snippet never updated');
    expect(snippetText()).to.match(/^<style>\n {2}b12-cofactor-checker \{\n {4}color-scheme: light dark;\n {2}\}\n<\/style>\n<script /);
    expect(doc.querySelector<HTMLElement>('#preview b12-cofactor-checker')!.style.colorScheme).to.equal('light dark');
    dark.click();
    await waitUntil(() => !snippetText().includes('color-scheme'), 'dark mode never removed');
  });

  it('the builder’s Font field takes a font-family list only, and says why it refused anything else (issue 16, fault 17)', async () => {
    const { frame, doc } = await openPage('/demo/embed.html');
    frames.push(frame);
    const font = doc.querySelector<HTMLInputElement>('#font')!;
    const snippetText = () => doc.querySelector('#snippet')!.textContent ?? '';
    const typeFont = async (value: string) => {
      font.value = value;
      font.dispatchEvent(new Event('input', { bubbles: true }));
      await waitUntil(() => snippetText().includes('<script'), 'snippet never updated');
      await new Promise((resolve) => setTimeout(resolve, 50));
    };
    for (const hostile of ['Georgia</style><script>window.__b12Pwned=1</script>', 'Georgia; } body { display:none } x {', 'Georgia\\3c /style', 'url(https://example.org/x)']) {
      await typeFont(hostile);
      expect(snippetText(), hostile).not.to.include(hostile);
      expect(snippetText(), hostile).not.to.match(/<\/style>\s*<script>window/);
      expect(snippetText(), hostile).not.to.include('--b12-font-family');
      expect(text(doc.querySelector('#font-error')), hostile).to.include('letters, numbers, spaces, hyphens, commas and quotes');
      expect(font.getAttribute('aria-invalid')).to.equal('true');
      expect(font.getAttribute('aria-describedby')).to.include('font-error');
    }
    await typeFont('"Frutiger W01", Arial, sans-serif');
    expect(snippetText()).to.include('--b12-font-family: "Frutiger W01", Arial, sans-serif;');
    expect(text(doc.querySelector('#font-error'))).to.equal('');
    expect(font.getAttribute('aria-invalid')).to.equal('false');
  });

  it('the gallery and the builder fit a 320 px wide phone without scrolling sideways', async () => {
    // The builder's longest word is the integrity hash, so it is measured once the snippet has one.
    const ready = {
      '/demo/?lang=cy': (doc: Document) => Boolean(doc.querySelector('b12-cofactor-checker')?.shadowRoot?.querySelector('.root')),
      '/demo/embed.html': (doc: Document) => (doc.querySelector('#snippet')?.textContent ?? '').includes('integrity="sha384-'),
    };
    for (const [page, isReady] of Object.entries(ready)) {
      const { frame, doc } = await openPage(page, undefined, 320);
      frames.push(frame);
      await waitUntil(() => isReady(doc), `${page} never got ready`, { timeout: 10_000 });
      const { scrollWidth, clientWidth } = doc.documentElement;
      expect(scrollWidth, `${page} is ${scrollWidth} px wide in a ${clientWidth} px window`).to.be.at.most(clientWidth);
    }
  });

  it('the demo gallery passes axe, in English and in Urdu', async () => {
    for (const language of ['en-GB', 'ur']) {
      const { frame, doc } = await openPage(`/demo/?lang=${language}`);
      frames.push(frame);
      // Every example declared for the gallery is there, with its attributes (and the picker's language).
      const shown = [...doc.querySelectorAll('#gallery b12-cofactor-checker, #gallery b12-treatment-plan, #gallery b12-symptom-diary')].map((widget) => [
        widget.localName,
        Object.fromEntries(widget.getAttributeNames().map((name) => [name, widget.getAttribute(name)])),
      ]);
      const gallery = WIDGET_EXAMPLES.filter(({ example }) => example.inGallery);
      expect(shown).to.deep.equal(gallery.map(({ tagName, example }) => [tagName, { ...example.attributes, lang: language }]));
      for (const widget of doc.querySelectorAll('b12-cofactor-checker, b12-treatment-plan, b12-symptom-diary')) {
        await waitUntil(() => widget.shadowRoot?.querySelector('.root')?.getAttribute('lang') === language, `${widget.localName} in ${language}`, { timeout: 10_000 });
      }
      expect((await axeViolations(frame)).join(' | '), language).to.equal('');
    }
  });
});
