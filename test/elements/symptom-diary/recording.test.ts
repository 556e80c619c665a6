import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/symptom-diary.js';
import type { B12SymptomDiary } from '../../../src/symptom-diary.js';
import { $, $$, expectAbsent, settled, text, typeInto } from '../helpers.js';
import { openDiary, tableRows, tabTo, typeDate, keepingWords } from './diary-helpers.js';

/** Records a check-in with the keyboard alone: dates typed, each level chosen with arrow keys, saved with Enter. */
async function checkInByKeyboard(el: B12SymptomDiary, iso: string, levels: Record<string, number>): Promise<void> {
  await typeDate(el, 'check-in-date', iso);
  for (const [symptom, level] of Object.entries(levels)) {
    // Tab lands on a radio group; with none chosen yet, on its first choice, "None".
    await tabTo(el, `input[data-symptom="${symptom}"]`);
    await sendKeys({ press: ' ' });
    for (let i = 0; i < level; i++) {
      await sendKeys({ press: 'ArrowRight' });
      // WebKitWebDriver loses a key pressed again before the last one was handled.
      await settled(el);
    }
  }
  await tabTo(el, 'form[data-form="check-in"] button[type="submit"]');
  await sendKeys({ press: 'Enter' });
  await settled(el);
}

async function injectionByKeyboard(el: B12SymptomDiary, iso: string, what = ''): Promise<void> {
  await typeDate(el, 'injection-date', iso);
  if (what) await typeInto(el, $<HTMLInputElement>(el, '#injection-what')!, what);
  // Enter in a text field submits its form, as in any form.
  await sendKeys({ press: 'Enter' });
  await settled(el);
}

describe('<b12-symptom-diary>: recording', () => {
  it('says before the first entry that nothing is kept, and that nothing is sent', async () => {
    const el = await openDiary();
    expect(keepingWords(el)).to.include('Nothing is kept. When you close this page, your diary is gone.');
    expect(keepingWords(el)).to.include('Nothing you enter is sent anywhere.');
    // The choice to keep comes before the forms in reading order.
    const keep = $$(el, 'button').find((button) => text(button) === 'Keep my diary on this device')!;
    expect(keep.compareDocumentPosition($(el, 'form')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('records a cycle by keyboard alone: an injection, check-ins, the next injection', async () => {
    const el = await openDiary();
    // Each new entry's date starts at today.
    expect(['day', 'month', 'year'].map((part) => $<HTMLInputElement>(el, `#check-in-date-${part}`)!.value)).to.deep.equal(['26', '11', '2026']);
    await injectionByKeyboard(el, '2026-08-01', 'Hydroxocobalamin 1 mg');
    await checkInByKeyboard(el, '2026-08-15', { tiredness: 0, memory: 0 });
    await checkInByKeyboard(el, '2026-09-20', { tiredness: 2, memory: 1 });
    await checkInByKeyboard(el, '2026-10-20', { tiredness: 3, memory: 2 });
    await injectionByKeyboard(el, '2026-10-31');
    expect(tableRows(el)).to.deep.equal([
      '1 August 2026 | 0 | Injection: Hydroxocobalamin 1 mg | Delete 1 August 2026',
      '15 August 2026 | 14 | None | None | 0 | Delete 15 August 2026',
      '20 September 2026 | 50 | Moderate | Mild | 3 | Delete 20 September 2026',
      '20 October 2026 | 80 | Severe | Moderate | 5 | Delete 20 October 2026',
      '31 October 2026 | 0 | Injection | Delete 31 October 2026',
    ]);
    // One cycle is not enough to say whether symptoms come back: the summary says so, and no more.
    expect(text($(el, '.summary'))).to.include('Not enough check-ins yet to show whether your symptoms come back before your next injection.');
    expect(text($(el, '.summary'))).not.to.include('clearly worse again');
    expect(text($(el, '.summary'))).to.include('The usual gap between your injections is 91 days.');
    // After saving, the levels are cleared for the next check-in and the date is kept.
    expect($$<HTMLInputElement>(el, 'input[data-symptom]').some((input) => input.checked)).to.equal(false);
    expect($<HTMLInputElement>(el, '#check-in-date-month')!.value).to.equal('10');
  });

  it('announces each saved entry to screen readers', async () => {
    const el = await openDiary();
    await injectionByKeyboard(el, '2026-11-02');
    expect(text($(el, '[role="status"]'))).to.equal('Injection added for 2 November 2026.');
    $<HTMLInputElement>(el, '#level-tiredness-1')!.click();
    $<HTMLButtonElement>(el, 'form[data-form="check-in"] button[type="submit"]')!.click();
    await settled(el);
    expect(text($(el, '[role="status"]'))).to.equal('Check-in saved for 26 November 2026.');
  });

  it('shows what is wrong beside the field, keeps what was typed, and saves nothing', async () => {
    const el = await openDiary();
    await typeDate(el, 'check-in-date', '2026-02-30');
    $<HTMLButtonElement>(el, 'form[data-form="check-in"] button[type="submit"]')!.click();
    await settled(el);
    expect(text($(el, '#check-in-date-error'))).to.equal('Error: The date must be a real date');
    expect(text($(el, '#symptoms-error'))).to.equal('Error: Choose how at least one symptom is');
    expect($<HTMLInputElement>(el, '#check-in-date-day')!.value).to.equal('30');
    expect(el.shadowRoot!.activeElement?.id, 'focus on the first field to fix').to.equal('check-in-date-day');
    expect(tableRows(el)).to.deep.equal([]);

    // A date after today is refused: a diary records what happened.
    await typeDate(el, 'injection-date', '2026-11-27');
    $<HTMLButtonElement>(el, 'form[data-form="injection"] button[type="submit"]')!.click();
    await settled(el);
    expect(text($(el, '#injection-date-error'))).to.equal('Error: The date must be today or in the past');
    // Every other field still works.
    await typeDate(el, 'check-in-date', '2026-11-20');
    $<HTMLInputElement>(el, '#level-mood-2')!.click();
    $<HTMLButtonElement>(el, 'form[data-form="check-in"] button[type="submit"]')!.click();
    await settled(el);
    expect(tableRows(el)).to.deep.equal(['20 November 2026 | – | Moderate | 2 | Delete 20 November 2026']);
    expect($<HTMLInputElement>(el, '#injection-date-day')!.value, 'the injection date typed is kept').to.equal('27');
  });

  it('lets the person add a symptom of their own, then record it', async () => {
    const el = await openDiary();
    const name = $<HTMLInputElement>(el, '#own-symptom')!;
    await typeInto(el, name, 'Headaches');
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(tableRows(el), 'Enter in the field adds the symptom, and does not save a check-in').to.deep.equal([]);
    const own = $$(el, '.symptom').at(-1)!;
    expect(text(own.querySelector('legend'))).to.equal('Headaches');
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal(own.querySelector('input')!.getAttribute('name'));
    // The same name again is refused beside the field.
    await typeInto(el, name, 'headaches');
    $$<HTMLButtonElement>(el, 'button')
      .find((button) => text(button) === 'Add symptom')!
      .click();
    await settled(el);
    expect(text($(el, '#own-symptom-error'))).to.equal('Error: This symptom is already in the list');
    (own.querySelectorAll('input')[3] as HTMLInputElement).click();
    $<HTMLButtonElement>(el, 'form[data-form="check-in"] button[type="submit"]')!.click();
    await settled(el);
    expect($$(el, '.diary-table th').map(text)).to.include('Headaches');
    expect(tableRows(el)[0]).to.include('Severe | 3');
  });

  it('deletes one entry when asked, and gives it back on "Undo", focus following', async () => {
    const el = await openDiary();
    await injectionByKeyboard(el, '2026-11-01', 'Hydroxocobalamin 1 mg');
    await injectionByKeyboard(el, '2026-11-02');
    const rows = tableRows(el);
    $<HTMLButtonElement>(el, '.diary-table button[data-delete]')!.click();
    await settled(el);
    expect(tableRows(el)).to.deep.equal(['2 November 2026 | 0 | Injection | Delete 2 November 2026']);
    expect(text($(el, '[role="status"]'))).to.equal('Entry for 1 November 2026 deleted.');
    // The button that had focus went with its row: focus is on "Undo", named by what it undoes.
    const undo = el.shadowRoot!.activeElement as HTMLButtonElement;
    expect(undo.id).to.equal('undo-delete');
    expect(text($(el, `#${undo.getAttribute('aria-describedby')}`))).to.equal('Entry for 1 November 2026 deleted.');
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(tableRows(el)).to.deep.equal(rows);
    expect(text($(el, '[role="status"]'))).to.equal('Entry for 1 November 2026 restored.');
    const restored = $(el, '.diary-table tbody tr:first-child button[data-delete]');
    expect(el.shadowRoot!.activeElement === restored, 'focus on the restored row').to.equal(true);
    expectAbsent($(el, '#undo-delete'), 'the Undo button after undoing');
    await expect(el).to.be.accessible();
  });

  it('tells the page what kind of change happened, never what was recorded', async () => {
    const el = await openDiary();
    const details: unknown[] = [];
    el.addEventListener('b12-diary-change', (event) => details.push((event as CustomEvent).detail));
    await injectionByKeyboard(el, '2026-11-01', 'Hydroxocobalamin 1 mg');
    $<HTMLInputElement>(el, '#level-tiredness-3')!.click();
    $<HTMLButtonElement>(el, 'form[data-form="check-in"] button[type="submit"]')!.click();
    await settled(el);
    expect(details).to.deep.equal([{ change: 'entries' }, { change: 'entries' }]);
    expect(JSON.stringify(details)).not.to.match(/2026|Hydroxo|tired|3/);
  });
});
