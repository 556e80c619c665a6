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
    expect(text(warning)).to.match(/^Warning: Your folate is low: do not stop folic acid in pregnancy/);
    expect(text(warning)).to.include('Do not stop or hold back folic acid in pregnancy. Tell your midwife or GP now: they may prescribe a higher dose than the usual 400 micrograms.');
    // The checker's second line asks for a B12 test; the plan's (deficiency known) asks for prompt treatment.
    expect(text(warning)).to.include('Ask for your B12 to be checked too. Active B12 is the better test in pregnancy.');
    expect(text(warning), 'nothing that reads as "stop at 12 weeks"').not.to.match(/12 weeks|starts promptly/);
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
    const words = text(resultCard(el, 'folate').querySelector('[data-warning="folate-b12-normal"]'));
    expect(words).to.match(/^Important: Your B12 result does not suggest deficiency/);
    expect(words).to.include('if you use nitrous oxide ("laughing gas"), or have numbness, tingling or problems walking, ask your GP before taking folic acid');
    // An above-range B12 is never called "normal".
    await clearField(el, field(el, 'vitaminB12'));
    await typeInto(el, field(el, 'vitaminB12'), '1000');
    expect(text(resultCard(el, 'folate').querySelector('[data-warning="folate-b12-normal"]'))).not.to.match(/\bnormal\b/i);
    await clearField(el, field(el, 'vitaminB12'));
    await typeInto(el, field(el, 'vitaminB12'), '500');
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
    expect(figures('folate')).to.deep.equal([
      ['deficientBelow', 'national guidance'],
      ['optimalFrom', 'support group position'],
      ['upperLimit', lab],
    ]);
    // 300 µg/L is typical for men: many labs print a lower upper limit for women.
    expect(figures('ferritin')).to.deep.equal([
      ['deficientBelow', 'national guidance'],
      ['optimalFrom', 'support group position'],
      ['upperLimit', 'typical upper limit for men; many labs use a lower one for women: go by your lab report'],
    ]);
    // B6's optimal level is the support group's, its deficiency cut-off a US scientific body's, and it has no upper limit.
    expect(figures('vitaminB6')).to.deep.equal([
      ['deficientBelow', 'scientific reference value'],
      ['optimalFrom', 'support group position'],
    ]);
    expect(figures('vitaminB12')).to.deep.equal([
      ['deficientBelow', 'national guidance'],
      ['optimalFrom', 'national guidance'],
      ['upperLimit', lab],
    ]);
    expect(text(resultCard(el, 'vitaminB6').querySelector('[data-figure="optimalFrom"]')))
      .to.include('Optimal: from 30 nmol/L')
      .and.include('The B12 Society: Treatment');
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

describe('<b12-cofactor-checker>: what a B12 result does and does not tell', () => {
  const adviceOn = (el: Element, analyte: Parameters<typeof resultCard>[1]) => [...resultCard(el, analyte).querySelectorAll<HTMLElement>('[data-advice]')].map((a) => a.dataset.advice);

  it('a deficient B12: treatment, and urgently with nerve symptoms, with the same-day emergency step', async () => {
    const el = await checker();
    await typeInto(el, field(el, 'vitaminB12'), '100');
    expect(adviceOn(el, 'vitaminB12')).to.deep.equal(['b12-treat', 'b12-treat-urgently-if-nerves']);
    expect(text(resultCard(el, 'vitaminB12').querySelector('[data-advice="b12-treat-urgently-if-nerves"]')))
      .to.include('tell your GP now: treatment should start urgently')
      .and.include('get emergency help the same day: call 111, or call 999 or go to A&E in an emergency');
    // A deficient result needs no nitrous-oxide caveat about normal results.
    expect($(el, '[data-advice="b12-nitrous-caveat"]') === null).to.equal(true);
  });

  it('a normal B12: says a normal result does not rule out deficiency with nitrous oxide', async () => {
    const el = await checker();
    await typeInto(el, field(el, 'vitaminB12'), '500');
    expect(text($(el, '.next-steps [data-advice="b12-nitrous-caveat"]'))).to.include('a normal B12 result does not rule out B12 deficiency');
  });

  it('pregnant with a total B12 result: total B12 is less reliable, active B12 is the better test', async () => {
    const el = await checker();
    await typeInto(el, field(el, 'vitaminB12'), '250');
    expect(adviceOn(el, 'vitaminB12')).to.deep.equal(['b12-further-tests']);
    await tick(el, 'pregnant');
    expect(adviceOn(el, 'vitaminB12')).to.deep.equal(['b12-further-tests', 'b12-pregnancy-test']);
    expect(text(resultCard(el, 'vitaminB12').querySelector('[data-advice="b12-pregnancy-test"]'))).to.include('Total B12 is less reliable in pregnancy');
  });

  it('treatment started (injections or tablets): no "ask about further tests" for an indeterminate B12', async () => {
    const el = await checker();
    expect(text($(el, 'label[for="b12-started"]'))).to.equal('I have started B12 treatment (injections or tablets)');
    await typeInto(el, field(el, 'vitaminB12'), '250');
    await tick(el, 'b12-started');
    expect(adviceOn(el, 'vitaminB12')).to.deep.equal([]);
  });
});

describe('<b12-cofactor-checker>: vitamin B6 has no default upper limit', () => {
  it('150 nmol/L is optimal with the 10 mg caution; above the person’s own lab range it is above range, drawn in the above-range band', async () => {
    const el = await checker();
    await typeInto(el, field(el, 'vitaminB6'), '150');
    const card = () => resultCard(el, 'vitaminB6');
    expect(text(card().querySelector('.result__status'))).to.include('Optimal');
    expect(warningsOn(el)).to.deep.equal(['b6-supplement-limit']);
    expect(text(card().querySelector('[data-warning="b6-supplement-limit"]'))).to.match(/^Warning: Vitamin B6 from supplements: no more than 10 mg a day/);
    await openLabRange(el, 'vitaminB6');
    await typeInto(el, field(el, 'vitaminB6', 'labHigh'), '125');
    expect(text(card().querySelector('.result__status'))).to.include('Above range');
    expect(warningsOn(el)).to.deep.equal(['b6-supplement-limit', 'b6-above-range']);
    expect(text(card().querySelector('[data-warning="b6-above-range"]'))).to.include('unless a doctor prescribed them');
    // The picture agrees with the words: the marker's centre is inside the above-range band.
    const marker = card().querySelector('.range-bar__marker')!.getBoundingClientRect();
    const band = card().querySelector('.band--above-range')!.getBoundingClientRect();
    const centre = (marker.left + marker.right) / 2;
    expect(centre).to.be.within(band.left, band.right);
  });
});
