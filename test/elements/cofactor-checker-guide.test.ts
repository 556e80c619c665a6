import { expect, fixture, html } from '@open-wc/testing';
import '../../src/cofactor-checker.js';
import { B12CofactorChecker } from '../../src/cofactor-checker.js';
import { defaultProfile, parseProfile } from '../../src/engine/index.js';
import { defineElement } from '../../src/elements/shared/define.js';

const cellText = (el: Element, row: number) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')[row].querySelectorAll('th, td')].map((c) => c.textContent!.trim());

describe('<b12-cofactor-checker> guide table', () => {
  it('shows every analyte’s bands from the engine, in canonical units', async () => {
    const el = await fixture(html`<b12-cofactor-checker></b12-cofactor-checker>`);
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(5);
    expect(cellText(el, 0)).to.deep.equal(['Vitamin B12 (total)', '180 ng/L', '350 ng/L', '914 ng/L']);
    expect(cellText(el, 2)).to.deep.equal(['Folate (vitamin B9)', '3 µg/L', '10 µg/L', '20 µg/L']);
    expect(cellText(el, 4)).to.deep.equal(['Vitamin B6', '20 nmol/L', '30 nmol/L', '110 nmol/L']);
  });

  it('follows a custom profile set as a property', async () => {
    const el = await fixture<B12CofactorChecker>(html`<b12-cofactor-checker></b12-cofactor-checker>`);
    const profile = structuredClone(defaultProfile);
    profile.analytes.ferritin.thresholds.optimalFrom = 70;
    el.profile = parseProfile(profile);
    await el.updateComplete;
    expect(cellText(el, 3)[2]).to.equal('70 µg/L');
  });

  it('has no accessibility violations (axe)', async () => {
    const el = await fixture(html`<b12-cofactor-checker></b12-cofactor-checker>`);
    await expect(el).to.be.accessible();
  });

  it('registering the element a second time does not throw', () => {
    expect(() => defineElement('b12-cofactor-checker', class extends B12CofactorChecker {})).not.to.throw();
    expect(customElements.get('b12-cofactor-checker')).to.equal(B12CofactorChecker);
  });
});
