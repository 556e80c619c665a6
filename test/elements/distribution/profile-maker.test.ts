import { expect, waitUntil } from '@open-wc/testing';
import { parseProfile } from '../../../src/engine/index.js';
import { clearField, field, resultCard, text, typeInto } from '../helpers.js';

/*
 * The builder's profile maker, used as an editor at a trust would: tick "Use our
 * laboratory's ranges", copy the figures from the laboratory's page, watch the checker and
 * the guide change, download the file and paste the code. Mistakes are named beside their
 * fields, and nothing leaves the page.
 */

async function openBuilder(): Promise<{ frame: HTMLIFrameElement; doc: Document; win: Window & typeof globalThis }> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/demo/embed.html';
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await waitUntil(() => (doc.querySelector('#snippet')!.textContent ?? '').includes('<script'), 'the builder never wrote its snippet', { timeout: 10_000 });
  return { frame, doc, win: frame.contentWindow as Window & typeof globalThis };
}

/** Types into a field of the page as a person does: the value, then the events a browser fires. */
function fill(doc: Document, name: string, value: string): void {
  const control = doc.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

function click(doc: Document, selector: string): void {
  doc.querySelector<HTMLElement>(selector)!.click();
}

const errorBeside = (doc: Document, name: string) => text(doc.querySelector(`[data-field="${name}"] > .demo-error`));

/** RUH Bath's B12 and ferritin figures, as its pages print them. */
function fillRuhBath(doc: Document): void {
  click(doc, '#use-laboratory');
  fill(doc, 'laboratory.name', 'Royal United Hospitals Bath pathology');
  fill(doc, 'laboratory.url', 'https://www.ruh.nhs.uk/pathology/');
  fill(doc, 'laboratory.readOn', '2026-12-05');
  click(doc, 'input[name="laboratory.tests.vitaminB12.use"]');
  fill(doc, 'laboratory.tests.vitaminB12.deficientBelow', '145');
  fill(doc, 'laboratory.tests.vitaminB12.normalFrom', '180');
  fill(doc, 'laboratory.tests.vitaminB12.range.high', '914');
  fill(doc, 'laboratory.tests.vitaminB12.note', 'NICE NG239 thresholds do not apply to the local method.');
  click(doc, 'input[name="laboratory.tests.ferritin.use"]');
  fill(doc, 'laboratory.tests.ferritin.deficientBelow', '30');
  click(doc, 'input[name="laboratory.tests.ferritin.rangeKind"][value="by-sex"]');
  fill(doc, 'laboratory.tests.ferritin.rangesBySex.women.low', '100');
  fill(doc, 'laboratory.tests.ferritin.rangesBySex.women.high', '310');
  fill(doc, 'laboratory.tests.ferritin.rangesBySex.men.low', '100');
  fill(doc, 'laboratory.tests.ferritin.rangesBySex.men.high', '340');
}

describe('distribution: the builder’s profile maker', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('an editor copies their laboratory’s figures: the checker and the guide change live, and the code gets profile-src and the first screen with their ranges', async () => {
    const { frame, doc } = await openBuilder();
    frames.push(frame);
    expect(doc.querySelector<HTMLElement>('#laboratory-form')!.hidden, 'the form waits for the editor to ask').to.equal(true);
    fillRuhBath(doc);

    const checker = doc.querySelector('#maker-checker')!;
    await waitUntil(() => text(checker.shadowRoot?.querySelector('.laboratory')).includes('Royal United Hospitals Bath pathology'), 'the checker never took the laboratory', { timeout: 10_000 });
    await typeInto(checker, field(checker, 'vitaminB12'), '300');
    expect(text(resultCard(checker, 'vitaminB12').querySelector('.result__status')), 'NG239 would say indeterminate').to.equal('Normal');
    await clearField(checker, field(checker, 'vitaminB12'));
    await typeInto(checker, field(checker, 'vitaminB12'), '170');
    expect(text(resultCard(checker, 'vitaminB12').querySelector('.result__status'))).to.equal('Indeterminate');
    const guide = doc.querySelector('#maker-guide')!;
    await waitUntil(() => text(guide.shadowRoot?.querySelector('tr[data-analyte="ferritin"]')).includes('above 310 µg/L for women, 340 µg/L for men'), 'the guide never took the ranges', {
      timeout: 10_000,
    });

    const snippet = () => doc.querySelector('#snippet')!.textContent ?? '';
    await waitUntil(() => snippet().includes('profile-src="/b12-widgets/profiles/royal-united-hospitals-bath-pathology.json"'), 'the code never got profile-src', { timeout: 10_000 });
    expect(snippet()).to.include('Ranges from Royal United Hospitals Bath pathology, read 5 December 2026.');
    expect(snippet()).to.include('For women: 100 µg/L to 310 µg/L');
    expect(doc.querySelector('#frame-snippet')!.textContent).to.include('profile-src=%2Fb12-widgets%2Fprofiles%2Froyal-united-hospitals-bath-pathology.json');
    const preview = doc.querySelector('#preview b12-cofactor-checker')!;
    await waitUntil(() => text(preview.shadowRoot?.querySelector('.laboratory')).includes('read 5 December 2026'), 'the preview never took the laboratory', { timeout: 10_000 });

    // Back to the built-in figures: the code and the preview follow.
    click(doc, '#use-laboratory');
    await waitUntil(() => !snippet().includes('profile-src'), 'profile-src stayed in the code', { timeout: 10_000 });
    await waitUntil(() => preview.shadowRoot?.querySelector('.laboratory') === null, 'the preview kept the laboratory', { timeout: 10_000 });
  });

  it('the file it saves is the profile the widgets read, and holds only the laboratory’s figures', async () => {
    const { frame, doc, win } = await openBuilder();
    frames.push(frame);
    const saved: Blob[] = [];
    const names: string[] = [];
    const createObjectURL = win.URL.createObjectURL.bind(win.URL);
    win.URL.createObjectURL = (blob: Blob) => (saved.push(blob), createObjectURL(blob));
    win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    fillRuhBath(doc);
    click(doc, '#maker-download');
    expect(names).to.deep.equal(['royal-united-hospitals-bath-pathology.json']);
    const json = JSON.parse(await saved.at(-1)!.text());
    expect(json).to.deep.equal({
      basedOn: 'uk-default',
      id: 'royal-united-hospitals-bath-pathology',
      name: 'Royal United Hospitals Bath pathology ranges',
      laboratory: {
        name: 'Royal United Hospitals Bath pathology',
        url: 'https://www.ruh.nhs.uk/pathology/',
        readOn: '2026-12-05',
        tests: {
          vitaminB12: { unit: 'ng/L', deficientBelow: 145, normalFrom: 180, range: { high: 914 }, note: 'NICE NG239 thresholds do not apply to the local method.' },
          ferritin: { unit: 'µg/L', deficientBelow: 30, rangesBySex: { women: { low: 100, high: 310 }, men: { low: 100, high: 340 } } },
        },
      },
    });
    const profile = parseProfile(json);
    expect(profile.analytes.vitaminB12.thresholds).to.deep.equal({ deficientBelow: 145, optimalFrom: 180, upperLimit: 914 });
    expect(text(doc.querySelector('#maker-status'))).to.equal('Saved royal-united-hospitals-bath-pathology.json. Host it at the address above.');
  });

  it('mistakes are named beside their fields and in a summary on download; no file, and the code keeps the last good figures out', async () => {
    const { frame, doc, win } = await openBuilder();
    frames.push(frame);
    const saved: Blob[] = [];
    win.URL.createObjectURL = (blob: Blob) => (saved.push(blob), 'blob:none');
    fillRuhBath(doc);
    const snippet = () => doc.querySelector('#snippet')!.textContent ?? '';
    await waitUntil(() => snippet().includes('profile-src'), 'no profile-src', { timeout: 10_000 });

    fill(doc, 'laboratory.tests.ferritin.rangesBySex.women.high', 'abc');
    expect(errorBeside(doc, 'laboratory.tests.ferritin.rangesBySex.women.high')).to.equal('Error: enter a number, such as 145 (found "abc")');
    expect(doc.querySelector('[name="laboratory.tests.ferritin.rangesBySex.women.high"]')!.getAttribute('aria-invalid')).to.equal('true');
    await waitUntil(() => !snippet().includes('profile-src'), 'the code kept profile-src to a profile with a mistake', { timeout: 10_000 });

    fill(doc, 'laboratory.tests.ferritin.rangesBySex.women.high', '40');
    expect(errorBeside(doc, 'laboratory.tests.ferritin.rangesBySex.women.high')).to.equal('Error: must be at least 50 µg/L, where the optimal band starts');
    fill(doc, 'laboratory.url', 'javascript:alert(1)');
    fill(doc, 'laboratory.readOn', '');
    expect(errorBeside(doc, 'laboratory.url')).to.match(/^Error: must be a web address starting with https:\/\//);
    expect(errorBeside(doc, 'laboratory.readOn')).to.equal('Error: enter the day you read the figures');
    expect(errorBeside(doc, 'laboratory.tests.vitaminB12.deficientBelow'), 'a good field has no message').to.equal('');

    click(doc, '#maker-download');
    const summary = doc.querySelector<HTMLElement>('#maker-summary')!;
    expect(summary.hidden).to.equal(false);
    expect(doc.activeElement).to.equal(summary);
    const links = [...summary.querySelectorAll('a')].map((link) => [text(link), link.getAttribute('href')]);
    expect(links, JSON.stringify(links)).to.deep.include([
      'Women: upper end of the range: must be at least 50 µg/L, where the optimal band starts',
      '#maker-laboratory-tests-ferritin-rangesBySex-women-high',
    ]);
    expect(saved, 'no file while the form has mistakes').to.deep.equal([]);
    expect(text(doc.querySelector('#maker-previews-note'))).to.match(/last figures without problems/);

    fill(doc, 'laboratory.tests.ferritin.rangesBySex.women.high', '310');
    fill(doc, 'laboratory.url', 'https://www.ruh.nhs.uk/pathology/');
    fill(doc, 'laboratory.readOn', '2026-12-05');
    expect(summary.hidden, 'the summary goes once every mistake is mended').to.equal(true);
    await waitUntil(() => snippet().includes('profile-src'), 'profile-src never came back', { timeout: 10_000 });
  });

  it('nothing typed leaves the page: no request carries the laboratory’s figures, and the builder passes axe with its mistakes shown', async () => {
    const { frame, doc, win } = await openBuilder();
    frames.push(frame);
    const before = new Set(win.performance.getEntriesByType('resource').map((entry) => entry.name));
    const beacons: unknown[] = [];
    win.navigator.sendBeacon = (...args: unknown[]) => (beacons.push(args), true);
    fillRuhBath(doc);
    fill(doc, 'laboratory.tests.vitaminB12.normalFrom', '100');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const requested = win.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => !before.has(name));
    expect(
      requested.filter((name) => !/\/(dist\/cdn|node_modules|src|demo|__web-dev-server)/.test(new URL(name).pathname)),
      'requests beyond the page’s own files',
    ).to.deep.equal([]);
    expect(
      requested.filter((name) => /profiles|Bath|145/.test(name)),
      'a request about the profile',
    ).to.deep.equal([]);
    expect(beacons).to.deep.equal([]);
    expect(errorBeside(doc, 'laboratory.tests.vitaminB12.normalFrom')).to.equal('Error: must not be below the deficient level, 145 ng/L');

    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    doc.head.append(script);
    await loaded;
    const axe = (win as unknown as { axe: { run: (context: Element) => Promise<{ violations: { id: string }[] }> } }).axe;
    const { violations } = await axe.run(doc.querySelector('#laboratory')!);
    expect(violations.map((violation) => violation.id)).to.deep.equal([]);
  });
});
