import { expect, fixture, html } from '@open-wc/testing';
import { defineElement } from '../../../src/elements/shared/define.js';
import { B12SymptomDiary } from '../../../src/symptom-diary.js';
import { $, $$, isShown, render, settled, text, withConsoleErrors } from '../helpers.js';
import { importDiary, keepingKnown, openDiary, press, threeCycleDiary, TODAY } from './diary-helpers.js';

/** The diary's documented parts (@csspart in its component), each of which a page can style. */
const DOCUMENTED_PARTS = [
  'root',
  'heading',
  'keeping',
  'check-in-form',
  'injection-form',
  'symptom',
  'input',
  'error-message',
  'summary',
  'advice',
  'position',
  'cycle-table',
  'diary-table',
  'sources',
  'editor-notice',
];

describe('<b12-symptom-diary>: on the page', () => {
  it('puts its headings at the level the page asks for', async () => {
    const el = await render<B12SymptomDiary>(html`<b12-symptom-diary heading-level="3" .today=${TODAY}></b12-symptom-diary>`);
    await keepingKnown(el);
    expect(text($(el, 'h3'))).to.equal('Your symptom diary');
    expect($$(el, 'h4').map(text)).to.include.members(['Where your diary is kept', 'How do you feel?', 'Add an injection', 'Save or open a file']);
  });

  it('a bad heading-level attribute: a clear error in the page and the console, and the diary still records', async () => {
    const { result: el, logged } = await withConsoleErrors(() => render<B12SymptomDiary>(html`<b12-symptom-diary heading-level="nine" .today=${TODAY}></b12-symptom-diary>`));
    await keepingKnown(el);
    expect(text($(el, '.editor-notice'))).to.match(/heading-level attribute is "nine"/);
    expect(logged.join('\n')).to.match(/heading-level attribute is "nine"/);
    $<HTMLInputElement>(el, '[data-symptom="tiredness"] input[value="2"]')!.click();
    await settled(el);
    await press(el, 'Save check-in');
    expect($$(el, '.diary-table tbody tr')).to.have.length(1);
  });

  it('shows light-DOM fallback content until it upgrades, then its own content', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div>
        <b12-late-diary><p id="static">Keep a diary on paper.</p></b12-late-diary>
      </div>`,
    );
    const fallback = container.querySelector('#static')!;
    expect(isShown(fallback)).to.equal(true);
    defineElement('b12-late-diary', class extends B12SymptomDiary {});
    const el = container.querySelector<B12SymptomDiary>('b12-late-diary')!;
    await settled(el);
    expect(isShown(fallback)).to.equal(false);
    expect(text($(el, 'h2'))).to.equal('Your symptom diary');
  });

  it('exposes every documented part for ::part styling', async () => {
    const el = await openDiary();
    await importDiary(el, threeCycleDiary());
    // A check-in saved with nothing rated shows the error message beside its question.
    await press(el, 'Save check-in');
    el.setAttribute('heading-level', '7');
    await settled(el);
    const parts = new Set($$(el, '[part]').flatMap((node) => node.getAttribute('part')!.split(' ')));
    expect(DOCUMENTED_PARTS.filter((part) => !parts.has(part))).to.deep.equal([]);
  });
});
