import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/treatment-plan.js';
import type { B12TreatmentPlan } from '../../../src/treatment-plan.js';
import { $, $$, choose, isoFromToday, phaseIds, render, settled, text, typeInto, typeStartDate, withConsoleErrors } from '../helpers.js';

describe('<b12-treatment-plan>: accessibility', () => {
  // Each declared example, as placed on a page, is checked in ../examples.test.ts; these
  // are the states a person reaches by using it.
  describe('axe reports no violations', () => {
    it('with a full plan, warnings and the dated list', async () => {
      const el = await render(html`<b12-treatment-plan></b12-treatment-plan>`);
      await choose(el, 'cause-nitrous-oxide');
      await choose(el, 'neurological-yes');
      await choose(el, 'pregnant-yes');
      await choose(el, 'folateLow-yes');
      await typeStartDate(el, isoFromToday(-2));
      await expect(el).to.be.accessible();
    });
    it('with the month view', async () => {
      const el = await render(html`<b12-treatment-plan></b12-treatment-plan>`);
      await choose(el, 'cause-medication');
      await choose(el, 'neurological-no');
      await typeStartDate(el, isoFromToday(3));
      $$<HTMLButtonElement>(el, '.view-switch button')[1].click();
      await settled(el);
      await expect(el).to.be.accessible();
    });
    it('with a date error', async () => {
      const el = await render(html`<b12-treatment-plan></b12-treatment-plan>`);
      await typeInto(el, $<HTMLInputElement>(el, '#start-date-day')!, '40');
      await typeInto(el, $<HTMLInputElement>(el, '#start-date-month')!, '1');
      await typeInto(el, $<HTMLInputElement>(el, '#start-date-year')!, '2027');
      await expect(el).to.be.accessible();
    });
    it('with an editor notice', async () => {
      const { result: el } = await withConsoleErrors(() => render(html`<b12-treatment-plan cause="x"></b12-treatment-plan>`));
      await expect(el).to.be.accessible();
    });
  });

  it('can be answered with the keyboard alone', async () => {
    const el = await render<B12TreatmentPlan>(html`<b12-treatment-plan></b12-treatment-plan>`);
    $<HTMLInputElement>(el, '#cause-autoimmune-gastritis')!.focus();
    // Arrow keys move between radios in a group and choose as they go.
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    expect($<HTMLInputElement>(el, '#cause-malabsorption')!.checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await settled(el);
    expect(
      $$<HTMLInputElement>(el, 'input[name="neurological"]')
        .filter((r) => r.checked)
        .map((r) => r.id),
    ).to.deep.equal(['neurological-yes']);
    expect(phaseIds(el)).to.deep.equal(['neurological-loading', 'maintenance']);
  });

  it('shows where focus is', async () => {
    const el = await render(html`<b12-treatment-plan></b12-treatment-plan>`);
    const day = $<HTMLInputElement>(el, '#start-date-day')!;
    expect(getComputedStyle(day).boxShadow).to.equal('none');
    day.focus();
    await sendKeys({ press: 'Shift' });
    // NHS.UK's focus: a 4 px yellow ring round a 2 px dark inner border.
    expect(getComputedStyle(day).boxShadow).to.equal('rgb(255, 235, 59) 0px 0px 0px 4px, rgb(33, 43, 50) 0px 0px 0px 2px inset');
  });

  it('announces the updated plan politely', async () => {
    const el = await render(html`<b12-treatment-plan></b12-treatment-plan>`);
    await choose(el, 'cause-diet');
    await choose(el, 'neurological-yes');
    const region = () => $(el, '[role="status"]')!;
    // Said once the person pauses, not at every change.
    expect(text(region())).to.equal('');
    await waitUntil(() => text(region()) !== '', 'nothing was announced', { timeout: 3000 });
    expect(region().getAttribute('aria-live')).to.equal('polite');
    expect(text(region())).to.equal('Your plan has been updated. There is an urgent warning.');
  });

  it('marks the view buttons as pressed or not', async () => {
    const el = await render(html`<b12-treatment-plan></b12-treatment-plan>`);
    await choose(el, 'cause-diet');
    await choose(el, 'neurological-no');
    await typeStartDate(el, isoFromToday(1));
    const [list, month] = $$<HTMLButtonElement>(el, '.view-switch button');
    expect([list.getAttribute('aria-pressed'), month.getAttribute('aria-pressed')]).to.deep.equal(['true', 'false']);
    month.click();
    await settled(el);
    expect([list.getAttribute('aria-pressed'), month.getAttribute('aria-pressed')]).to.deep.equal(['false', 'true']);
  });
});
