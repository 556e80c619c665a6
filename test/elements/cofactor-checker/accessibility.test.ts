import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/cofactor-checker.js';
import type { B12CofactorChecker } from '../../../src/cofactor-checker.js';
import { defaultProfile } from '../../../src/engine/index.js';
import { $, field, render, settled, text, typeInto } from '../helpers.js';

const checker = (template = html`<b12-cofactor-checker></b12-cofactor-checker>`) => render<B12CofactorChecker>(template);

describe('<b12-cofactor-checker>: accessibility', () => {
  // Each declared example, as placed on a page, is checked in ../examples.test.ts; these
  // are the states a person reaches by using it.
  describe('axe reports no violations', () => {
    it('with results, advice and warnings of every severity', async () => {
      const el = await checker();
      await typeInto(el, field(el, 'folate'), '2');
      await typeInto(el, field(el, 'ferritin'), '400');
      await typeInto(el, field(el, 'vitaminB6'), '25');
      await typeInto(el, field(el, 'vitaminB12'), '1000');
      await expect(el).to.be.accessible();
    });
    it('with errors beside fields and an open lab range', async () => {
      const el = await checker();
      await typeInto(el, field(el, 'folate'), 'abc');
      field(el, 'ferritin', 'labLow').closest('details')!.open = true;
      await settled(el);
      await typeInto(el, field(el, 'ferritin', 'labLow'), '150');
      await typeInto(el, field(el, 'ferritin', 'labHigh'), '15');
      await expect(el).to.be.accessible();
    });
    it('compact, at 320 px', async () => {
      const narrow = await fixture<HTMLDivElement>(html`<div style="width: 320px"><b12-cofactor-checker compact></b12-cofactor-checker></div>`);
      const el = narrow.querySelector('b12-cofactor-checker')!;
      await settled(el);
      await typeInto(el, field(el, 'folate'), '5');
      await expect(narrow).to.be.accessible();
    });
    it('with an editor notice', async () => {
      const original = console.error;
      console.error = () => {};
      try {
        const el = await checker(html`<b12-cofactor-checker mode="nonsense"></b12-cofactor-checker>`);
        await expect(el).to.be.accessible();
      } finally {
        console.error = original;
      }
    });
    it('with a profile error', async () => {
      const original = console.error;
      console.error = () => {};
      try {
        const el = await checker();
        el.profile = { ...defaultProfile, name: 42 };
        await waitUntil(() => el.shadowRoot?.querySelector('.editor-notice'), `no .editor-notice in <${el.localName}>`, { timeout: 5000 });
        await expect(el).to.be.accessible();
      } finally {
        console.error = original;
      }
    });
  });

  it('can be used with the keyboard alone, in a sensible order', async () => {
    const el = await checker();
    $<HTMLInputElement>(el, '#b12-started')!.focus();
    await sendKeys({ press: ' ' });
    await settled(el);
    expect($<HTMLInputElement>(el, '#b12-started')!.checked).to.equal(true);
    // The pregnancy question, then fields, then the lab-range toggle, then the links in
    // that test's result, then the next test.
    const order: string[] = [];
    while (order.at(-1) !== 'ferritin-value' && order.length < 12) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLElement;
      order.push(active.id || active.localName);
    }
    expect(order.slice(0, 4)).to.deep.equal(['pregnant', 'folate-value', 'folate-unit', 'summary']);
    expect(order.slice(4, -1).every((name) => name === 'a')).to.equal(true);
    expect(order.at(-1)).to.equal('ferritin-value');
    await sendKeys({ type: '4' });
    await sendKeys({ type: '0' });
    await settled(el);
    expect(field(el, 'ferritin').value).to.equal('40');
  });

  it('shows where focus is', async () => {
    const el = await checker();
    const input = field(el, 'folate');
    expect(getComputedStyle(input).boxShadow, 'no focus ring before').not.to.include('rgb(255, 235, 59)');
    input.focus();
    await sendKeys({ press: 'Shift' });
    // The NHS.UK focus style: the focus colour (#ffeb3b, --b12-colour-focus) around the field.
    expect(getComputedStyle(input).boxShadow).to.include('rgb(255, 235, 59)');
  });

  it('ties each error to its field and marks the field invalid', async () => {
    const el = await checker();
    await typeInto(el, field(el, 'vitaminB6'), '-1');
    const input = field(el, 'vitaminB6');
    const message = $(el, `#${input.getAttribute('aria-describedby')}`);
    expect(text(message)).to.equal('Error: The result cannot be less than 0');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
  });

  it('announces results straight away when the person presses Enter', async () => {
    const el = await checker();
    await typeInto(el, field(el, 'folate'), '15');
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect($(el, '[role="status"]')!.textContent!.trim()).to.equal('Folate (vitamin B9): Optimal.');
  });
});
