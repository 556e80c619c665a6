import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { addDays, formatIsoDate, parseIsoDate } from '../../../src/engine/iso-date.js';
import '../../../src/symptom-diary.js';
import type { B12SymptomDiary } from '../../../src/symptom-diary.js';
import { $, $$, isShown, settled, text } from '../helpers.js';
import { importDiary, keepingKnown, threeCycleDiary, TODAY } from './diary-helpers.js';

const isChromium = /Chrome\//.test(navigator.userAgent);
const DAY = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const number = (node: Element, name: string) => Number(node.getAttribute(name));

async function diaryWith(width: number, lang = 'en-GB'): Promise<{ el: B12SymptomDiary; frame: HTMLElement }> {
  const frame = await fixture<HTMLElement>(html`<div style="width: ${width}px"><b12-symptom-diary lang=${lang} .today=${TODAY}></b12-symptom-diary></div>`);
  const el = frame.firstElementChild as B12SymptomDiary;
  await keepingKnown(el);
  await importDiary(el, threeCycleDiary());
  await settled(el);
  return { el, frame };
}

/** A least-squares check that every point lies on one straight line: the biggest miss, in px. */
function worstMissFromLine(pairs: [number, number][]): number {
  const [[x0, y0], [x1, y1]] = [pairs[0], pairs[pairs.length - 1]];
  const slope = (y1 - y0) / (x1 - x0);
  return Math.max(...pairs.map(([x, y]) => Math.abs(y0 + slope * (x - x0) - y)));
}

describe('<b12-symptom-diary>: what the diary shows', () => {
  it('summarises the three cycles in words, with the advice by position and its sources', async () => {
    const { el } = await diaryWith(800);
    const sentences = $$(el, '.summary__sentence').map(text);
    expect(sentences).to.deep.equal([
      'In your last 3 cycles, you recorded your symptoms as clearly worse again from day 52 to day 60 after an injection.',
      'The usual gap between your injections is 91 days.',
    ]);
    const advice = $(el, '.summary [data-advice="maintenance-review-frequency"]')!;
    expect(text(advice)).to.include("The medicine's licence allows an injection every 2 months").and.include('Ask your GP to review your treatment');
    expect(text(advice.querySelector('.position'))).to.equal('national guidance');
    expect(text($(el, '.summary .sources'))).to.include('NICE guideline NG239');
    expect(text($(el, '.summary .sources'))).not.to.include('The B12 Society');
    expect(text($(el, '.summary .other-causes'))).to.include('Other things, such as an infection or another condition');
    expect(text($(el, '.summary'))).to.include('This is what you recorded, not a diagnosis');
    expect(text($(el, '.findings'))).to.include('at least 2 more than on your best day');
  });

  it('says nothing came back when no cycle got clearly worse, and gives no advice then', async () => {
    const { el } = await diaryWith(800);
    const steady = threeCycleDiary();
    steady.checkIns = steady.checkIns.map((entry) => ({ ...entry, levels: { tiredness: 1 } }));
    el.remove();
    const fresh = await fixture<B12SymptomDiary>(html`<b12-symptom-diary .today=${TODAY}></b12-symptom-diary>`);
    await keepingKnown(fresh);
    await importDiary(fresh, steady);
    expect(text($(fresh, '.summary__sentence'))).to.equal('In your last 3 cycles, you did not record your symptoms as clearly worse again before your next injection.');
    expect($(fresh, '.summary [data-advice]') === null, 'advice shown').to.equal(true);
  });

  for (const [lang, rtl] of [
    ['en-GB', false],
    ['ur', true],
  ] as const) {
    it(`draws each check-in at its date and score, and each injection at its date (${lang})`, async () => {
      const { el } = await diaryWith(800, lang);
      const diary = threeCycleDiary();
      const points = $$(el, '.chart--time circle.point');
      expect(points).to.have.length(diary.checkIns.length);
      // Across: one straight line from date to x; later is further right, or further left in Urdu.
      const byDate = points.map((point) => [dayNumber(point.dataset.date!), number(point, 'cx')] as [number, number]);
      expect(worstMissFromLine(byDate), 'x against date').to.be.below(0.2);
      const [first, last] = [byDate[0], byDate[byDate.length - 1]];
      expect(last[1] > first[1], 'time runs the reading way').to.equal(!rtl);
      // Up: one straight line from score to y, and a higher score is higher on screen (smaller y).
      const byScore = points.map((point) => [Number(point.dataset.score), number(point, 'cy')] as [number, number]);
      expect(worstMissFromLine(byScore.sort((a, b) => a[0] - b[0])), 'y against score').to.be.below(0.2);
      const scoreOf = new Map(diary.checkIns.map((entry) => [entry.date, Object.values(entry.levels).reduce<number>((sum, level) => sum + level, 0)]));
      for (const point of points) expect(Number(point.dataset.score), point.dataset.date).to.equal(scoreOf.get(point.dataset.date!));
      const zero = points.find((point) => point.dataset.score === '0')!;
      const three = points.find((point) => point.dataset.score === '3')!;
      expect(number(three, 'cy')).to.be.below(number(zero, 'cy'));
      // Each injection's line stands on the same date-to-x line as the check-ins.
      const injections = $$(el, '.chart--time .injection');
      expect(injections.map((mark) => mark.dataset.date)).to.deep.equal(diary.injections.map((entry) => entry.date));
      const pxPerDay = (last[1] - first[1]) / (last[0] - first[0]);
      for (const mark of injections) {
        const expected = first[1] + (dayNumber(mark.dataset.date!) - first[0]) * pxPerDay;
        expect(number(mark.querySelector('line')!, 'x1'), mark.dataset.date).to.be.closeTo(expected, 0.2);
      }
      // The picture fits its box, and its date labels are the first and last dates.
      const svg = $(el, '.chart--time svg')!;
      for (const point of points) expect(number(point, 'cx')).to.be.within(0, number(svg, 'width'));
      expect($$(el, '.chart--time text.label').slice(-2).map(text)).to.have.length(2);
    });
  }

  it('lays each cycle over the others by days since its injection, ringing the day it got worse again', async () => {
    const { el } = await diaryWith(800);
    const cycles = $$(el, '.chart--cycles .cycle');
    expect(cycles.map((cycle) => cycle.dataset.injection)).to.deep.equal(['2026-01-05', '2026-04-06', '2026-07-06', '2026-10-05']);
    const rings = $$(el, '.chart--cycles .came-back');
    expect(rings.map((ring) => Number(ring.dataset.day))).to.deep.equal([52, 60, 56]);
    const points = $$(el, '.chart--cycles circle.point');
    const byDay = points.map((point) => [Number(point.dataset.day), number(point, 'cx')] as [number, number]);
    expect(worstMissFromLine(byDay.sort((a, b) => a[0] - b[0])), 'x against day').to.be.below(0.2);
    // A ring sits on the check-in of that day in its cycle.
    rings.forEach((ring, i) => {
      const point = [...cycles[i].querySelectorAll<SVGCircleElement>('circle.point')].find((candidate) => candidate.dataset.day === ring.dataset.day)!;
      expect([number(ring, 'cx'), number(ring, 'cy')]).to.deep.equal([number(point, 'cx'), number(point, 'cy')]);
    });
    // Day 91, where the next injection came, is the end of the axis.
    const next = $(el, '.chart--cycles .next-injection')!;
    expect(next.dataset.day).to.equal('91');
    expect(Math.max(...byDay.map(([, x]) => x))).to.be.at.most(number(next, 'x1') + 0.1);
  });

  it('lists the latest 60 entries of a long diary, and all of them when asked', async () => {
    const el = await fixture<B12SymptomDiary>(html`<b12-symptom-diary .today=${TODAY}></b12-symptom-diary>`);
    await keepingKnown(el);
    const long = threeCycleDiary();
    // Daily for the 30 days before today (a file may not hold a day after it).
    const extra = Array.from({ length: 30 }, (_, i) => ({ id: `x${i}`, date: formatIsoDate(addDays(parseIsoDate(TODAY)!, i - 30)), levels: { tiredness: 1 as const } }));
    await importDiary(el, { ...long, checkIns: [...long.checkIns, ...extra] });
    const rows = () => $$(el, '.diary-table tbody tr');
    expect(rows()).to.have.length(60);
    expect(rows().at(-1)!.dataset.entry, 'the newest entry is shown').to.equal('x29');
    expect(text($(el, '.entries__count'))).to.equal('Entries shown: 60 of 76. All of them are in the file you can save.');
    $$<HTMLButtonElement>(el, 'button')
      .find((button) => text(button) === 'Show all entries')!
      .click();
    await settled(el);
    expect(rows()).to.have.length(76);
    expect(rows()[0].dataset.entry).to.equal('i0');
  });

  it('shows one symptom over time when asked', async () => {
    const { el } = await diaryWith(800);
    const select = $<HTMLSelectElement>(el, '#chart-symptom')!;
    select.value = 'memory';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settled(el);
    const scores = $$(el, '.chart--time circle.point').map((point) => Number(point.dataset.score));
    expect(Math.max(...scores)).to.equal(1);
    expect(text($(el, '.chart--time title'))).to.include('Memory or concentration problems');
  });

  for (const width of [320, 1024]) {
    it(`at ${width} px: nothing wider than the column but the table's own scrolling region, and axe finds nothing`, async () => {
      const { el, frame } = await diaryWith(width);
      const { left, right } = frame.getBoundingClientRect();
      const scroller = $(el, '.table-scroll')!;
      const wide = $$(el, '*')
        .filter((node) => !scroller.contains(node) && node.getClientRects().length > 0 && !node.closest('.visually-hidden'))
        .filter((node) => {
          const box = node.getBoundingClientRect();
          return box.width > 0 && (box.left < left - 1 || box.right > right + 1);
        })
        .map((node) => `${node.localName}.${[...node.classList].join('.')}`);
      expect(wide).to.deep.equal([]);
      expect(number($(el, '.chart--time svg')!, 'width')).to.be.at.most(width);
      await expect(el).to.be.accessible();
    });
  }

  // A4 and US Letter, less 1 cm margins, at 96 px to the inch.
  for (const [paper, widthMm, heightMm] of [
    ['A4', 190, 277],
    ['Letter', 195.9, 259.4],
  ] as const) {
    it(`prints on one ${paper} page for the GP: the summary, the charts, the entries and sources, without the forms (Chromium)`, async function () {
      if (!isChromium) this.skip();
      const mm = 96 / 25.4;
      const { el } = await diaryWith(Math.floor(widthMm * mm));
      try {
        await emulateMedia({ media: 'print' });
        await settled(el);
        for (const selector of ['.findings', '.chart--print-time', '.chart--print-cycles', '.diary-table', '.symptom-sources']) expect(isShown($(el, selector)!), selector).to.equal(true);
        for (const selector of ['.keeping', 'form', '.file', '#chart-symptom']) expect(isShown($(el, selector)!), selector).to.equal(false);
        expect($$(el, 'button').filter(isShown), 'buttons').to.have.length(0);
        el.id = 'printed';
        await executeServerCommand('save-screenshot', { name: `diary-print-${paper}`, selector: '#printed' });
        const height = el.getBoundingClientRect().height;
        expect(height / mm, 'printed height in mm').to.be.below(heightMm);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  }

  it('keeps its charts readable in forced colours (Chromium)', async function () {
    if (!isChromium) this.skip();
    const { el } = await diaryWith(800);
    try {
      await executeServerCommand('emulate-forced-colors', { active: true });
      await settled(el);
      const trend = getComputedStyle($(el, '.chart--time .trend')!);
      const point = getComputedStyle($(el, '.chart--time .point')!);
      const canvasText = getComputedStyle(el).color;
      expect(trend.stroke).to.equal(canvasText);
      expect(point.fill).to.equal(canvasText);
      expect(getComputedStyle($(el, '.chart--cycles .came-back')!).stroke).to.equal(canvasText);
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });
});

describe('<b12-symptom-diary>: what a sparse record must not claim, and the safety net', () => {
  const NOT_ENOUGH = 'Not enough check-ins yet to show whether your symptoms come back before your next injection.';

  async function diaryOf(diary: Parameters<typeof importDiary>[1]): Promise<B12SymptomDiary> {
    const el = await fixture<B12SymptomDiary>(html`<b12-symptom-diary .today=${TODAY}></b12-symptom-diary>`);
    await keepingKnown(el);
    await importDiary(el, diary);
    return el;
  }

  it('four injections and no check-ins: "not enough check-ins yet", never "did not get worse", and no advice', async () => {
    const full = threeCycleDiary();
    const el = await diaryOf({ ...full, checkIns: [] });
    const words = text($(el, '.summary'));
    expect(words).to.include(NOT_ENOUGH);
    expect(words).not.to.match(/did not|clearly worse again from/);
    expect($(el, '.summary [data-advice]') === null, 'advice shown').to.equal(true);
    expect(
      $$(el, '.cycle-table tbody tr')
        .slice(0, 3)
        .map((row) => text(row.lastElementChild)),
    ).to.deep.equal(['Not enough check-ins', 'Not enough check-ins', 'Not enough check-ins']);
  });

  it('a cycle with two check-ins, none to severe: no ring on the chart, and "Not enough check-ins" in the table', async () => {
    const el = await diaryOf({
      ownSymptoms: [],
      injections: [
        { id: 'i0', date: '2026-05-04' },
        { id: 'i1', date: '2026-08-03' },
      ],
      checkIns: [
        { id: 'a', date: '2026-05-14', levels: { tiredness: 0 } },
        { id: 'b', date: '2026-07-23', levels: { tiredness: 3 } },
      ],
    });
    expect($$(el, '.chart--cycles .came-back')).to.have.length(0);
    expect(text($(el, '.cycle-table tbody tr')!.lastElementChild)).to.equal('Not enough check-ins');
    expect(text($(el, '.summary'))).to.include(NOT_ENOUGH);
  });

  it('a short line under the check-in form always; no urgent box while nothing calls for it', async () => {
    const el = await diaryOf(threeCycleDiary());
    expect(text($(el, '.record .safety-line'))).to.equal(
      'If nerve symptoms are new or getting worse quickly, do not wait for your next injection: contact your GP today or call 111. In an emergency, call 999.',
    );
    expect($(el, '.safety-net') === null, 'urgent box shown').to.equal(true);
    // The symptom list is a selection, and says so.
    expect(text($(el, '.symptom-sources p'))).to.equal('The symptom list is a selection of common symptoms from NICE guidance and the NHS website. It is not complete: add your own.');
  });

  it('balance rated severe: the full urgent words, prominently, on screen and on the printed page', async () => {
    const diary = threeCycleDiary();
    diary.checkIns.push({ id: 'severe', date: '2026-11-20', levels: { balance: 3 } });
    const el = await diaryOf(diary);
    const net = $(el, '.safety-net [data-warning="diary-urgent-symptoms"]')!;
    expect(text(net)).to.equal(
      'Urgent: Do not wait for your next injection If you have new or quickly worsening numbness, weakness, or problems with walking, balance, eyesight or bladder control, do not wait for your next injection: contact your GP today or call 111. Call 999 or go to A&E in an emergency. Sources: Devalia V et al. Guidelines for the diagnosis and treatment of cobalamin and folate disorders. Br J Haematol 2014;166:496–513 (2014) national guidance NICE guideline NG239, Vitamin B12 deficiency in over 16s: diagnosis and management (2024) national guidance',
    );
    // Above the forms: the first thing after the diary's heading, intro and where it is kept.
    expect(net.compareDocumentPosition($(el, 'form[data-form="check-in"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    if (isChromium) {
      try {
        await emulateMedia({ media: 'print' });
        await settled(el);
        expect(isShown(net), 'printed').to.equal(true);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    }
  });

  it('eyesight two levels worse than the check-in before (none to moderate): the urgent words', async () => {
    const diary = threeCycleDiary();
    diary.checkIns.push({ id: 'a', date: '2026-11-10', levels: { eyesight: 0 } }, { id: 'b', date: '2026-11-20', levels: { eyesight: 2 } });
    const el = await diaryOf(diary);
    expect($(el, '.safety-net [data-warning="diary-urgent-symptoms"]') !== null).to.equal(true);
  });

  it('tiredness severe is not a nerve symptom: no urgent box', async () => {
    const diary = threeCycleDiary();
    diary.checkIns.push({ id: 'tired', date: '2026-11-20', levels: { tiredness: 3 } });
    const el = await diaryOf(diary);
    expect($(el, '.safety-net') === null).to.equal(true);
  });
});
