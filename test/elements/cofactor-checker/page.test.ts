import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/cofactor-checker.js';
import { B12CofactorChecker } from '../../../src/cofactor-checker.js';
import { defineElement } from '../../../src/elements/shared/define.js';
import { $, $$, asIfMedia, systemColour, field, isShown, render, resultCard, settled, text, typeInto, withConsoleErrors } from '../helpers.js';
import { storageSnapshot, watchingTheNetwork } from '../../helpers/privacy.js';

describe('<b12-cofactor-checker>: on the page', () => {
  it('puts its headings at the level the page asks for', async () => {
    const el = await render(html`<b12-cofactor-checker heading-level="4"></b12-cofactor-checker>`);
    expect(text($(el, 'h4'))).to.equal('Check your cofactor results');
    expect($$(el, 'h5').map(text)).to.include.members(['Cofactors', 'B12 results (optional)', 'What to do next']);
    const defaultLevel = await render(html`<b12-cofactor-checker></b12-cofactor-checker>`);
    expect(text($(defaultLevel, 'h2'))).to.equal('Check your cofactor results');
  });

  for (const [attribute, template, message] of [
    ['mode', html`<b12-cofactor-checker mode="table"></b12-cofactor-checker>`, /mode attribute is "table"/],
    ['units', html`<b12-cofactor-checker units="folate:mg/dL"></b12-cofactor-checker>`, /units attribute has "folate:mg\/dL".*Use one of: µg\/L, ng\/mL, nmol\/L/],
    ['heading-level', html`<b12-cofactor-checker heading-level="nine"></b12-cofactor-checker>`, /heading-level attribute is "nine"/],
  ] as const) {
    it(`a bad ${attribute} attribute: a clear error in the page and the console, the widget still works`, async () => {
      const { result: el, logged } = await withConsoleErrors(() => render(template));
      expect(text($(el, '.editor-notice'))).to.match(message);
      expect(logged.join('\n')).to.match(message);
      await typeInto(el, field(el, 'folate'), '15');
      expect(text(resultCard(el, 'folate').querySelector('.result__status'))).to.equal('Optimal');
    });
  }

  it('shows light-DOM fallback content until it upgrades, then its own content', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div>
        <b12-late-checker><p id="static">Static guide</p></b12-late-checker>
      </div>`,
    );
    const fallback = container.querySelector('#static')!;
    expect(isShown(fallback)).to.equal(true);
    defineElement('b12-late-checker', class extends B12CofactorChecker {});
    const el = container.querySelector('b12-late-checker')!;
    await settled(el);
    expect(isShown(fallback)).to.equal(false);
    expect(text($(el, 'h2'))).to.equal('Check your cofactor results');
    expect(field(el, 'folate').value).to.equal('');
  });

  it('uses the NHS.UK font where the page leaves text in the browser’s serif, and the page’s font otherwise', async () => {
    const plain = await fixture<HTMLDivElement>(html`<div style="font-family: serif"><b12-cofactor-checker></b12-cofactor-checker></div>`);
    const onPlain = plain.querySelector('b12-cofactor-checker')!;
    await settled(onPlain);
    expect($(onPlain, '.root')!.classList.contains('fallback-font')).to.equal(true);
    const styled = await fixture<HTMLDivElement>(html`<div style="font-family: Verdana, sans-serif"><b12-cofactor-checker></b12-cofactor-checker></div>`);
    const onStyled = styled.querySelector('b12-cofactor-checker')!;
    await settled(onStyled);
    expect(getComputedStyle($(onStyled, '.root')!).fontFamily).to.include('Verdana');
  });

  it('takes theme colours, font and radius from custom properties', async () => {
    const el = await render<HTMLElement>(
      html`<b12-cofactor-checker style="--b12-colour-link: rgb(106, 27, 154); --b12-font-family: Georgia; --b12-colour-panel: rgb(1, 2, 3); --b12-radius: 12px"></b12-cofactor-checker>`,
    );
    const root = $(el, '.root')!;
    expect(getComputedStyle(root).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(root).borderTopLeftRadius).to.equal('12px');
    expect(getComputedStyle(root).fontFamily).to.include('Georgia');
    expect(getComputedStyle($(el, '.sources a')!).color).to.equal('rgb(106, 27, 154)');
  });

  it('exposes its main pieces as parts for ::part styling', async () => {
    const el = await render(html`<b12-cofactor-checker></b12-cofactor-checker>`);
    await typeInto(el, field(el, 'folate'), '2');
    const parts = new Set($$(el, '[part]').flatMap((node) => node.getAttribute('part')!.split(' ')));
    for (const part of [
      'root',
      'heading',
      'analyte',
      'fields',
      'input',
      'select',
      'result',
      'result-deficient',
      'status',
      'range-bar',
      'legend',
      'advice',
      'warnings',
      'warning',
      'warning-urgent',
      'sources',
      'next-steps',
      'actions',
    ]) {
      expect(parts.has(part), part).to.equal(true);
    }
  });

  it('a compact layout is tighter', async () => {
    const normal = await render(html`<b12-cofactor-checker></b12-cofactor-checker>`);
    const compact = await render(html`<b12-cofactor-checker compact></b12-cofactor-checker>`);
    expect(parseFloat(getComputedStyle($(compact, '.root')!).paddingTop)).to.be.lessThan(parseFloat(getComputedStyle($(normal, '.root')!).paddingTop));
  });

  for (const width of [320, 640]) {
    it(`fits ${width} px wide with no sideways scrolling`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><b12-cofactor-checker></b12-cofactor-checker></div>`);
      const el = wrapper.querySelector('b12-cofactor-checker')!;
      await settled(el);
      await typeInto(el, field(el, 'folate'), '2');
      await typeInto(el, field(el, 'ferritin'), '400');
      const root = $(el, '.root')!;
      expect(root.scrollWidth).to.be.at.most(root.clientWidth);
      expect(el.getBoundingClientRect().width).to.be.at.most(width);
    });
  }

  it('still reflows when text is twice the size (200% zoom)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px; font-size: 200%"><b12-cofactor-checker></b12-cofactor-checker></div>`);
    const el = wrapper.querySelector('b12-cofactor-checker')!;
    await settled(el);
    const root = $(el, '.root')!;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
  });

  it('does not move the field being typed into when its result appears', async () => {
    const el = await render(html`<b12-cofactor-checker></b12-cofactor-checker>`);
    const input = field(el, 'ferritin');
    // Relative to the widget: typing may scroll the page, which is not a layout shift.
    const offset = () => input.getBoundingClientRect().top - el.getBoundingClientRect().top;
    const before = offset();
    await typeInto(el, input, '400');
    expect(offset()).to.equal(before);
  });

  it('in print, shows each entered result with its name and no form; in forced colours outlines it; with reduced motion stills it (every engine)', async () => {
    const el = await render(html`<b12-cofactor-checker></b12-cofactor-checker>`);
    await typeInto(el, field(el, 'folate'), '2');
    const folate = resultCard(el, 'folate');
    expect(isShown(field(el, 'folate')), 'the field on screen').to.equal(true);
    expect(isShown(folate.querySelector('.result__name')!), 'the name on screen').to.equal(false);
    let stop = asIfMedia(el, /print/);
    expect(isShown(field(el, 'folate')), 'the field in print').to.equal(false);
    expect(isShown(folate.querySelector('.result__name')!), 'the name in print').to.equal(true);
    expect(isShown(resultCard(el, 'ferritin')), 'ferritin, not entered, in print').to.equal(false);
    stop();

    // The marker on the bar takes the system's text colour, so it shows in any forced palette.
    const marker = folate.querySelector('.range-bar__marker')!;
    expect(getComputedStyle(marker).backgroundColor).to.not.equal(systemColour('CanvasText'));
    stop = asIfMedia(el, /forced-colors/);
    expect(getComputedStyle(folate).borderTopStyle).to.equal('solid');
    expect(getComputedStyle(marker).backgroundColor, 'the marker').to.equal(systemColour('CanvasText'));
    stop();

    const style = document.head.appendChild(document.createElement('style'));
    style.textContent = 'b12-cofactor-checker::part(result) { transition: opacity 2s; }';
    expect(getComputedStyle(folate).transitionDuration).to.equal('2s');
    stop = asIfMedia(el, /prefers-reduced-motion/);
    expect(getComputedStyle(folate).transitionDuration).to.equal('0s');
    stop();
    style.remove();
  });

  it('sends nothing and stores nothing while a person uses it', async () => {
    const before = await storageSnapshot();
    const { calls, loaded } = await watchingTheNetwork(async () => {
      const el = await render(html`<b12-cofactor-checker></b12-cofactor-checker>`);
      for (const analyte of ['folate', 'ferritin', 'vitaminB6', 'vitaminB12', 'activeB12'] as const) await typeInto(el, field(el, analyte), '12');
      $<HTMLInputElement>(el, '#b12-started')!.click();
      await settled(el);
    });
    expect(calls).to.deep.equal([]);
    expect(loaded).to.deep.equal([]);
    expect(await storageSnapshot()).to.deep.equal(before);
  });

  it('many widgets on one page work on their own', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><b12-cofactor-checker></b12-cofactor-checker><b12-cofactor-checker></b12-cofactor-checker></div>`);
    const [first, second] = wrapper.querySelectorAll('b12-cofactor-checker');
    await settled(first);
    await settled(second);
    await typeInto(first, field(first, 'folate'), '2');
    expect(text(resultCard(second, 'folate').querySelector('.result__status'))).to.equal('Not entered');
  });

  it('registering the element twice does not throw', () => {
    expect(() => defineElement('b12-cofactor-checker', class extends B12CofactorChecker {})).not.to.throw();
    expect(customElements.get('b12-cofactor-checker')).to.equal(B12CofactorChecker);
  });
});
