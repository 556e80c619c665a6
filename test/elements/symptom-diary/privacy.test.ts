import { expect, fixture, html } from '@open-wc/testing';
import { toDiaryJson } from '../../../src/engine/index.js';
import '../../../src/symptom-diary.js';
import type { B12SymptomDiary } from '../../../src/symptom-diary.js';
import { $, captureDownloads, settled, text } from '../helpers.js';
import { storageSnapshot, watchingTheNetwork } from '../../helpers/privacy.js';
import {
  button,
  DATABASE,
  databaseNames,
  importDiary,
  keepingKnown,
  openDiary,
  openFile,
  press,
  removeDatabase,
  settleRounds,
  tableRows,
  threeCycleDiary,
  TODAY,
  keepOnThisDevice,
  withFullDisk,
  keepingWords,
} from './diary-helpers.js';

async function checkIn(el: B12SymptomDiary, level: string): Promise<void> {
  $<HTMLInputElement>(el, `#level-tiredness-${level}`)!.click();
  $<HTMLButtonElement>(el, 'form[data-form="check-in"] button[type="submit"]')!.click();
  await settled(el);
}

/** What the kept diary holds, read straight from IndexedDB. */
async function keptEntries(): Promise<{ injections: number; checkIns: number }> {
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DATABASE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const count = (store: string) =>
    new Promise<number>((resolve) => {
      const request = database.transaction(store).objectStore(store).count();
      request.onsuccess = () => resolve(request.result);
    });
  const counts = { injections: await count('injections'), checkIns: await count('checkIns') };
  database.close();
  return counts;
}

const exported = (el: B12SymptomDiary, words: string) => captureDownloads(() => button(el, words).click());

describe('<b12-symptom-diary>: privacy and keeping', () => {
  beforeEach(removeDatabase);
  after(removeDatabase);

  it('stores nothing anywhere until the person chooses to keep the diary', async () => {
    const before = await storageSnapshot();
    expect(before.databases).not.to.include(DATABASE);
    const el = await openDiary();
    await importDiary(el, threeCycleDiary());
    await checkIn(el, '2');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await storageSnapshot()).to.deep.equal(before);
  });

  it('pre-rendered for a snippet, it never looks at the device: an editor’s own kept diary stays out of their snippet', async () => {
    await keepOnThisDevice(await openDiary());
    await importDiary(document.querySelector<B12SymptomDiary>('b12-symptom-diary')!, threeCycleDiary());
    const asked: string[] = [];
    const { open, databases } = indexedDB;
    indexedDB.open = (...args: Parameters<IDBFactory['open']>) => (asked.push('open'), open.apply(indexedDB, args));
    indexedDB.databases = () => (asked.push('databases'), databases.apply(indexedDB));
    try {
      // As src/embed/prerender.ts makes it: the flag set before the element is in the page.
      const el = document.createElement('b12-symptom-diary') as B12SymptomDiary;
      el.prerendering = true;
      await fixture(el);
      await settleRounds(el, 10);
      expect(asked).to.deep.equal([]);
      expect($(el, '.keeping')!.dataset.state).to.equal('checking');
      expect($(el, '.findings')).to.equal(null);
      expect(['day', 'month', 'year'].map((part) => $<HTMLInputElement>(el, `#check-in-date-${part}`)!.value)).to.deep.equal(['', '', '']);
    } finally {
      for (const name of ['open', 'databases']) Reflect.deleteProperty(indexedDB, name);
    }
  });

  it('keeps every entry on the device once chosen, finds them again in a new visit, and deletes them all after a confirmation', async () => {
    const el = await openDiary();
    await importDiary(el, threeCycleDiary());
    await keepOnThisDevice(el);
    expect(keepingWords(el)).to.include('Your diary is kept in this browser on this device, for this website only.');
    expect(keepingWords(el)).to.include('Anyone who uses this browser on this device can see it.');
    expect(await keptEntries()).to.deep.equal({ injections: 4, checkIns: 42 });
    // Entries after choosing go there too.
    await checkIn(el, '1');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await keptEntries()).checkIns).to.equal(43);

    // A new visit: another element finds the kept diary.
    el.remove();
    const again = await openDiary();
    expect(tableRows(again)).to.have.length(47);
    expect(keepingWords(again)).to.include('is kept in this browser');

    await press(again, 'Delete my diary from this device');
    expect(text($(again, '.confirm'))).to.include('This cannot be undone.');
    await expect(again).to.be.accessible();
    expect(await databaseNames(), 'nothing is deleted before the confirmation').to.include(DATABASE);
    await press(again, 'Cancel');
    expect(tableRows(again)).to.have.length(47);
    await press(again, 'Delete my diary from this device');
    await press(again, 'Yes, delete my diary');
    expect(await databaseNames()).not.to.include(DATABASE);
    expect(tableRows(again)).to.deep.equal([]);
    expect(keepingWords(again)).to.include('Nothing is kept.');
    expect(text($(again, '[role="status"]'))).to.equal('Your diary has been deleted from this device.');
  });

  it('when the browser refuses storage, keeps working in memory and says why nothing is kept', async () => {
    const el = await openDiary();
    await checkIn(el, '1');
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function () {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    try {
      await keepOnThisDevice(el);
    } finally {
      IDBFactory.prototype.open = open;
    }
    expect(text($(el, '.keeping [role="alert"]'))).to.include('Your diary cannot be kept on this device: your browser refused.');
    expect(keepingWords(el)).to.include('To keep a copy, save it as a file.');
    await checkIn(el, '3');
    expect(tableRows(el)).to.have.length(2);
    expect(await databaseNames()).not.to.include(DATABASE);
    await expect(el).to.be.accessible();
  });

  it('when the storage is full, says so and loses nothing typed', async () => {
    const el = await openDiary();
    await keepOnThisDevice(el);
    await withFullDisk(async () => {
      await checkIn(el, '2');
      await new Promise((resolve) => setTimeout(resolve, 50));
      await settled(el);
    });
    expect(text($(el, '.keeping [role="alert"]'))).to.include("the device's storage is full");
    expect(keepingWords(el), 'what was kept before still is').to.include('Your diary is kept in this browser on this device');
    expect(tableRows(el)).to.have.length(1);
  });

  it('two tabs on the same kept diary keep each other’s entries', async () => {
    const first = await openDiary();
    await keepOnThisDevice(first);
    // A second page of the same site (the channel and the database are the site's).
    const second = await openDiary();
    expect(keepingWords(second)).to.include('is kept in this browser');
    await checkIn(first, '1');
    await checkIn(second, '3');
    await settleRounds([first, second], 20, () => tableRows(first).length >= 2 && tableRows(second).length >= 2);
    expect(tableRows(first)).to.have.length(2);
    expect(tableRows(second)).to.have.length(2);
    expect(await keptEntries()).to.deep.equal({ injections: 0, checkIns: 2 });
  });

  it('exports a file that imports into an empty diary exactly, and a CSV of the same entries', async () => {
    const el = await openDiary();
    await importDiary(el, threeCycleDiary());
    const [json] = exported(el, 'Save as a diary file (.json)').files;
    const jsonText = await json.text();
    expect(jsonText).to.equal(toDiaryJson(threeCycleDiary()));
    const { files, links } = exported(el, 'Save for a spreadsheet (.csv)');
    expect(links[0].download).to.equal('b12-symptom-diary.csv');
    // Blob.text() drops a byte-order mark as it decodes, so the bytes are read.
    expect([...new Uint8Array(await files[0].arrayBuffer()).slice(0, 3)], 'a byte-order mark, for Excel').to.deep.equal([0xef, 0xbb, 0xbf]);
    const csv = (await files[0].text()).split('\r\n');
    expect(csv[0]).to.match(/^Date,Injection,Tiredness or lack of energy,/);
    // A heading row, 4 injections and 42 check-ins, and the empty string after the last line break.
    expect(csv).to.have.length(1 + 46 + 1);

    el.remove();
    const fresh = await openDiary();
    await openFile(fresh, jsonText);
    expect(text($(fresh, '.confirmation'))).to.equal('The entries from the file have been added.');
    const [again] = exported(fresh, 'Save as a diary file (.json)').files;
    expect(await again.text()).to.equal(jsonText);
  });

  it('a bad, old, huge or hostile file changes nothing and says what is wrong', async () => {
    const el = await openDiary();
    await importDiary(el, threeCycleDiary());
    const rows = tableRows(el);
    const valid = JSON.parse(toDiaryJson(threeCycleDiary()));
    const random = new Uint8Array(4096);
    crypto.getRandomValues(random);
    const files: [string, BlobPart, string][] = [
      ['random bytes', random, 'The file is not a diary file saved from this diary.'],
      ['a newer version', JSON.stringify({ ...valid, version: 2 }), 'The file was saved by a newer version of this diary'],
      ['a version that never was', JSON.stringify({ ...valid, version: 0 }), 'The file is damaged or was changed'],
      ['10 MB', `{"format":"b12-symptom-diary","version":1,"padding":"${'x'.repeat(10 * 1024 * 1024)}"}`, 'The file is too large to be a diary file.'],
      ['a prototype key', toDiaryJson(threeCycleDiary()).replace('"tiredness"', '"__proto__"'), 'The file is damaged or was changed'],
      ['a script in a note', JSON.stringify({ ...valid, checkIns: [{ ...valid.checkIns[0], levels: { tiredness: 9 }, note: '<img src=x onerror=alert(1)>' }] }), 'The file is damaged'],
      ['a spreadsheet', 'Date,Injection\r\n2026-01-01,✓\r\n', 'The file is not a diary file saved from this diary.'],
    ];
    for (const [what, contents, words] of files) {
      await openFile(el, contents);
      expect(text($(el, '#import-file-error')), what).to.include(words);
      expect(text($(el, '#import-file-error')), what).to.include('Nothing was added.');
      expect(tableRows(el), what).to.deep.equal(rows);
    }
    expect(({} as Record<string, unknown>).tiredness).to.equal(undefined);
    expect($(el, '#import-file')!.getAttribute('aria-describedby')).to.include('import-file-error');
    await expect(el).to.be.accessible();
  });

  it('makes no request of any kind while used, and loads only its own file checker', async () => {
    const { calls, loaded } = await watchingTheNetwork(async () => {
      const el = await openDiary();
      await importDiary(el, threeCycleDiary());
      await checkIn(el, '2');
      exported(el, 'Save as a diary file (.json)');
    });
    expect(calls).to.deep.equal([]);
    expect(loaded).to.deep.equal([]);
  });

  it('an element removed mid-way leaves no connection open that would block deleting the diary', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><b12-symptom-diary .today=${TODAY}></b12-symptom-diary></div>`);
    const el = wrapper.firstElementChild as B12SymptomDiary;
    await keepingKnown(el);
    await keepOnThisDevice(el);
    el.remove();
    await removeDatabase();
    expect(await databaseNames()).not.to.include(DATABASE);
  });
});
