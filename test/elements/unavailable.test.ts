import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/symptom-diary.js';
import type { B12SymptomDiary } from '../../src/symptom-diary.js';
import { $, $$, render, settled, text, typeStartDate, withConsoleErrors, choose, isoFromToday } from './helpers.js';
import { importDiary, keepingKnown, threeCycleDiary, TODAY } from './symptom-diary/diary-helpers.js';

/*
 * `unavailable`: what the page around a widget does not allow (a frame's sandbox without
 * allow-modals or allow-downloads, where the browser ignores the button without a word).
 * In place of each button the widget says so, and what to do instead.
 */

const PRINT = 'This page does not let the widget print. To keep a copy, write it down or take a screenshot.';
const SAVE = 'This page does not let the widget save files. To keep a copy, write it down or take a screenshot.';
const buttons = (el: Element) => $$(el, 'button').map((button) => text(button));
const notes = (el: Element) => $$(el, '.unavailable-note').map((note) => text(note));

describe('unavailable: print and downloads the page does not allow', () => {
  it('the checker says it cannot print, in place of its Print button', async () => {
    const el = await render(html`<b12-cofactor-checker unavailable="print"></b12-cofactor-checker>`);
    expect(buttons(el)).not.to.include('Print a summary');
    expect(buttons(el)).to.include('Clear all results');
    expect(notes(el)).to.deep.equal([PRINT]);
    el.removeAttribute('unavailable');
    await settled(el);
    expect(buttons(el)).to.include('Print a summary');
    expect(notes(el)).to.deep.equal([]);
  });

  it('the plan says it can neither add to a calendar nor print, where those buttons were', async () => {
    const el = await render(html`<b12-treatment-plan unavailable="downloads print"></b12-treatment-plan>`);
    await choose(el, 'cause-diet');
    await choose(el, 'neurological-no');
    await typeStartDate(el, isoFromToday(0));
    await settled(el);
    expect(buttons(el).filter((words) => /calendar|Print/.test(words))).to.deep.equal([]);
    expect(notes(el)).to.deep.equal([SAVE, PRINT]);
    expect($(el, '.actions')!.contains($(el, '.unavailable-note'))).to.equal(true);
  });

  it('the diary says it cannot print for the GP or save files, and still opens a file', async () => {
    const el = await render<B12SymptomDiary>(html`<b12-symptom-diary .today=${TODAY} unavailable="print downloads"></b12-symptom-diary>`);
    await keepingKnown(el);
    await importDiary(el, threeCycleDiary());
    expect(buttons(el).filter((words) => /^Print|^Save (as|for)/.test(words))).to.deep.equal([]);
    expect(notes(el)).to.deep.equal([PRINT, SAVE]);
    expect($(el, '#import-file')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a word it does not know gives the editor a notice, in the page and the console, and allows what it does not name', async () => {
    const { result: el, logged } = await withConsoleErrors(() => render(html`<b12-cofactor-checker unavailable="printing"></b12-cofactor-checker>`));
    expect(text($(el, '[part="editor-notice"]'))).to.include('The unavailable attribute lists "printing". Use print, downloads, or both.');
    expect(logged.join('\n')).to.include('The unavailable attribute lists "printing"');
    expect(buttons(el)).to.include('Print a summary');
  });
});
