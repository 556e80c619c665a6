import { expect, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { $, $$, field, isShown, planInMonthView, render, resultCard, text, typeInto } from './helpers.js';

/**
 * Print, forced colours and reduced motion, as the browser applies them: Chromium can
 * emulate each, so what a person gets is checked there. page.test.ts in each element's
 * folder checks the same rules are in the stylesheet in every engine.
 */
const isChromium = /Chrome\//.test(navigator.userAgent);

describe('media: what people get in print, forced colours and reduced motion (Chromium)', () => {
  before(function () {
    if (!isChromium) this.skip();
  });
  afterEach(async () => {
    if (!isChromium) return;
    await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
    await executeServerCommand('emulate-forced-colors', { active: false });
  });

  it('the checker prints the results entered, each named, without the form or the buttons', async () => {
    const el = await render(html`<b12-cofactor-checker></b12-cofactor-checker>`);
    await typeInto(el, field(el, 'folate'), '2');
    await emulateMedia({ media: 'print' });
    const folate = resultCard(el, 'folate');
    expect(isShown(folate)).to.equal(true);
    expect(text(folate.querySelector('.result__name'))).to.equal('Folate (vitamin B9)');
    expect(isShown(folate.querySelector('.result__name')!)).to.equal(true);
    expect(isShown(field(el, 'folate')), 'the folate field').to.equal(false);
    expect(isShown(resultCard(el, 'ferritin')), 'ferritin, not entered').to.equal(false);
    expect($$(el, '.actions button').filter(isShown), 'buttons').to.have.length(0);
    expect(isShown($(el, '.warning')!), 'the folate warning').to.equal(true);
    await emulateMedia({ media: 'screen' });
    expect(isShown(field(el, 'folate'))).to.equal(true);
    expect(isShown(folate.querySelector('.result__name')!)).to.equal(false);
  });

  it('the plan prints its dates as a list, even when the month grid is on screen, without the questions', async () => {
    const el = await planInMonthView();
    const list = () => $(el, '.schedule')!;
    expect(isShown(list()), 'the list on screen in month view').to.equal(false);
    await emulateMedia({ media: 'print' });
    expect(isShown(list()), 'the list in print').to.equal(true);
    expect(isShown($(el, '.month-view')!), 'the month grid in print').to.equal(false);
    expect(isShown($(el, '.questions')!), 'the questions in print').to.equal(false);
    expect(isShown($(el, '.phase')!), 'the plan in print').to.equal(true);
  });

  it('in forced colours, results are outlined and the range bar keeps its band colours', async () => {
    const el = await render(html`<b12-cofactor-checker></b12-cofactor-checker>`);
    await typeInto(el, field(el, 'ferritin'), '40');
    await executeServerCommand('emulate-forced-colors', { active: true });
    const card = getComputedStyle(resultCard(el, 'ferritin'));
    expect([card.borderTopStyle, card.borderTopWidth]).to.deep.equal(['solid', '2px']);
    const band = (status: string) => getComputedStyle(resultCard(el, 'ferritin').querySelector(`.band--${status}`)!).backgroundColor;
    expect(band('deficient')).to.equal('rgb(213, 40, 27)');
    expect(band('optimal')).to.equal('rgb(0, 127, 59)');
  });

  it('with reduced motion asked for, even a transition the page adds through a part is stilled', async () => {
    const style = document.head.appendChild(document.createElement('style'));
    style.textContent = 'b12-cofactor-checker::part(result) { transition: opacity 2s; }';
    after(() => style.remove());
    const el = await render(html`<b12-cofactor-checker></b12-cofactor-checker>`);
    const duration = () => getComputedStyle(resultCard(el, 'folate')).transitionDuration;
    expect(duration()).to.equal('2s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(duration()).to.equal('0s');
  });
});
