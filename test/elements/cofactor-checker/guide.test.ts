import { expect, html } from '@open-wc/testing';
import '../../../src/cofactor-checker.js';
import type { B12CofactorChecker } from '../../../src/cofactor-checker.js';
import { $, $$, render, text } from '../helpers.js';

const rowCells = (el: Element, analyte: string) => [...$(el, `tr[data-analyte="${analyte}"]`)!.querySelectorAll('th, td')].map((c) => text(c));

describe('<b12-cofactor-checker mode="guide">', () => {
  it('shows the guide table alone, with no inputs', async () => {
    const el = await render<B12CofactorChecker>(html`<b12-cofactor-checker mode="guide"></b12-cofactor-checker>`);
    expect($$(el, 'input, select, button')).to.have.length(0);
    expect($$(el, 'tbody tr')).to.have.length(5);
    // National guidance has no "optimal" B12: the B12 tests have their own table, with NG239's band names.
    const [cofactors, b12] = $$(el, 'table').map((table) => [...table.querySelectorAll('thead th')].map(text));
    expect(cofactors).to.deep.equal(['Blood test', 'Deficient', 'Below optimal', 'Optimal', 'Above range']);
    expect(b12).to.deep.equal(['Blood test', 'Deficient', 'Indeterminate', 'Normal', 'Above range']);
    const b12Table = $$(el, 'table')[1];
    expect([...b12Table.querySelectorAll('tbody tr')].map((row) => (row as HTMLElement).dataset.analyte)).to.deep.equal(['vitaminB12', 'activeB12']);
    expect(text(b12Table)).not.to.match(/optimal/i);
  });

  it('gives every band of every test from the profile, each figure with whose position it is', async () => {
    const el = await render<B12CofactorChecker>(html`<b12-cofactor-checker mode="guide"></b12-cofactor-checker>`);
    const lab = 'typical laboratory range: check your lab’s report';
    expect(rowCells(el, 'folate')).to.deep.equal(['Folate (vitamin B9)', 'below 3 µg/L national guidance', '3 µg/L to 10 µg/L', '10 µg/L to 20 µg/L support group position', `above 20 µg/L ${lab}`]);
    const men = 'typical upper limit for men; many labs use a lower one for women: go by your lab report';
    expect(rowCells(el, 'ferritin')).to.deep.equal([
      'Ferritin (iron stores)',
      'below 30 µg/L national guidance',
      '30 µg/L to 50 µg/L',
      '50 µg/L to 300 µg/L support group position',
      `above 300 µg/L ${men}`,
    ]);
    // No NHS laboratory publishes a plasma PLP range: no upper limit.
    expect(rowCells(el, 'vitaminB6')).to.deep.equal(['Vitamin B6', 'below 20 nmol/L scientific reference value', '20 nmol/L to 30 nmol/L', '30 nmol/L or more support group position', '—']);
    expect(rowCells(el, 'vitaminB12')).to.deep.equal([
      'Vitamin B12 (total)',
      'below 180 ng/L national guidance',
      '180 ng/L to 350 ng/L',
      '350 ng/L to 914 ng/L national guidance',
      `above 914 ng/L ${lab}`,
    ]);
    expect(rowCells(el, 'activeB12')).to.deep.equal([
      'Active B12',
      'below 25 pmol/L national guidance',
      '25 pmol/L to 70 pmol/L',
      '70 pmol/L to 165 pmol/L national guidance',
      `above 165 pmol/L ${lab}`,
    ]);
  });

  it('shows the bands in the units the page chose', async () => {
    const el = await render<B12CofactorChecker>(html`<b12-cofactor-checker mode="guide" units="folate:nmol/L b12:pmol/L b6:ug/L"></b12-cofactor-checker>`);
    expect(rowCells(el, 'folate').slice(1, 3)).to.deep.equal(['below 6.8 nmol/L national guidance', '6.8 nmol/L to 22.7 nmol/L']);
    expect(rowCells(el, 'vitaminB12')[1]).to.equal('below 133 pmol/L national guidance');
    expect(rowCells(el, 'vitaminB6')[1]).to.equal('below 4.94 µg/L scientific reference value');
  });

  it('writes numbers the reader’s way', async () => {
    const el = await render<B12CofactorChecker>(html`<b12-cofactor-checker mode="guide" lang="de" units="folate:nmol/L"></b12-cofactor-checker>`);
    expect(rowCells(el, 'folate')[2]).to.equal('6,8 nmol/L to 22,7 nmol/L');
  });

  it('lists its sources, each labelled with the kind of position it states', async () => {
    const el = await render<B12CofactorChecker>(html`<b12-cofactor-checker mode="guide"></b12-cofactor-checker>`);
    const sources = $$(el, '.sources li').map(text);
    const endingWith = (start: string, kind: string) => sources.filter((s) => s.startsWith(start) && s.endsWith(kind));
    expect(endingWith('NICE guideline NG239', 'national guidance')).to.have.length(1);
    expect(endingWith('The B12 Society', 'support group position')).to.have.length(1);
    expect(endingWith('Institute of Medicine', 'scientific reference value')).to.have.length(1);
    expect(endingWith('Exeter Clinical Laboratory', 'NHS laboratory range')).to.have.length(1);
    // A source is named by its own title; what this library says of it is in the widget's words, beside each figure.
    expect(
      sources.filter((source) => /\d+[–-]\d+ ?(µg|nmol|pmol)/.test(source)),
      'figures of ours inside a title',
    ).to.deep.equal([]);
    // B6 has no upper limit, so no laboratory source for one.
    expect(sources.filter((source) => source.includes('PLP upper limit'))).to.deep.equal([]);
    expect(sources).to.have.length(9);
  });

  it('keeps table semantics when the cells restack on a narrow screen', async () => {
    const wrapper = await render<HTMLDivElement>(html`<div style="width: 320px"><b12-cofactor-checker mode="guide"></b12-cofactor-checker></div>`);
    const el = wrapper.querySelector('b12-cofactor-checker')!;
    const cell = $(el, 'td')!;
    expect(getComputedStyle(cell).display).to.equal('block');
    expect(cell.getAttribute('role')).to.equal('cell');
    expect(el.scrollWidth).to.be.at.most(320);
  });
});
