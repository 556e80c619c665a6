import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../../src/symptom-diary.js';
import type { B12SymptomDiary } from '../../../src/symptom-diary.js';
import { $, $$, isShown, settled } from '../helpers.js';
import { importDiary, keepingKnown, threeCycleDiary, TODAY } from './diary-helpers.js';

/*
 * The page a person hands their GP, printed by Chromium's own printing (page.pdf, default
 * margins) from a phone's, a tablet's and a desktop's window. Hardening III, items 11-12.
 */

const isChromium = /Chrome\//.test(navigator.userAgent);
const PT = 96 / 72;

async function printedPages(format: 'A4' | 'Letter'): Promise<number> {
  const { pages } = (await executeServerCommand('print-pdf', { format, name: `diary-print-${format}` })) as { pages: number };
  return pages;
}

async function diaryIn(windowWidth: number): Promise<B12SymptomDiary> {
  await setViewport({ width: windowWidth, height: 900 });
  const el = await fixture<B12SymptomDiary>(html`<b12-symptom-diary .today=${TODAY}></b12-symptom-diary>`);
  await keepingKnown(el);
  return el;
}

/** The smallest label of the charts as printed on A4, in points: its font size times the drawing's scale. */
async function smallestPrintedLabel(el: B12SymptomDiary): Promise<number> {
  // A4 less 1 cm margins, laid out as print lays it out.
  const frame = el.parentElement!;
  frame.style.width = `${(190 * 96) / 25.4}px`;
  await emulateMedia({ media: 'print' });
  try {
    await settled(el);
    const charts = $$<SVGSVGElement>(el, '.chart svg').filter(isShown);
    expect(charts.length, 'two charts print').to.equal(2);
    // The label's size in the drawing, times how much the drawing is scaled on the page.
    return Math.min(...charts.flatMap((svg) => [...svg.querySelectorAll('text')].map((label) => (parseFloat(getComputedStyle(label).fontSize) * label.getScreenCTM()!.a) / PT)));
  } finally {
    frame.style.width = '';
    await emulateMedia({ media: 'screen' });
  }
}

describe('<b12-symptom-diary>: the printed page for the GP (Chromium)', function () {
  this.timeout(60_000);
  before(function () {
    if (!isChromium) this.skip();
  });
  after(async () => {
    if (isChromium) await setViewport({ width: 800, height: 600 });
  });

  for (const windowWidth of [375, 800, 1280]) {
    it(`from a ${windowWidth} px window: the 46-entry example fits one A4 page and one Letter page, chart labels at 8 pt or more`, async () => {
      const el = await diaryIn(windowWidth);
      await importDiary(el, threeCycleDiary());
      expect(await printedPages('A4'), 'A4 pages').to.equal(1);
      expect(await printedPages('Letter'), 'Letter pages').to.equal(1);
      expect(await smallestPrintedLabel(el)).to.be.at.least(8);
    });
  }

  it('with 20 symptoms of the person’s own, every column prints at a readable size, the note included', async () => {
    const el = await diaryIn(1280);
    const example = threeCycleDiary();
    const ownSymptoms = Array.from({ length: 20 }, (_, i) => ({ id: `own-s${i}`, name: `My symptom number ${i + 1}` }));
    const checkIns = example.checkIns.map((entry, n) => ({
      ...entry,
      levels: { ...entry.levels, ...Object.fromEntries(ownSymptoms.map(({ id }, i) => [id, ((n + i) % 4) as 0 | 1 | 2 | 3])) },
      note: n % 5 === 0 ? 'Tired after work' : undefined,
    }));
    await importDiary(el, { ...example, ownSymptoms, checkIns: checkIns.map(({ note, ...entry }) => (note ? { ...entry, note } : entry)) });
    const frame = el.parentElement!;
    frame.style.width = `${(190 * 96) / 25.4}px`;
    await emulateMedia({ media: 'print' });
    try {
      await settled(el);
      const table = $$(el, '.diary-table, .diary-list').find(isShown)!;
      expect(table.matches('.diary-list'), 'the printed list of entries').to.equal(true);
      const root = $(el, '.root')!;
      const right = root.getBoundingClientRect().right;
      // Nothing past the page's edge, so Chromium has nothing to shrink or cut.
      expect(table.getBoundingClientRect().right, 'the table within the page').to.be.at.most(right + 0.5);
      expect(root.scrollWidth, 'nothing wider than the page').to.be.at.most(root.clientWidth);
      const cells = [...table.querySelectorAll('th, td')].filter(isShown);
      const smallest = Math.min(...cells.map((cell) => parseFloat(getComputedStyle(cell).fontSize) / PT));
      expect(smallest, 'table text in pt').to.be.at.least(6.99);
      const printed = table.textContent!;
      expect(printed).to.include('My symptom number 20');
      expect(printed).to.include('Tired after work');
      expect(printed).to.include('Note');
    } finally {
      frame.style.width = '';
      await emulateMedia({ media: 'screen' });
    }
  });
});
