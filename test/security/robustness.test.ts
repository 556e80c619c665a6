import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { B12CofactorChecker } from '../../src/cofactor-checker.js';
import { defaultProfile } from '../../src/engine/index.js';
import { defineElement } from '../../src/elements/shared/define.js';
import { $, $$, choose, field, render, resultCard, settled, text, typeInto, expectAbsent } from '../elements/helpers.js';
import { trackListenersAndTimers } from './leak-tracker.js';
import { runPage } from './frame.js';

describe('robust on the page', () => {
  it('two copies of the bundle on one page do not throw, and the widgets work (strict CSP with allow-duplicates)', async () => {
    const report = await runPage<{ widgetViolations: number; folateStatus: string; tableRows: number }>('/test/security/pages/two-copies.html');
    expect(report.errors).to.deep.equal([]);
    expect(report.violations).to.deep.equal([]);
    expect(report.folateStatus).to.equal('Optimal');
    expect(report.tableRows).to.equal(6);
  });

  it('removing and re-adding a widget 1,000 times leaves no listeners or timers behind', async function () {
    this.timeout(120_000);
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const checker = document.createElement('b12-cofactor-checker');
    const plan = document.createElement('b12-treatment-plan');
    const tracker = trackListenersAndTimers();
    const heapBefore = await usedHeap();
    try {
      for (let i = 0; i < 1000; i++) {
        container.append(checker, plan);
        await checker.updateComplete;
        const input = field(checker, 'folate');
        input.value = String(i % 40);
        // Typing starts the announcer's timer; removal must cancel it.
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await checker.updateComplete;
        checker.remove();
        plan.remove();
      }
      await new Promise((r) => setTimeout(r, 50));
      expect(tracker.live()).to.deep.equal({ listeners: [], timers: 0 });
    } finally {
      tracker.restore();
    }
    const heapAfter = await usedHeap();
    // Only Chromium exposes heap size (and gc() with --expose-gc); elsewhere the listener and timer counts stand alone.
    if (heapBefore !== undefined && heapAfter !== undefined) expect(heapAfter - heapBefore).to.be.below(5 * 1024 * 1024);
  });

  it('many widgets on one page work independently', async () => {
    const wrapper = await render<HTMLDivElement>(html`<div><b12-treatment-plan></b12-treatment-plan><b12-treatment-plan></b12-treatment-plan></div>`);
    const [first, second] = wrapper.querySelectorAll('b12-treatment-plan');
    await settled(first);
    await settled(second);
    await choose(first, 'cause-diet');
    await choose(first, 'neurological-no');
    expectAbsent($(second, '.phase'), 'a phase in the second plan');
    expect($<HTMLInputElement>(second, '#cause-diet')!.checked).to.equal(false);
  });

  it('properties set before the definition loads are kept (property upgrade)', async () => {
    const el = document.createElement('b12-early-checker') as HTMLElement & { mode: string; profile: unknown };
    const profile = structuredClone(defaultProfile);
    profile.analytes.ferritin.thresholds.optimalFrom = 70;
    el.mode = 'guide';
    el.profile = profile;
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.append(el);
    defineElement('b12-early-checker', class extends B12CofactorChecker {});
    await waitUntil(() => el.shadowRoot?.querySelector('table'), `no table in <${el.localName}>`, { timeout: 5000 });
    await settled(el);
    const ferritinRow = $(el, 'tr[data-analyte="ferritin"]')!;
    expect(text(ferritinRow)).to.include('70 µg/L to 300 µg/L');
  });

  it('works inside another component’s shadow root, taking that component’s language', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="de"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<section><b12-cofactor-checker></b12-cofactor-checker></section>';
    const el = root.querySelector('b12-cofactor-checker')!;
    await settled(el);
    await typeInto(el, field(el, 'folate'), '12,5');
    expect(text(resultCard(el, 'folate').querySelector('.result__status'))).to.equal('Optimal');
    expect($$(el, '.error-message')).to.have.length(0);
  });
});

async function usedHeap(): Promise<number | undefined> {
  const gc = (window as unknown as { gc?: () => void }).gc;
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  if (!gc || !memory) return undefined;
  gc();
  await new Promise((r) => setTimeout(r, 0));
  gc();
  return memory.usedJSHeapSize;
}
