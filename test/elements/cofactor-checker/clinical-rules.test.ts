import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/cofactor-checker.js';
import type { B12CofactorChecker } from '../../../src/cofactor-checker.js';
import { $, $$, clearField, field, openLabRange, render, resultCard, settled, text, typeInto, expectAbsent } from '../helpers.js';

/*
 * What a patient reads for the folic-acid rules, their own lab's range and whose
 * position each figure is, used as a person uses the page: typing, ticking, reading.
 */

const checker = () => render<B12CofactorChecker>(html`<b12-cofactor-checker></b12-cofactor-checker>`);
const warningsOn = (el: Element) => $$(el, '[data-warning]').map((w) => w.dataset.warning);

async function tick(el: Element, id: string): Promise<void> {
  $<HTMLInputElement>(el, `#${id}`)!.focus();
  await sendKeys({ press: ' ' });
  await settled(el);
}

describe('<b12-cofactor-checker>: folic acid', () => {
  it('a low folate with no B12 result: do not start folic acid before B12 treatment (urgent), beside the folate result', async () => {
    const el = await checker();
    await typeInto(el, field(el, 'folate'), '2');
    const warning = resultCard(el, 'folate').querySelector('[data-warning="folate-before-b12"]')!;
    expect(text(warning)).to.match(/^Urgent: Do not start folic acid before your B12 treatment/);
  });

  it('pregnant or planning a pregnancy: keep taking folic acid, and never the warning to hold it back', async () => {
    const el = await checker();
    expect(text($(el, 'label[for="pregnant"]'))).to.equal('I am pregnant or planning a pregnancy');
    await typeInto(el, field(el, 'folate'), '2');
    await tick(el, 'pregnant');
    expect($<HTMLInputElement>(el, '#pregnant')!.checked).to.equal(true);
    expect(warningsOn(el)).to.deep.equal(['folate-pregnancy']);
    const warning = resultCard(el, 'folate').querySelector('[data-warning="folate-pregnancy"]')!;
    expect(text(warning)).to.include('Keep taking folic acid if you are pregnant or planning a pregnancy');
    expect(text(warning)).to.include('400 micrograms a day before you get pregnant and until you are 12 weeks pregnant');
    expect(text(warning)).to.include('Ask your GP or midwife to check your B12 soon');
    expect(text(warning.querySelector('.sources'))).to.include('NHS: Vitamins, supplements and nutrition in pregnancy');
    // Whatever the B12 result.
    for (const b12 of ['100', '250']) {
      await typeInto(el, field(el, 'vitaminB12'), b12);
      expect(warningsOn(el), `B12 ${b12}`).not.to.include('folate-before-b12');
      await clearField(el, field(el, 'vitaminB12'));
    }
  });

  it('a low folate with a normal B12: folic acid is usually fine, not the urgent warning', async () => {
    const el = await checker();
    await typeInto(el, field(el, 'folate'), '5');
    expect(warningsOn(el)).to.deep.equal(['folate-before-b12']);
    await typeInto(el, field(el, 'vitaminB12'), '500');
    expect(warningsOn(el)).to.deep.equal(['folate-b12-normal']);
    expect(text(resultCard(el, 'folate').querySelector('[data-warning="folate-b12-normal"]'))).to.match(/^Important: Your B12 result is normal/);
    // An indeterminate active B12 means deficiency is not excluded after all.
    await typeInto(el, field(el, 'activeB12'), '50');
    expect(warningsOn(el)).to.deep.equal(['folate-before-b12']);
  });

  it('once B12 injections have started, folic acid is not held back', async () => {
    const el = await checker();
    await typeInto(el, field(el, 'folate'), '2');
    await tick(el, 'b12-started');
    expect(warningsOn(el)).to.deep.equal([]);
    expect(text(resultCard(el, 'folate').querySelector('.advice'))).to.include('Ask your GP or pharmacist about taking folic acid.');
  });

  it('counts the B6 in multivitamins and energy drinks towards the 10 mg limit', async () => {
    const el = await checker();
    await typeInto(el, field(el, 'vitaminB6'), '25');
    expect(text(resultCard(el, 'vitaminB6').querySelector('[data-warning="b6-supplement-limit"]'))).to.include('Count the B6 in multivitamins, vitamin B complex tablets and energy drinks too');
  });

  it('with B12 treatment started, says a B12 level does not show whether the dose is right', async () => {
    const el = await checker();
    await tick(el, 'b12-started');
    await typeInto(el, field(el, 'vitaminB12'), '600');
    const advice = $(el, '.next-steps [data-advice="b12-level-on-treatment"]')!;
    expect(text(advice.querySelector('.advice__words'))).to.include('It does not show whether your dose is right');
    expect(text(advice.querySelector('.position'))).to.equal('NHS laboratory range');
  });
});

describe('<b12-cofactor-checker>: the person’s own lab range', () => {
  it('ferritin 25 in a lab range of 15–200: deficient here, within the lab’s range, and says to go by the lab and the GP', async () => {
    const el = await checker();
    await typeInto(el, field(el, 'ferritin'), '25');
    await openLabRange(el, 'ferritin');
    await typeInto(el, field(el, 'ferritin', 'labLow'), '15');
    await typeInto(el, field(el, 'ferritin', 'labHigh'), '200');
    const card = resultCard(el, 'ferritin');
    expect(text(card.querySelector('.result__status'))).to.equal('Deficient');
    const note = card.querySelector('.result__lab-range')!;
    expect(note.classList.contains('result__lab-range--differs')).to.equal(true);
    expect(text(note)).to.include('Your result is within the range on your lab report.');
    expect(text(note)).to.include('Your lab’s range and this guide say different things about this result. Go by your lab report and what your GP says.');
  });

  it('where the lab and the guide agree, no such note', async () => {
    const el = await checker();
    await typeInto(el, field(el, 'ferritin'), '10');
    await openLabRange(el, 'ferritin');
    await typeInto(el, field(el, 'ferritin', 'labLow'), '15');
    await typeInto(el, field(el, 'ferritin', 'labHigh'), '200');
    const note = resultCard(el, 'ferritin').querySelector('.result__lab-range')!;
    expect(text(note)).to.equal('Your result is below the range on your lab report.');
  });

  it('with any result, says once that the lab’s report and the GP come first', async () => {
    const el = await checker();
    expectAbsent($(el, '[data-advice="lab-range-precedence"]'), 'the lab-range-precedence advice');
    await typeInto(el, field(el, 'folate'), '15');
    await typeInto(el, field(el, 'ferritin'), '100');
    const advice = $$(el, '[data-advice="lab-range-precedence"]');
    expect(advice).to.have.length(1);
    expect(text(advice[0])).to.include('Your own lab report, and what your GP says about it, come first.').and.include('national guidance and NHS laboratory range');
  });
});

describe('<b12-cofactor-checker>: whose position each figure is', () => {
  it('each figure of each test says whose position it is, in words, with its sources', async () => {
    const el = await checker();
    const figures = (analyte: Parameters<typeof resultCard>[1]) =>
      [...resultCard(el, analyte).querySelectorAll<HTMLElement>('.figure-sources li')].map((li) => [li.dataset.figure, text(li.querySelector('.figure-sources__position'))]);
    const lab = 'typical laboratory range: check your lab’s report';
    expect(figures('folate')).to.deep.equal([['deficientBelow', 'national guidance'], ['optimalFrom', 'support group position'], ['upperLimit', lab]]);
    expect(figures('ferritin')).to.deep.equal([['deficientBelow', 'national guidance'], ['optimalFrom', 'support group position'], ['upperLimit', lab]]);
    // B6's optimal level is the support group's, and its deficiency cut-off a US scientific body's.
    expect(figures('vitaminB6')).to.deep.equal([['deficientBelow', 'scientific reference value'], ['optimalFrom', 'support group position'], ['upperLimit', lab]]);
    expect(figures('vitaminB12')).to.deep.equal([['deficientBelow', 'national guidance'], ['optimalFrom', 'national guidance'], ['upperLimit', lab]]);
    expect(text(resultCard(el, 'vitaminB6').querySelector('[data-figure="optimalFrom"]'))).to.include('Optimal: from 30 nmol/L').and.include('The B12 Society: Treatment');
  });

  it('names every field by its test, for voice control and screen readers’ lists of fields', async () => {
    const el = await checker();
    expect(field(el, 'folate').getAttribute('aria-label')).to.equal('Folate result');
    expect(field(el, 'folate', 'unit').getAttribute('aria-label')).to.equal('Folate unit');
    expect(field(el, 'folate', 'labLow').getAttribute('aria-label')).to.equal('Folate: lowest on your lab report');
    expect(field(el, 'ferritin', 'labHigh').getAttribute('aria-label')).to.equal('Ferritin: highest on your lab report');
    expect(field(el, 'vitaminB12').getAttribute('aria-label')).to.equal('Total B12 result');
    const names = $$<HTMLInputElement>(el, 'input[data-field], select').map((input) => input.getAttribute('aria-label'));
    expect(new Set(names).size, 'every field has its own name').to.equal(names.length);
    // Each name holds the visible label, so "click folate result" works (WCAG 2.5.3).
    for (const input of $$<HTMLInputElement>(el, 'input[data-field], select')) {
      const label = text($(el, `label[for="${input.id}"]`)).toLowerCase();
      expect(input.getAttribute('aria-label')!.toLowerCase(), input.id).to.include(label);
    }
  });

  it('stays accessible with every new part on screen', async () => {
    const el = await checker();
    await tick(el, 'pregnant');
    await typeInto(el, field(el, 'folate'), '2');
    await typeInto(el, field(el, 'ferritin'), '25');
    await openLabRange(el, 'ferritin');
    await typeInto(el, field(el, 'ferritin', 'labLow'), '15');
    await typeInto(el, field(el, 'ferritin', 'labHigh'), '200');
    await expect(el).to.be.accessible();
  });
});
