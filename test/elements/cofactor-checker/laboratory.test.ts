import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/cofactor-checker.js';
import type { B12CofactorChecker } from '../../../src/cofactor-checker.js';
import { speaking } from '../i18n/i18n-helpers.js';
import { $, $$, choose, clearField, field, render, resultCard, settled, shown, text, typeInto, withConsoleErrors } from '../helpers.js';

/*
 * A trust's page with its own laboratory's ranges, as an editor places it: the example
 * profiles are hosted files, fetched by profile-src. What a reader must see: whose ranges
 * they are and when they were read, the laboratory's own bands, and for a test with one
 * range for women and one for men, a question, and nothing called above range that is
 * within one of them until the reader says which their report uses.
 */
const RUH_BATH = '/src/engine/profiles/laboratories/ruh-bath.json';
const ROYAL_CORNWALL = '/src/engine/profiles/laboratories/royal-cornwall.json';

async function checker(src: string, attributes = html``): Promise<B12CofactorChecker> {
  const el = await render<B12CofactorChecker>(html`<b12-cofactor-checker profile-src=${src}>${attributes}</b12-cofactor-checker>`);
  await shown(el);
  await settled(el);
  return el;
}

const status = (el: HTMLElement, analyte: 'vitaminB12' | 'ferritin' | 'folate') => text(resultCard(el, analyte).querySelector('.result__status'));
const rangeChoices = (el: HTMLElement) => $$<HTMLInputElement>(el, 'input[data-range-used]');

describe('<b12-cofactor-checker>: a laboratory’s own ranges', () => {
  it('says once whose ranges they are and when they were read, with a link to the laboratory', async () => {
    const el = await checker(RUH_BATH);
    const credits = $$(el, '.laboratory:not(.laboratory--test)');
    expect(credits).to.have.length(1);
    expect(text(credits[0])).to.include('Ranges from Royal United Hospitals Bath pathology, read 5 December 2026.');
    expect(text(credits[0])).to.include('Figures marked “NHS laboratory range” are this laboratory’s; the others are this guide’s. Your own lab report and your GP come first.');
    expect(credits[0].querySelector('a')!.href).to.equal('https://www.ruh.nhs.uk/pathology/');
  });

  it('B12 in the laboratory’s bands: 300 ng/L is normal there (NG239 would say indeterminate), 170 indeterminate, 140 deficient, each figure the laboratory’s', async () => {
    const el = await checker(RUH_BATH);
    const expected: [string, string][] = [
      ['300', 'Normal'],
      ['170', 'Indeterminate'],
      ['140', 'Deficient'],
      ['950', 'Above range'],
    ];
    for (const [value, words] of expected) {
      await clearField(el, field(el, 'vitaminB12'));
      await typeInto(el, field(el, 'vitaminB12'), value);
      expect(status(el, 'vitaminB12'), value).to.equal(words);
    }
    const card = resultCard(el, 'vitaminB12');
    expect(text(card.querySelector('.legend'))).to.equal('Deficient: below 145 ng/L Indeterminate: 145 ng/L to 180 ng/L Normal: 180 ng/L to 914 ng/L Above range: above 914 ng/L');
    for (const figure of ['deficientBelow', 'optimalFrom', 'upperLimit']) {
      const row = card.querySelector(`[data-figure="${figure}"]`)!;
      expect(text(row.querySelector('.figure-sources__position')), figure).to.equal('NHS laboratory range');
      expect(row.querySelector('a')!.href, figure).to.equal('https://www.ruh.nhs.uk/pathology/blood_test_info/tubelisting.asp?id=316&listing=v');
    }
    expect(text(card.querySelector('.laboratory--test'))).to.match(/^The laboratory says: “?Please refer to thresholds.*NICE NG239 thresholds do not apply to the local method\.”?$/);
    expect(card.querySelector('.laboratory--test q')!.getAttribute('lang')).to.equal('en-GB');
  });

  it('asks which range the report uses for ferritin only, with “I don’t know” chosen', async () => {
    const el = await checker(RUH_BATH);
    const choices = rangeChoices(el);
    expect(choices.map((choice) => choice.dataset.analyte)).to.deep.equal(['ferritin', 'ferritin', 'ferritin']);
    const question = choices[0].closest('fieldset')!;
    expect(text(question.querySelector('legend'))).to.equal('Ferritin: which range does your report use?');
    expect(choices.map((choice) => text(choice.labels![0]))).to.deep.equal(['For women: 100 µg/L to 310 µg/L', 'For men: 100 µg/L to 340 µg/L', 'I don’t know']);
    expect(choices.map((choice) => choice.checked)).to.deep.equal([false, false, true]);
    expect(question.closest('fieldset.fields')!.querySelector('legend')!.textContent).to.match(/Ferritin/);
  });

  it('not knowing the range: 320 µg/L is not called above range, and the words say it is above the range for women only', async () => {
    const el = await checker(RUH_BATH);
    await typeInto(el, field(el, 'ferritin'), '320');
    const card = resultCard(el, 'ferritin');
    expect(status(el, 'ferritin')).to.equal('Optimal');
    expect(text(card.querySelector('.result__between-ranges'))).to.equal(
      'Your result is above the range for women but within the range for men. Choose the range your report uses, or ask your GP which applies to you.',
    );
    expect(text(card.querySelector('.legend'))).to.include('Above range: above 310 µg/L for women, 340 µg/L for men');
    expect($$(el, '[data-warning="ferritin-above-range"]')).to.have.length(0);

    await clearField(el, field(el, 'ferritin'));
    await typeInto(el, field(el, 'ferritin'), '345');
    expect(status(el, 'ferritin'), 'above both').to.equal('Above range');
    expect(card.querySelector('.result__between-ranges')).to.equal(null);
  });

  it('choosing the range for women: 320 µg/L is above range, with the caution, the legend and the bar in that range; for men it is not', async () => {
    const el = await checker(RUH_BATH);
    await typeInto(el, field(el, 'ferritin'), '320');
    await choose(el, 'ferritin-range-used-women');
    const card = resultCard(el, 'ferritin');
    expect(status(el, 'ferritin')).to.equal('Above range');
    expect(card.querySelector('.result__between-ranges')).to.equal(null);
    expect(text(card.querySelector('.legend'))).to.include('Optimal: 50 µg/L to 310 µg/L');
    expect(text(card.querySelector('.legend'))).to.include('Above range: above 310 µg/L');
    expect($$(el, '[data-warning="ferritin-above-range"]')).to.have.length(1);
    // The marker is drawn in the above-range band of the range for women.
    const marker = card.querySelector('.range-bar__marker')!.getBoundingClientRect();
    const above = card.querySelector('.band--above-range')!.getBoundingClientRect();
    expect((marker.left + marker.right) / 2).to.be.within(above.left, above.right);

    await choose(el, 'ferritin-range-used-men');
    expect(status(el, 'ferritin')).to.equal('Optimal');
    await choose(el, 'ferritin-range-used-unknown');
    expect(status(el, 'ferritin')).to.equal('Optimal');
    expect(card.querySelector('.result__between-ranges')).not.to.equal(null);
  });

  it('the answer is a keyboard choice, announced, and cleared with the results', async () => {
    const el = await checker(RUH_BATH);
    await typeInto(el, field(el, 'ferritin'), '320');
    $<HTMLInputElement>(el, '#ferritin-range-used-unknown')!.focus();
    // Arrow keys move through a radio group; up from the last is the one before it.
    await sendKeys({ press: 'ArrowUp' });
    await settled(el);
    expect($<HTMLInputElement>(el, '#ferritin-range-used-men')!.checked).to.equal(true);
    await sendKeys({ press: 'ArrowUp' });
    await settled(el);
    expect(status(el, 'ferritin')).to.equal('Above range');
    await aTimeout(900);
    await settled(el);
    expect(text($(el, '[role="status"]'))).to.equal('Ferritin (iron stores): Above range.');
    el.clear();
    await settled(el);
    expect(rangeChoices(el).map((choice) => choice.checked)).to.deep.equal([false, false, true]);
  });

  it('the guide: the laboratory’s figures in the table, both upper limits for ferritin, the credit and its notes', async () => {
    const el = await checker(ROYAL_CORNWALL);
    el.setAttribute('mode', 'guide');
    await settled(el);
    expect(text($(el, '.laboratory'))).to.include('Ranges from Royal Cornwall Hospitals pathology, read 5 December 2026.');
    const ferritin = $(el, 'tr[data-analyte="ferritin"]')!;
    expect(text(ferritin)).to.include('above 200 µg/L for women, 300 µg/L for men');
    expect(text(ferritin)).to.include('NHS laboratory range');
    // Deficient is still national guidance: the laboratory gave no deficiency figure.
    expect(text(ferritin)).to.include('below 30 µg/L national guidance');
    expect(text($(el, '.laboratory--test'))).to.match(/^Ferritin \(iron stores\)\. The laboratory says: .*19yrs & above - 15-200 ug\/L/);
    expect(rangeChoices(el)).to.have.length(0);
  });

  it('a laboratory’s one range with its lower end: shown beside the result and in the guide, its upper end the band’s', async () => {
    const el = await render<B12CofactorChecker>(html`<b12-cofactor-checker></b12-cofactor-checker>`);
    el.profile = {
      basedOn: 'uk-default',
      id: 'our-lab',
      name: 'Our laboratory ranges',
      laboratory: { name: 'Our pathology', url: 'https://lab.example/', readOn: '2026-11-25', tests: { folate: { unit: 'µg/L', range: { low: 3.9, high: 18 } } } },
    };
    await shown(el);
    await waitUntil(() => $(el, '.laboratory') !== null, 'the laboratory never showed');
    await typeInto(el, field(el, 'folate'), '19');
    expect(status(el, 'folate'), 'above its 18, within the built-in 20').to.equal('Above range');
    expect(text(resultCard(el, 'folate').querySelector('.laboratory--test'))).to.equal('The laboratory’s range: 3.9 µg/L to 18 µg/L.');
    el.setAttribute('mode', 'guide');
    await settled(el);
    expect(text($(el, '.laboratory--test'))).to.equal('Folate (vitamin B9). The laboratory’s range: 3.9 µg/L to 18 µg/L.');
  });

  it('in Welsh: the credit’s date and the question in Welsh, the laboratory’s note in its own language', async () => {
    const el = await render<B12CofactorChecker>(html`<b12-cofactor-checker lang="cy" profile-src=${RUH_BATH}></b12-cofactor-checker>`);
    await shown(el);
    await speaking(el, 'cy');
    expect(text($(el, '.laboratory'))).to.include('Ystodau gan Royal United Hospitals Bath pathology, wedi’u darllen ar 5 Rhagfyr 2026.');
    expect(text(rangeChoices(el)[0].closest('fieldset')!.querySelector('legend'))).to.match(/pa ystod mae eich adroddiad yn ei defnyddio\?$/);
    expect($(el, '.laboratory--test q')!.getAttribute('lang')).to.equal('en-GB');
  });

  it('axe finds nothing with the question answered and a result between the ranges, at 320 px', async () => {
    const narrow = await fixture<HTMLDivElement>(html`<div style="width: 320px"><b12-cofactor-checker profile-src=${RUH_BATH}></b12-cofactor-checker></div>`);
    const el = narrow.querySelector('b12-cofactor-checker')!;
    await shown(el);
    await settled(el);
    await typeInto(el, field(el, 'ferritin'), '320');
    await typeInto(el, field(el, 'vitaminB12'), '170');
    await expect(narrow).to.be.accessible();
    expect(el.shadowRoot!.querySelector('.root, [part~="root"]')!.scrollWidth).to.be.at.most(320);
  });

  it('a laboratory profile with a mistake gives the editor the field and the reason, in the page and the console', async () => {
    const bad = {
      basedOn: 'uk-default',
      id: 'our-lab',
      name: 'Our lab',
      laboratory: { name: 'Our lab', url: 'https://lab.example/', readOn: '2026-12-01', tests: { ferritin: { unit: 'µg/L', rangesBySex: { women: { high: 40 }, men: { high: 300 } } } } },
    };
    const src = URL.createObjectURL(new Blob([JSON.stringify(bad)], { type: 'application/json' }));
    const { result: el, logged } = await withConsoleErrors(async () => checker(src));
    expect(text($(el, '.editor-notice li'))).to.equal('laboratory.tests.ferritin.rangesBySex.women.high: must be at least 50 µg/L, where the optimal band starts');
    expect(logged.join('\n')).to.include('laboratory.tests.ferritin.rangesBySex.women.high');
    expect($$(el, 'input')).to.have.length(0);
  });
});
