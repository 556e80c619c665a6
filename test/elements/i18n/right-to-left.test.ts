import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import { $, $$, choose, field, render, resultCard, settled, text, typeInto, typeStartDate } from '../helpers.js';
import { nextThirdOfDecember, speaking } from './i18n-helpers.js';

const rect = (node: Element) => node.getBoundingClientRect();
const centre = (node: Element) => (rect(node).left + rect(node).right) / 2;

async function checkerWithLowFolate(lang: string): Promise<HTMLElement> {
  const el = await render<HTMLElement>(html`<b12-cofactor-checker lang=${lang}></b12-cofactor-checker>`);
  await speaking(el, lang);
  await typeInto(el, field(el, 'folate'), '2');
  return el;
}

async function planMonthView(lang: string): Promise<HTMLElement> {
  const el = await render<HTMLElement>(html`<b12-treatment-plan lang=${lang}></b12-treatment-plan>`);
  await speaking(el, lang);
  await choose(el, 'cause-autoimmune-gastritis');
  await choose(el, 'neurological-yes');
  await typeStartDate(el, nextThirdOfDecember());
  $$<HTMLButtonElement>(el, '.view-switch button').at(-1)!.click();
  await settled(el);
  return el;
}

describe('right to left (Urdu)', () => {
  it('the range bar runs from low on the right to high on the left, with the marker on the low side', async () => {
    for (const [lang, lowSide] of [
      ['ur', 'right'],
      ['en-GB', 'left'],
    ] as const) {
      const el = await checkerWithLowFolate(lang);
      const card = resultCard(el, 'folate');
      const bar = card.querySelector('.range-bar')!;
      const deficient = card.querySelector('.band--deficient')!;
      const marker = card.querySelector('.range-bar__marker')!;
      const edge = lowSide === 'right' ? rect(bar).right : rect(bar).left;
      expect(Math.abs((lowSide === 'right' ? rect(deficient).right : rect(deficient).left) - edge), `${lang} deficient band`).to.be.below(2);
      const fromLowEdge = Math.abs(centre(marker) - edge) / rect(bar).width;
      expect(fromLowEdge, `${lang} marker`).to.be.below(0.2);
    }
  });

  it('fields and labels start on the right', async () => {
    const el = await checkerWithLowFolate('ur');
    const input = field(el, 'folate');
    const form = $(el, 'form')!;
    expect(getComputedStyle(input).direction).to.equal('rtl');
    expect(rect(form).right - rect(input).right).to.be.below(rect(form).width / 2);
    expect(rect(input).left - rect(form).left).to.be.above(rect(form).width / 4);
  });

  it('the month calendar puts the first day of the week on the right', async () => {
    for (const [lang, firstOnRight] of [
      ['ur', true],
      ['en-GB', false],
    ] as const) {
      const el = await planMonthView(lang);
      const [first, second] = $$(el, '.month thead th');
      expect(rect(first).left > rect(second).left, lang).to.equal(firstOnRight);
    }
  });

  it('gives Urdu’s Nastaliq script the taller lines it needs, and English its usual ones', async () => {
    const ratio = (node: Element) => parseFloat(getComputedStyle(node).lineHeight) / parseFloat(getComputedStyle(node).fontSize);
    const urdu = await checkerWithLowFolate('ur');
    const english = await checkerWithLowFolate('en-GB');
    expect(ratio($(urdu, '.heading')!)).to.be.at.least(1.9);
    expect(ratio($(english, '.heading')!)).to.be.below(1.5);
  });

  it('the result and warning text read right to left, with Latin units kept intact', async () => {
    const el = await checkerWithLowFolate('ur');
    const card = resultCard(el, 'folate');
    expect(getComputedStyle(card).direction).to.equal('rtl');
    expect(text(card)).to.include('µg/L');
    expect(text(card)).to.include('کمی');
  });

  describe('axe reports no violations in Urdu', () => {
    it('checker with results and warnings', async () => {
      const el = await checkerWithLowFolate('ur');
      await typeInto(el, field(el, 'ferritin'), '400');
      await expect(el).to.be.accessible();
    });
    it('guide table', async () => {
      const el = await render(html`<b12-cofactor-checker mode="guide" lang="ur"></b12-cofactor-checker>`);
      await speaking(el, 'ur');
      await expect(el).to.be.accessible();
    });
    it('plan with its month calendar', async () => {
      await expect(await planMonthView('ur')).to.be.accessible();
    });
    it('treatment table', async () => {
      const el = await render(html`<b12-treatment-plan mode="table" lang="ur"></b12-treatment-plan>`);
      await speaking(el, 'ur');
      await expect(el).to.be.accessible();
    });
  });
});
