import { expect, html } from '@open-wc/testing';
import '../../../src/cofactor-checker.js';
import type { B12CofactorChecker } from '../../../src/cofactor-checker.js';
import { $, field, openLabRange, paste, render, resultCard, settled, text, typeInto, expectAbsent } from '../helpers.js';

const checker = () => render<B12CofactorChecker>(html`<b12-cofactor-checker></b12-cofactor-checker>`);

/** The message tied to a field through aria-describedby. */
function describedMessage(el: Element, input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => text($(el, `#${id}`))).join(' ');
}

describe('<b12-cofactor-checker>: bad input', () => {
  const cases: [string, string][] = [
    ['letters', 'abc'],
    ['a negative number', '-5'],
    ['an absurd value', '99999'],
    ['a comma in en-GB', '12,5'],
    ['emoji', '💉'],
    ['an exponent', '1e309'],
    ['NaN', 'NaN'],
  ];
  for (const [what, typed] of cases) {
    it(`${what} ("${typed}"): a message beside the field, the text kept, other fields still work`, async () => {
      const el = await checker();
      await typeInto(el, field(el, 'folate'), typed);
      await typeInto(el, field(el, 'ferritin'), '20');
      const input = field(el, 'folate');
      expect(input.value).to.equal(typed);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(describedMessage(el, input)).to.match(/^Error: /);
      expect(text(resultCard(el, 'folate').querySelector('.result__status'))).to.equal('Not entered');
      expect(text(resultCard(el, 'folate').querySelector('.result__meaning'))).to.equal('Check what you typed above.');
      expect(text(resultCard(el, 'ferritin').querySelector('.result__status'))).to.equal('Deficient');
    });
  }

  it('says how to write a number in the reader’s locale', async () => {
    const el = await render<B12CofactorChecker>(html`<b12-cofactor-checker lang="de"></b12-cofactor-checker>`);
    await typeInto(el, field(el, 'folate'), 'x');
    expect(describedMessage(el, field(el, 'folate'))).to.equal('Error: Enter the result as a number, like 12,5');
  });

  it('names the problem: negative and implausible values', async () => {
    const el = await checker();
    await typeInto(el, field(el, 'vitaminB6'), '-5');
    expect(describedMessage(el, field(el, 'vitaminB6'))).to.equal('Error: The result cannot be less than 0');
    await typeInto(el, field(el, 'ferritin'), '999999');
    expect(describedMessage(el, field(el, 'ferritin'))).to.include('much higher than a lab would report');
  });

  it('accepts zero as a (deficient) result', async () => {
    const el = await checker();
    await typeInto(el, field(el, 'ferritin'), '0');
    expect(field(el, 'ferritin').getAttribute('aria-invalid')).to.equal('false');
    expect(text(resultCard(el, 'ferritin').querySelector('.result__status'))).to.equal('Deficient');
  });

  it('keeps a 10,000-character paste as typed and explains', async () => {
    const el = await checker();
    const junk = '<img src=x onerror=alert(1)>'.repeat(358).slice(0, 10_000);
    const input = field(el, 'folate');
    input.focus();
    paste(input, junk);
    await settled(el);
    expect(input.value).to.equal(junk);
    expect(describedMessage(el, input)).to.match(/^Error: Enter the result as a number/);
    expectAbsent(el.shadowRoot!.querySelector('img'), 'an <img> made from the typed text');
  });

  it('treats an emptied field as not entered, with no error', async () => {
    const el = await checker();
    await typeInto(el, field(el, 'folate'), '   ');
    expect(field(el, 'folate').getAttribute('aria-invalid')).to.equal('false');
    expect(text(resultCard(el, 'folate').querySelector('.result__status'))).to.equal('Not entered');
  });

  it('flags a reversed lab range on the field, keeps the result', async () => {
    const el = await checker();
    await typeInto(el, field(el, 'ferritin'), '40');
    await openLabRange(el, 'ferritin');
    await typeInto(el, field(el, 'ferritin', 'labLow'), '150');
    await typeInto(el, field(el, 'ferritin', 'labHigh'), '15');
    const high = field(el, 'ferritin', 'labHigh');
    expect(high.getAttribute('aria-invalid')).to.equal('true');
    expect(describedMessage(el, high)).to.include('The highest value must be more than the lowest value');
    expect(text(resultCard(el, 'ferritin').querySelector('.result__status'))).to.equal('Below optimal');
    expect(high.closest('details')!.open).to.equal(true);
  });
});
