import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { DiaryStore, StorageRefused } from '../../../src/elements/symptom-diary/diary-store.js';
import { toDiaryJson, type Diary } from '../../../src/engine/index.js';
import { localIsoDate } from '../../../src/engine/iso-date.js';
import '../../../src/symptom-diary.js';
import '../../../src/treatment-plan.js';
import type { B12SymptomDiary } from '../../../src/symptom-diary.js';
import { $, $$, captureDownloads, render, settled, text, withConsoleErrors } from '../helpers.js';
import {
  DATABASE,
  databaseNames,
  keepingKnown,
  openDiary,
  openFile,
  press,
  removeDatabase,
  tableRows,
  threeCycleDiary,
  TODAY,
  typeDate,
  keepOnThisDevice,
  settleRounds,
  withFullDisk,
  keepingWords,
} from './diary-helpers.js';

/*
 * What a diary file, the page or the device can do to the diary that a person typing
 * cannot: files that flood or lie, a broken `.today`, a database deleted or full. Each
 * case failed before the fix (Hardening III).
 */

async function checkIn(el: B12SymptomDiary, symptom: string, level: number): Promise<void> {
  $<HTMLInputElement>(el, `input[data-symptom="${symptom}"][value="${level}"]`)!.click();
  $<HTMLButtonElement>(el, 'form[data-form="check-in"] button[type="submit"]')!.click();
  await settled(el);
}

const questionNames = (el: B12SymptomDiary) => $$(el, '.symptom legend').map(text);
const fileError = (el: B12SymptomDiary) => text($(el, '#import-file-error'));

describe('<b12-symptom-diary>: files that flood or lie', () => {
  it('refuses a file dated where a person cannot type, naming the diary’s rule', async () => {
    const el = await openDiary();
    const valid = JSON.parse(toDiaryJson(threeCycleDiary()));
    for (const date of ['9999-01-01', '1900-01-01', '2026-11-27']) {
      await openFile(el, JSON.stringify({ ...valid, injections: [...valid.injections, { id: 'far', date }] }));
      expect(fileError(el), date).to.include('The file has an entry dated after today or more than 10 years ago.');
      expect(fileError(el), date).to.include('Nothing was added.');
      expect(tableRows(el), date).to.deep.equal([]);
    }
  });

  it('refuses a file that names thousands of symptoms, quickly, and adds no question', async () => {
    const el = await openDiary();
    const before = questionNames(el);
    const flood: Diary = {
      ownSymptoms: [],
      injections: [],
      checkIns: Array.from({ length: 3000 }, (_, i) => ({ id: `c${i}`, date: '2026-11-01', levels: { [`symptom-${i}`]: 1 as const } })),
    };
    const started = performance.now();
    await openFile(el, toDiaryJson(flood));
    expect(performance.now() - started, 'refused without building 3,000 questions').to.be.below(3000);
    expect(fileError(el)).to.include('The file rates more than 50 different symptoms.');
    expect(questionNames(el)).to.deep.equal(before);
    expect($$(el, 'input[type="radio"]')).to.have.length(before.length * 4);
  });

  it('joins a file’s own symptom to the one of the same name already listed, built-in or the person’s', async () => {
    const el = await openDiary();
    const name = $<HTMLInputElement>(el, '#own-symptom')!;
    name.value = 'Headache';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    await press(el, 'Add symptom');
    const laptop: Diary = {
      // Added on another device: the same names, other ids.
      ownSymptoms: [
        { id: 'own-laptop1', name: 'headache ' },
        { id: 'own-laptop2', name: 'Tiredness or lack of energy' },
      ],
      injections: [],
      checkIns: [{ id: 'laptop-c1', date: '2026-11-20', levels: { 'own-laptop1': 3, 'own-laptop2': 2 } }],
    };
    await openFile(el, toDiaryJson(laptop));
    expect(text($(el, '.confirmation'))).to.equal('The entries from the file have been added.');
    const names = questionNames(el);
    expect(
      names.filter((question) => question.toLowerCase() === 'headache'),
      'one "Headache" question',
    ).to.have.length(1);
    expect(names.filter((question) => question === 'Tiredness or lack of energy')).to.have.length(1);
    // The laptop's ratings are under the phone's questions.
    const headings = $$(el, '.diary-table thead th').map(text);
    const row = $$(el, '.diary-table tbody tr')[0].children;
    expect(text(row[headings.indexOf('Headache')])).to.equal('Severe');
    expect(text(row[headings.indexOf('Tiredness or lack of energy')])).to.equal('Moderate');
  });

  it('refuses a file that would take the person past 20 symptoms of their own', async () => {
    const el = await openDiary();
    const ownSymptoms = (device: string, count: number) => Array.from({ length: count }, (_, i) => ({ id: `own-${device}${i}`, name: `${device} symptom ${i}` }));
    await openFile(el, toDiaryJson({ ownSymptoms: ownSymptoms('phone', 15), injections: [{ id: 'i1', date: '2026-11-01' }], checkIns: [] }));
    const questions = questionNames(el).length;
    await openFile(el, toDiaryJson({ ownSymptoms: ownSymptoms('laptop', 15), injections: [{ id: 'i2', date: '2026-11-02' }], checkIns: [] }));
    expect(fileError(el)).to.include('With this file you would have more than 20 symptoms of your own. Nothing was added.');
    expect(questionNames(el)).to.have.length(questions);
    expect(tableRows(el)).to.have.length(1);
  });

  it('saves a CSV that Excel reads as UTF-8: it starts with a byte-order mark', async () => {
    const el = await render<B12SymptomDiary>(html`<b12-symptom-diary lang="pl" .today=${TODAY}></b12-symptom-diary>`);
    await keepingKnown(el);
    await openFile(el, toDiaryJson(threeCycleDiary()));
    const { files: saved } = captureDownloads(() => $$<HTMLButtonElement>(el, '.file button')[1].click());
    const bytes = new Uint8Array(await saved[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(saved[0].type).to.match(/^text\/csv/);
  });
});

describe('<b12-symptom-diary>: dates and today', () => {
  it('a date past the diary’s ten years names that rule, not the plan’s year', async () => {
    const el = await openDiary();
    await typeDate(el, 'check-in-date', '2015-11-26');
    await checkIn(el, 'tiredness', 1);
    expect(text($(el, '#check-in-date-error'))).to.equal('Error: The date must be within the last 10 years');
    expect(tableRows(el)).to.deep.equal([]);
  });

  for (const [what, today] of [
    ['null', null],
    ['a number', 20261126],
    ['an empty string', ''],
    ['garbage', 'garbage'],
    ['30 February', '2026-02-30'],
  ] as const) {
    it(`with .today set to ${what}, uses the device’s date, tells the editor, and still saves`, async () => {
      const { result: el, logged } = await withConsoleErrors(async () => {
        const widget = await fixture<B12SymptomDiary>(html`<b12-symptom-diary .today=${today as unknown as string}></b12-symptom-diary>`);
        await keepingKnown(widget);
        await settled(widget);
        return widget;
      });
      expect(text($(el, '.editor-notice'))).to.include('The today property is');
      expect(logged.join('\n')).to.include('The today property is');
      const device = localIsoDate(new Date());
      const [year, month, day] = device.split('-');
      expect(['day', 'month', 'year'].map((part) => $<HTMLInputElement>(el, `#check-in-date-${part}`)!.value)).to.deep.equal([String(Number(day)), String(Number(month)), year]);
      await checkIn(el, 'tiredness', 2);
      expect(tableRows(el)).to.have.length(1);
      expect(tableRows(el)[0]).to.include('Moderate');
    });
  }

  it('the plan tells the editor about a broken .today too, and plans from the device’s date', async () => {
    const { result: plan, logged } = await withConsoleErrors(async () => {
      const widget = await fixture<HTMLElement>(html`<b12-treatment-plan .today=${'garbage'}></b12-treatment-plan>`);
      await settled(widget);
      return widget;
    });
    expect(text($(plan, '.editor-notice'))).to.include('The today property is "garbage".');
    expect(logged.join('\n')).to.include('The today property is "garbage".');
    expect($(plan, 'form, fieldset'), 'the questions still show').to.not.equal(null);
  });
});

describe('<b12-symptom-diary>: what it says about keeping matches the device', () => {
  afterEach(removeDatabase);

  it('after the page deletes the database, says nothing is kept, keeps what is on screen, and blames no one', async () => {
    const el = await openDiary();
    await checkIn(el, 'tiredness', 1);
    await keepOnThisDevice(el);
    expect($(el, '.keeping')!.dataset.state).to.equal('kept');
    await removeDatabase();
    await settleRounds(el, 10, () => $(el, '.keeping')!.dataset.state !== 'kept');
    expect(await databaseNames()).not.to.include(DATABASE);
    expect(keepingWords(el)).to.include('Nothing is kept. When you close this page, your diary is gone.');
    expect(tableRows(el)).to.have.length(1);
    await checkIn(el, 'tiredness', 2);
    expect(keepingWords(el)).not.to.include('private browsing');
    expect(tableRows(el)).to.have.length(2);
  });

  it('a write that ends after a later one was refused does not hide that refusal', async () => {
    const el = await openDiary();
    await keepOnThisDevice(el);
    const put = DiaryStore.prototype.put;
    let release = () => {};
    let calls = 0;
    DiaryStore.prototype.put = function (this: DiaryStore, entries) {
      calls++;
      // The first check-in's write is slow; the second's is refused by a full disk.
      if (calls === 1) return new Promise<void>((resolve) => (release = resolve)).then(() => put.call(this, entries));
      return Promise.reject(new StorageRefused('full'));
    };
    try {
      await checkIn(el, 'tiredness', 1);
      await checkIn(el, 'tiredness', 3);
      await waitUntil(() => $(el, '.keeping [role="alert"]'), 'the refusal was never said', { timeout: 5000 });
      release();
      await settleRounds(el, 5);
    } finally {
      DiaryStore.prototype.put = put;
    }
    expect(text($(el, '.keeping [role="alert"]'))).to.include('Your latest change could not be kept on this device');
    expect(tableRows(el)).to.have.length(2);
  });

  it('a change from another tab, or its own write being told back, never takes off the screen an entry the device does not hold yet', async () => {
    const el = await openDiary();
    await keepOnThisDevice(el);
    await checkIn(el, 'tiredness', 1);
    await withFullDisk(async () => {
      await checkIn(el, 'tiredness', 3);
    });
    // Another tab writes to the kept diary, and says so: this tab reads the device's copy again.
    const otherTab = new BroadcastChannel(DATABASE);
    otherTab.postMessage('changed');
    otherTab.close();
    await settleRounds(el, 10);
    expect(tableRows(el), 'the check-in the full disk refused is still on screen').to.have.length(2);
  });

  it('after a full disk, still says the diary is kept, says the latest change was not, and can still delete it', async () => {
    const el = await openDiary();
    await keepOnThisDevice(el);
    await checkIn(el, 'tiredness', 1);
    await withFullDisk(async () => {
      await checkIn(el, 'tiredness', 3);
      await waitUntil(() => $(el, '.keeping [role="alert"]'), 'the diary never said the change was not kept', { timeout: 5000 });
      await settled(el);
    });
    expect(keepingWords(el)).to.include('Your diary is kept in this browser on this device');
    expect(text($(el, '.keeping [role="alert"]'))).to.include("Your latest change could not be kept on this device: the device's storage is full. What was kept before is still kept.");
    expect(tableRows(el), 'nothing typed is lost from the screen').to.have.length(2);
    await press(el, 'Delete my diary from this device');
    await press(el, 'Yes, delete my diary');
    expect(await databaseNames()).not.to.include(DATABASE);
    expect(tableRows(el)).to.deep.equal([]);
  });
});

describe('<b12-symptom-diary>: years of use stay quick', () => {
  it('draws and lists only what a reader can use from 10,000 injections over 10 years, and says so', async () => {
    const el = await openDiary();
    const first = Date.parse('2016-11-28T00:00:00Z');
    const span = Date.parse(`${TODAY}T00:00:00Z`) - first;
    const injections = Array.from({ length: 10_000 }, (_, i) => ({ id: `i${i}`, date: new Date(first + Math.floor((i * span) / 10_000 / 86_400_000) * 86_400_000).toISOString().slice(0, 10) }));
    const checkIns = Array.from({ length: 100 }, (_, i) => ({ id: `c${i}`, date: injections[9_900 + i].date, levels: { tiredness: (i % 4) as 0 | 1 | 2 | 3 } }));
    await openFile(el, toDiaryJson({ ownSymptoms: [], injections, checkIns }));
    expect(text($(el, '.confirmation'))).to.equal('The entries from the file have been added.');
    const cycleDates = [...new Set(injections.map((entry) => entry.date))];

    // The cycle table: the latest 24 cycles, newest last, and the count of all of them.
    const rows = $$(el, '.cycle-table tbody tr');
    expect(rows).to.have.length(24);
    expect(rows.at(-1)!.dataset.injection).to.equal(cycleDates.at(-1));
    expect(text($(el, '.cycles__count'))).to.equal(`Cycles shown: the latest 24 of ${cycleDates.length.toLocaleString('en-GB')}. All of them are in the file you can save.`);

    // The cycle chart: the latest 12 cycles, the latest drawn as the latest.
    const drawn = $$(el, '.chart--cycles g.cycle');
    expect(drawn).to.have.length(12);
    expect(drawn.at(-1)!.dataset.injection).to.equal(cycleDates.at(-1));
    expect(drawn.at(-1)!.classList.contains('cycle--latest')).to.equal(true);
    expect(text($(el, '.chart--cycles figcaption'))).to.include('Your latest 12 cycles are drawn.');

    // The time chart: one mark per pixel column at most, the first and last injection among them.
    const width = Number($(el, '.chart--time svg')!.getAttribute('width'));
    const marks = $$(el, '.chart--time g.injection');
    expect(marks.length).to.be.at.most(width);
    const xs = marks.map((mark) => Math.round(Number(mark.querySelector('line')!.getAttribute('x1'))));
    expect(new Set(xs).size, 'no two marks on one pixel').to.equal(xs.length);
    // Every injection's column is marked: from the first date, at the start of the axis, to the last, at its end.
    const axis = $$(el, '.chart--time text.label').filter((label) => label.getAttribute('text-anchor') !== 'middle' && /20\d\d/.test(text(label)));
    expect(marks[0].dataset.date).to.equal(injections[0].date);
    expect(xs[0]).to.equal(Math.round(Number(axis[0].getAttribute('x'))));
    expect(xs.at(-1)).to.equal(Math.round(Number(axis.at(-1)!.getAttribute('x'))));
    expect(xs.length, 'no column left unmarked between the first and the last').to.be.at.least(Math.abs(xs.at(-1)! - xs[0]) * 0.95);

    // Another check-in still saves, and shows.
    await checkIn(el, 'tiredness', 3);
    expect(tableRows(el).at(-1)).to.include('Severe');
  });
});

describe('<b12-symptom-diary>: keeping joins what the device kept', () => {
  afterEach(removeDatabase);

  it('a tab that joins a diary kept in another tab joins their own symptoms of the same name', async () => {
    const addHeadache = async (el: B12SymptomDiary) => {
      const name = $<HTMLInputElement>(el, '#own-symptom')!;
      name.value = 'Headache';
      name.dispatchEvent(new Event('input', { bubbles: true }));
      await press(el, 'Add symptom');
    };
    // Two pages of the site, each with "Headache" added before either keeps the diary.
    const phone = await openDiary();
    const other = await openDiary();
    await addHeadache(phone);
    await addHeadache(other);
    await keepOnThisDevice(phone);
    // The other page hears of it and joins the kept diary.
    await settleRounds(other, 20, () => $(other, '.keeping')!.dataset.state === 'kept');
    expect($(other, '.keeping')!.dataset.state).to.equal('kept');
    expect(
      questionNames(other).filter((question) => question === 'Headache'),
      'one "Headache" question',
    ).to.have.length(1);
  });
});
