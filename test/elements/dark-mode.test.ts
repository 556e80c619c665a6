import { expect, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import '../../src/symptom-diary.js';
import type { B12SymptomDiary } from '../../src/elements/symptom-diary/symptom-diary.component.js';
import { $, $$, choose, field, render, resultCard, settled, text, typeInto, typeStartDate } from './helpers.js';
import { importDiary, keepingKnown, removeDatabase, threeCycleDiary } from './symptom-diary/diary-helpers.js';
import { contrastRatio, fromComputed } from '../wcag-contrast.js';

/**
 * Dark mode, only where the page asks for it. Firefox and WebKit cannot emulate the
 * reader's preference here, so every engine checks a dark-only page (`color-scheme:
 * dark`, which light-dark() treats as dark whatever the preference); Chromium also checks
 * the preference itself. Contrast is measured on the colours the browser computed.
 */
const isChromium = /Chrome\//.test(navigator.userAgent);

/** Contrast of two computed colours. */
const contrast = (a: string, b: string) => contrastRatio(fromComputed(a), fromComputed(b));
const style = (node: Element) => getComputedStyle(node);
const panelOf = (el: Element) => style($(el, '.root')!).backgroundColor;

const LIGHT_PANEL = 'rgb(240, 244, 245)';
const DARK_PANEL = 'rgb(26, 31, 35)';

async function checkerWithEveryStatus(scheme: string) {
  const el = await render<HTMLElement>(html`<b12-cofactor-checker style=${`color-scheme: ${scheme}`}></b12-cofactor-checker>`);
  await typeInto(el, field(el, 'folate'), '2');
  await typeInto(el, field(el, 'ferritin'), '40');
  await typeInto(el, field(el, 'vitaminB6'), '50');
  await typeInto(el, field(el, 'vitaminB12'), '2500');
  return el;
}

/** Each status's band, legend mark and icon against the card they sit on: 3:1 for graphics. */
function statusColourContrasts(el: Element): Record<string, number> {
  const contrasts: Record<string, number> = {};
  for (const card of $$(el, '.result')) {
    const surface = style(card).backgroundColor;
    const analyte = (card as HTMLElement).dataset.analyte;
    for (const band of card.querySelectorAll('.band')) contrasts[`${analyte} ${band.className}`] = contrast(style(band).backgroundColor, surface);
    for (const mark of card.querySelectorAll('.legend__item')) contrasts[`${analyte} ${mark.className}`] = contrast(getComputedStyle(mark, '::before').backgroundColor, surface);
    const icon = card.querySelector('.result__status .icon');
    if (icon) contrasts[`${analyte} icon ${card.className}`] = contrast(style(icon).color, surface);
  }
  return contrasts;
}

describe('dark mode: only where the page asks for it', () => {
  afterEach(async () => {
    document.documentElement.style.colorScheme = '';
    if (isChromium) {
      await emulateMedia({ colorScheme: 'light', media: 'screen' });
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('stays light on a page that declares nothing', async () => {
    if (isChromium) await emulateMedia({ colorScheme: 'dark' });
    const el = await render(html`<b12-cofactor-checker></b12-cofactor-checker>`);
    expect(panelOf(el)).to.equal(LIGHT_PANEL);
    expect(style(el).color).to.equal('rgb(33, 43, 50)');
  });

  it('turns dark where the page, or only the element, says it supports dark and the reader prefers dark (Chromium emulates the preference)', async function () {
    if (!isChromium) this.skip();
    const onPage = await render(html`<b12-cofactor-checker></b12-cofactor-checker>`);
    const onElement = await render(html`<b12-treatment-plan style="color-scheme: light dark"></b12-treatment-plan>`);
    document.documentElement.style.colorScheme = 'light dark';
    await emulateMedia({ colorScheme: 'light' });
    expect([panelOf(onPage), panelOf(onElement)]).to.deep.equal([LIGHT_PANEL, LIGHT_PANEL]);
    await emulateMedia({ colorScheme: 'dark' });
    expect([panelOf(onPage), panelOf(onElement)]).to.deep.equal([DARK_PANEL, DARK_PANEL]);
    expect(style(onPage).color).to.equal('rgb(240, 244, 245)');
    document.documentElement.style.colorScheme = '';
    expect([panelOf(onPage), panelOf(onElement)]).to.deep.equal([LIGHT_PANEL, DARK_PANEL]);
  });

  it('a colour the page sets wins in dark too', async () => {
    const el = await render(html`<b12-cofactor-checker style="color-scheme: dark; --b12-colour-panel: #000000"></b12-cofactor-checker>`);
    expect(panelOf(el)).to.equal('rgb(0, 0, 0)');
    expect(style(el).color).to.equal('rgb(240, 244, 245)');
  });

  for (const scheme of ['light', 'dark']) {
    it(`every status colour keeps 3:1 against its card, and the text passes axe (${scheme})`, async () => {
      const el = await checkerWithEveryStatus(scheme);
      expect(panelOf(el)).to.equal(scheme === 'dark' ? DARK_PANEL : LIGHT_PANEL);
      expect(['deficient', 'below-optimal', 'optimal', 'above-range'].map((status) => $$(el, `.result--${status}`).length)).to.deep.equal([1, 1, 1, 1]);
      const contrasts = statusColourContrasts(el);
      expect(Object.keys(contrasts).length).to.be.at.least(36);
      const weak = Object.entries(contrasts)
        .filter(([, ratio]) => ratio < 3)
        .map(([what, ratio]) => `${what}: ${ratio.toFixed(2)}`);
      expect(weak).to.deep.equal([]);
      // The warnings these results bring, so axe checks their colours too.
      expect(
        $$(el, '.warning')
          .map((warning) => warning.dataset.warning)
          .sort(),
      ).to.deep.equal(['b12-above-range', 'b6-supplement-limit', 'ferritin-inflammation', 'folate-b12-normal']);
      await expect(el).to.be.accessible();
    });

    it(`the focus style shows against the widget, with readable text on it (${scheme})`, async () => {
      const el = await render<HTMLElement>(html`<b12-cofactor-checker style=${`color-scheme: ${scheme}`}></b12-cofactor-checker>`);
      field(el, 'folate').focus();
      await sendKeys({ press: 'Tab' });
      await settled(el);
      await sendKeys({ press: 'Tab' });
      await settled(el);
      const focused = el.shadowRoot!.activeElement!;
      expect(focused.tagName).to.equal('SUMMARY');
      const around = style(resultCard(el, 'folate').closest('.analyte') ?? $(el, '.root')!).backgroundColor;
      const highlight = style(focused).backgroundColor;
      const underline = style(focused)
        .boxShadow.match(/rgba?\([^)]+\)/g)!
        .at(-1)!;
      expect(contrast(style(focused).color, highlight), 'text on the highlight').to.be.at.least(4.5);
      // The indicator is the yellow block and its dark bar: one of them stands out from the widget.
      expect(Math.max(contrast(highlight, around), contrast(underline, around)), 'the indicator against the widget').to.be.at.least(3);
      // A focused field: the yellow ring outside, against the widget.
      field(el, 'ferritin').focus();
      const ring = style(field(el, 'ferritin')).boxShadow.match(/rgba?\([^)]+\)/g)!;
      expect(Math.max(...ring.map((colour) => contrast(colour, around))), 'the field ring').to.be.at.least(3);
    });
  }

  it('the guide and the plan pass axe in dark', async () => {
    const guide = await render(html`<b12-cofactor-checker mode="guide" style="color-scheme: dark"></b12-cofactor-checker>`);
    expect(panelOf(guide)).to.equal(DARK_PANEL);
    await expect(guide).to.be.accessible();
    const plan = await render(html`<b12-treatment-plan style="color-scheme: dark"></b12-treatment-plan>`);
    await choose(plan, 'cause-autoimmune-gastritis');
    await choose(plan, 'neurological-no');
    await typeStartDate(plan, '2026-12-01');
    expect($$(plan, '.view-switch button').map((button) => text(button))).to.deep.equal(['List', 'Month']);
    await expect(plan).to.be.accessible();
    const pressed = $(plan, '.view-switch button[aria-pressed="true"]')!;
    expect(contrast(style(pressed).color, style(pressed).backgroundColor)).to.be.at.least(4.5);
    const table = await render(html`<b12-treatment-plan mode="table" style="color-scheme: dark"></b12-treatment-plan>`);
    await expect(table).to.be.accessible();
  });

  it('the diary passes axe in dark, and its lines stand out from the chart', async () => {
    await removeDatabase();
    const el = await render<B12SymptomDiary>(html`<b12-symptom-diary style="color-scheme: dark"></b12-symptom-diary>`);
    await keepingKnown(el);
    await importDiary(el, threeCycleDiary());
    expect(panelOf(el)).to.equal(DARK_PANEL);
    const chart = $(el, '.chart')!;
    const line = chart.querySelector('.injection line')!;
    expect(contrast(style(line).stroke, style(chart).backgroundColor)).to.be.at.least(3);
    await expect(el).to.be.accessible();
  });

  it('in forced colours on a dark page, the range bar keeps bands that stand out and the warnings are outlined (Chromium)', async function () {
    if (!isChromium) this.skip();
    document.documentElement.style.colorScheme = 'light dark';
    await emulateMedia({ colorScheme: 'dark' });
    const el = await checkerWithEveryStatus('light dark');
    await executeServerCommand('emulate-forced-colors', { active: true });
    const weak = Object.entries(statusColourContrasts(el)).filter(([what, ratio]) => what.includes(' band ') && ratio < 3);
    expect(weak).to.deep.equal([]);
    const warning = style($(el, '.warning')!);
    expect([warning.borderTopStyle, warning.borderTopWidth]).to.deep.equal(['solid', '2px']);
    expect(contrast(warning.color, warning.backgroundColor)).to.be.at.least(4.5);
  });

  it('prints in its light colours from a dark screen (Chromium)', async function () {
    if (!isChromium) this.skip();
    document.documentElement.style.colorScheme = 'light dark';
    await emulateMedia({ colorScheme: 'dark' });
    const el = await render(html`<b12-cofactor-checker mode="guide"></b12-cofactor-checker>`);
    expect(style(el).color).to.equal('rgb(240, 244, 245)');
    await emulateMedia({ media: 'print' });
    expect(style(el).color).to.equal('rgb(33, 43, 50)');
  });
});
