import { aTimeout, expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/cofactor-checker.js';
import type { B12CofactorChecker } from '../../../src/cofactor-checker.js';
import type { Assessment } from '../../../src/engine/index.js';
import { $, $$, chooseUnit, clearField, countPrints, field, isShown, openLabRange, render, resultCard, settled, text, typeInto, expectAbsent } from '../helpers.js';
import { speaking } from '../i18n/i18n-helpers.js';

const checker = (template = html`<b12-cofactor-checker></b12-cofactor-checker>`) => render<B12CofactorChecker>(template);

describe('<b12-cofactor-checker>: entering results', () => {
  it('asks for folate, ferritin and B6, then optionally total and active B12, each with a labelled unit picker', async () => {
    const el = await checker();
    const legends = $$(el, 'legend').map(text);
    expect(legends).to.deep.equal(['Folate (vitamin B9)', 'Ferritin (iron stores)', 'Vitamin B6', 'Vitamin B12 (total)', 'Active B12']);
    expect(text($$(el, '.section .heading')[1])).to.equal('B12 results (optional)');
    for (const input of $$<HTMLInputElement>(el, 'input')) {
      const label = $(el, `label[for="${input.id}"]`);
      expect(text(label), `label for #${input.id}`).not.to.equal('');
    }
    const units = (analyte: Parameters<typeof field>[1]) => [...field(el, analyte, 'unit').options].map((o) => o.value);
    expect(units('folate')).to.deep.equal(['µg/L', 'ng/mL', 'nmol/L']);
    expect(units('vitaminB12')).to.deep.equal(['ng/L', 'pg/mL', 'pmol/L']);
    expect(units('vitaminB6')).to.deep.equal(['nmol/L', 'µg/L']);
    expect(field(el, 'folate', 'unit').value).to.equal('µg/L');
  });

  it('starts in the units the page asks for', async () => {
    const el = await checker(html`<b12-cofactor-checker units="folate:nmol/L b12:pmol/L"></b12-cofactor-checker>`);
    expect(field(el, 'folate', 'unit').value).to.equal('nmol/L');
    expect(field(el, 'vitaminB12', 'unit').value).to.equal('pmol/L');
    expect(field(el, 'ferritin', 'unit').value).to.equal('µg/L');
  });

  it('shows the status live as the person types, with a shape, a range bar, the other unit, advice and sources', async () => {
    const el = await checker();
    expect(text(resultCard(el, 'folate').querySelector('.result__status'))).to.equal('Not entered');
    await typeInto(el, field(el, 'folate'), '4');
    const card = resultCard(el, 'folate');
    expect(text(card.querySelector('.result__status'))).to.equal('Below optimal');
    expect(card.querySelector<SVGElement>('.result__status svg')?.dataset.icon).to.equal('down');
    expect([...card.querySelectorAll('.range-bar__marker')].map((marker) => marker.closest('.band')!.className)).to.deep.equal(['band band--below-optimal']);
    expect(text(card.querySelector('.result__value'))).to.equal('Your result: 4 µg/L (9.06 nmol/L).');
    const advice = card.querySelector('.advice li')!;
    expect(text(advice)).to.include('Ask your GP or pharmacist about taking folic acid.');
    // Folic acid for a below-optimal folate is the support group's advice; for a deficient one, national guidance.
    expect(text(advice.querySelector('.position'))).to.equal('support group position');
    expect(text(card.querySelector('.figure-sources')))
      .to.include('Br J Haematol')
      .and.include('support group position');
    await clearField(el, field(el, 'folate'));
    await typeInto(el, field(el, 'folate'), '2');
    expect(text(resultCard(el, 'folate').querySelector('.advice .position'))).to.equal('national guidance');
  });

  it('within one band, a higher value is drawn further along it', async () => {
    const el = await checker();
    const marker = () => resultCard(el, 'ferritin').querySelector<HTMLElement>('.band--below-optimal .range-bar__marker')!.getBoundingClientRect().left;
    await typeInto(el, field(el, 'ferritin'), '35');
    const lower = marker();
    await clearField(el, field(el, 'ferritin'));
    await typeInto(el, field(el, 'ferritin'), '45');
    expect(marker()).to.be.greaterThan(lower);
  });

  it('shows every status in words', async () => {
    const el = await checker();
    const cases: [string, string][] = [
      ['2', 'Deficient'],
      ['5', 'Below optimal'],
      ['15', 'Optimal'],
      ['25', 'Above range'],
    ];
    for (const [value, status] of cases) {
      await clearField(el, field(el, 'folate'));
      await typeInto(el, field(el, 'folate'), value);
      expect(text(resultCard(el, 'folate').querySelector('.result__status'))).to.equal(status);
    }
  });

  it('calls the B12 middle band indeterminate and suggests further tests', async () => {
    const el = await checker();
    await typeInto(el, field(el, 'vitaminB12'), '250');
    const card = resultCard(el, 'vitaminB12');
    expect(text(card.querySelector('.result__status'))).to.equal('Indeterminate');
    expect(text(card.querySelector('.advice'))).to.include('methylmalonic acid (MMA)');
  });

  it('converts units: 300 pmol/L of B12 is 406.5 ng/L', async () => {
    const el = await checker();
    await chooseUnit(el, 'vitaminB12', 'pmol/L');
    await typeInto(el, field(el, 'vitaminB12'), '300');
    expect(text(resultCard(el, 'vitaminB12').querySelector('.result__value'))).to.equal('Your result: 300 pmol/L (407 ng/L).');
    expect(text(resultCard(el, 'vitaminB12').querySelector('.legend'))).to.include('below 133 pmol/L');
  });

  it('reads the page locale’s decimal comma', async () => {
    const el = await checker(html`<b12-cofactor-checker lang="de"></b12-cofactor-checker>`);
    await typeInto(el, field(el, 'folate'), '12,5');
    expect(text(resultCard(el, 'folate').querySelector('.result__status'))).to.equal('Optimal');
    expect(text(resultCard(el, 'folate').querySelector('.result__value'))).to.include('12,5 µg/L');
  });

  it('takes the language from the page when the element has none', async () => {
    const wrapper = await render<HTMLDivElement>(html`<div lang="pl"><b12-cofactor-checker></b12-cofactor-checker></div>`);
    const el = wrapper.querySelector('b12-cofactor-checker')!;
    await speaking(el, 'pl');
    await typeInto(el, field(el, 'ferritin'), '45,5');
    expect(text(resultCard(el, 'ferritin').querySelector('.result__status'))).to.equal('Poniżej optimum');
    expect(text(resultCard(el, 'ferritin').querySelector('.result__value'))).to.include('45,5 µg/L');
  });

  it('says where a value sits in the lab’s own range, while keeping the guide’s status', async () => {
    const el = await checker();
    await typeInto(el, field(el, 'ferritin'), '40');
    await openLabRange(el, 'ferritin');
    await typeInto(el, field(el, 'ferritin', 'labLow'), '15');
    await typeInto(el, field(el, 'ferritin', 'labHigh'), '150');
    const card = resultCard(el, 'ferritin');
    expect(text(card.querySelector('.result__lab-range'))).to.include('within the range on your lab report');
    expect(text(card.querySelector('.result__status'))).to.equal('Below optimal');
  });

  it('shows safety warnings prominently beside the result, never behind a toggle, urgent first', async () => {
    const el = await checker();
    await typeInto(el, field(el, 'folate'), '2');
    const warning = resultCard(el, 'folate').querySelector<HTMLElement>('[data-warning="folate-before-b12"]')!;
    expect(warning.closest('details')?.localName ?? 'none').to.equal('none');
    expect(isShown(warning)).to.equal(true);
    expect(text(warning)).to.include('Urgent:').and.include('Do not start folic acid before your B12 treatment');

    await typeInto(el, field(el, 'ferritin'), '400');
    const ferritinWarnings = [...resultCard(el, 'ferritin').querySelectorAll<HTMLElement>('[data-warning]')].map((w) => w.dataset.warning);
    expect(ferritinWarnings).to.deep.equal(['ferritin-above-range', 'ferritin-inflammation']);
  });

  it('shows the figures of a warning from the engine', async () => {
    const el = await checker();
    await typeInto(el, field(el, 'vitaminB6'), '10');
    expect(text(resultCard(el, 'vitaminB6').querySelector('[data-warning="b6-supplement-limit"]'))).to.include('no more than 10 mg');
  });

  it('drops the folate-before-B12 warning once B12 injections have started', async () => {
    const el = await checker();
    await typeInto(el, field(el, 'folate'), '2');
    const warningIds = () => $$(el, '[data-warning]').map((w) => w.dataset.warning);
    expect(warningIds()).to.deep.equal(['folate-before-b12']);
    $<HTMLInputElement>(el, '#b12-started')!.click();
    await settled(el);
    expect(warningIds()).to.deep.equal([]);
  });

  it('gives the combined advice to start cofactors with B12', async () => {
    const el = await checker();
    await typeInto(el, field(el, 'vitaminB6'), '25');
    const advice = $(el, '.next-steps [data-advice="start-cofactors-with-b12"]')!;
    expect(text(advice)).to.include('starting supplements for low iron stores or low vitamin B6 before or with your B12 treatment');
    expect(text(advice.querySelector('.position'))).to.equal('support group position');
    expect(text($(el, '.next-steps'))).to.include('This is not a diagnosis');
  });

  it('never suggests starting iron with B12 for a deficient ferritin: its cause is found first', async () => {
    const el = await checker();
    await typeInto(el, field(el, 'ferritin'), '20');
    expect(text(resultCard(el, 'ferritin').querySelector('.advice'))).to.include('Your GP should find out why before you start taking iron.');
    expectAbsent($(el, '[data-advice="start-cofactors-with-b12"]'), 'the start-cofactors-with-b12 advice');
    expectAbsent($(el, '[data-advice="iron-supplement"]'), 'the iron-supplement advice');
  });

  it('keeps results live without a button, and Enter does not reload the page', async () => {
    const el = await checker();
    await typeInto(el, field(el, 'folate'), '15');
    let submitted = false;
    window.addEventListener('beforeunload', () => (submitted = true), { once: true });
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(submitted).to.equal(false);
    expect(text(resultCard(el, 'folate').querySelector('.result__status'))).to.equal('Optimal');
  });

  it('fires b12-assess with the engine’s output on every change', async () => {
    const el = await checker();
    field(el, 'ferritin').focus();
    const next = oneEvent(el, 'b12-assess');
    await sendKeys({ type: '4' });
    const first = (await next) as CustomEvent<Assessment>;
    expect(first.detail.items.find((i) => i.analyte === 'ferritin')!.status).to.equal('deficient');
    const again = oneEvent(el, 'b12-assess');
    await sendKeys({ type: '5' });
    const second = (await again) as CustomEvent<Assessment>;
    expect(second.detail.items.find((i) => i.analyte === 'ferritin')).to.include({ status: 'below-optimal', value: 45 });
    expect(second.composed).to.equal(true);
  });

  it('clears everything with one button and puts focus back on the first field', async () => {
    const el = await checker();
    await typeInto(el, field(el, 'folate'), '2');
    await typeInto(el, field(el, 'ferritin'), '40');
    $<HTMLInputElement>(el, '#b12-started')!.click();
    await settled(el);
    const clear = $$<HTMLButtonElement>(el, '.actions button').find((b) => text(b) === 'Clear all results')!;
    clear.click();
    await settled(el);
    expect(field(el, 'folate').value).to.equal('');
    expect(field(el, 'ferritin').value).to.equal('');
    expect($<HTMLInputElement>(el, '#b12-started')!.checked).to.equal(false);
    expect(
      $$(el, '.result__status')
        .map(text)
        .every((s) => s === 'Not entered'),
    ).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(field(el, 'folate'));
  });

  it('prints a summary with the print button', async () => {
    const el = await checker();
    expect(
      countPrints(() =>
        $$<HTMLButtonElement>(el, '.actions button')
          .find((b) => text(b) === 'Print a summary')!
          .click(),
      ),
    ).to.equal(1);
  });

  it('announces the result politely once the person pauses typing', async () => {
    const el = await checker();
    await typeInto(el, field(el, 'folate'), '2');
    const region = $(el, '[role="status"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    await aTimeout(900);
    await settled(el);
    expect(text(region)).to.equal('Folate (vitamin B9): Deficient. There is an urgent warning.');
  });
});
