import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/treatment-plan.js';
import { B12TreatmentPlan } from '../../../src/treatment-plan.js';
import { defaultProfile } from '../../../src/engine/index.js';
import { defineElement } from '../../../src/elements/shared/define.js';
import {
  $,
  $$,
  systemColour,
  choose,
  countPrints,
  isoFromToday,
  isShown,
  asIfMedia,
  phaseIds,
  render,
  settled,
  text,
  typeInto,
  typeStartDate,
  withConsoleErrors,
  planInMonthView,
} from '../helpers.js';
import { storageSnapshot, watchingTheNetwork } from '../../helpers/privacy.js';

describe('<b12-treatment-plan>: table mode', () => {
  it('shows every cause with and without nerve symptoms, and no questions', async () => {
    const el = await render(html`<b12-treatment-plan mode="table"></b12-treatment-plan>`);
    expect($$(el, 'input, fieldset')).to.have.length(0);
    expect($$(el, 'tbody tr')).to.have.length(6);
    expect($$(el, 'thead th').map(text)).to.deep.equal(['Cause', 'Without nerve symptoms', 'With nerve symptoms', 'Always for this cause']);
    const diet = [...$(el, 'tr[data-cause="diet"]')!.querySelectorAll('td')].map(text);
    expect(diet[0]).to.include('6 injections over 2 weeks').and.include('Cyanocobalamin 50 to 150 micrograms, as a tablet');
    expect(diet[1]).to.include('One injection every 2 days').and.include('One injection every 2 months');
    expect(text($(el, '.sources'))).to.include('NICE guideline NG239');
  });

  it('restacks into cards on a narrow screen, keeping table roles', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><b12-treatment-plan mode="table"></b12-treatment-plan></div>`);
    const el = wrapper.querySelector('b12-treatment-plan')!;
    await settled(el);
    expect(getComputedStyle($(el, 'td')!).display).to.equal('block');
    expect($(el, 'td')!.getAttribute('role')).to.equal('cell');
    expect($(el, '.root')!.scrollWidth).to.be.at.most($(el, '.root')!.clientWidth);
  });
});

describe('<b12-treatment-plan>: on the page', () => {
  for (const [attribute, template, message] of [
    ['mode', html`<b12-treatment-plan mode="calendar"></b12-treatment-plan>`, /mode attribute is "calendar"/],
    ['cause', html`<b12-treatment-plan cause="stress"></b12-treatment-plan>`, /cause attribute is "stress". Use one of: autoimmune-gastritis/],
    ['heading-level', html`<b12-treatment-plan heading-level="0"></b12-treatment-plan>`, /heading-level attribute is "0"/],
  ] as const) {
    it(`a bad ${attribute} attribute: a clear error in the page and the console, the widget still works`, async () => {
      const { result: el, logged } = await withConsoleErrors(() => render(template));
      expect(text($(el, '.editor-notice'))).to.match(message);
      expect(logged.join('\n')).to.match(message);
      await choose(el, 'cause-diet');
      await choose(el, 'neurological-no');
      expect(phaseIds(el)).to.deep.equal(['loading', 'maintenance']);
    });
  }

  it('a broken profile-src: a clear error, nothing half-rendered, fallback kept', async () => {
    const src = URL.createObjectURL(new Blob(['{"id": 1}'], { type: 'application/json' }));
    const { result: el, logged } = await withConsoleErrors(async () => {
      const element = await render(html`<b12-treatment-plan profile-src=${src}><p id="fallback">Our printed plan</p></b12-treatment-plan>`);
      await waitUntil(() => element.shadowRoot?.querySelector('.root'), `no .root in <${element.localName}>`, { timeout: 5000 });
      await settled(element);
      return element;
    });
    expect(text($(el, '.editor-notice')))
      .to.include('is not a valid guidance profile')
      .and.include('version: is missing');
    expect($$(el, 'fieldset, .plan')).to.have.length(0);
    expect(isShown(el.querySelector('#fallback')!)).to.equal(true);
    expect(logged.join('\n')).to.include('is not a valid guidance profile');
  });

  it('follows a custom profile set as a property', async () => {
    const el = await render<B12TreatmentPlan>(html`<b12-treatment-plan></b12-treatment-plan>`);
    const profile = structuredClone(defaultProfile);
    profile.plans.causes.medication.withoutNeurologicalSymptoms.intervalMonths = 4;
    el.profile = profile;
    await waitUntil(() => el.shadowRoot?.querySelector('#cause-medication'), `no #cause-medication in <${el.localName}>`, { timeout: 5000 });
    await settled(el);
    await choose(el, 'cause-medication');
    await choose(el, 'neurological-no');
    expect(text($(el, '.phase[data-phase="maintenance"]')))
      .to.include('One injection every 4 months.')
      .and.include('Guidance allows every 2 to 4 months.');
  });

  it('shows light-DOM fallback content until it upgrades', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div>
        <b12-late-plan><p id="static">Static table</p></b12-late-plan>
      </div>`,
    );
    const fallback = container.querySelector('#static')!;
    expect(isShown(fallback)).to.equal(true);
    defineElement('b12-late-plan', class extends B12TreatmentPlan {});
    await settled(container.querySelector('b12-late-plan')!);
    expect(isShown(fallback)).to.equal(false);
  });

  it('fits 320 px wide with a full plan and calendar', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><b12-treatment-plan></b12-treatment-plan></div>`);
    const el = wrapper.querySelector('b12-treatment-plan')!;
    await settled(el);
    await choose(el, 'cause-autoimmune-gastritis');
    await choose(el, 'neurological-yes');
    await typeInto(el, $<HTMLInputElement>(el, '#start-date-day')!, '1');
    await typeInto(el, $<HTMLInputElement>(el, '#start-date-month')!, String(new Date().getMonth() + 1));
    await typeInto(el, $<HTMLInputElement>(el, '#start-date-year')!, String(new Date().getFullYear()));
    for (const view of ['List', 'Month']) {
      $$<HTMLButtonElement>(el, '.view-switch button')
        .find((b) => text(b) === view)!
        .click();
      await settled(el);
      const root = $(el, '.root')!;
      expect(root.scrollWidth, view).to.be.at.most(root.clientWidth);
    }
  });

  it('in print, drops the questions and the month grid and keeps the dates as a list; in forced colours and reduced motion keeps its marks (every engine)', async () => {
    const el = await planInMonthView();
    expect(isShown($(el, '.schedule')!), 'the list on screen in month view').to.equal(false);
    let stop = asIfMedia(el, /print/);
    expect(isShown($(el, '.schedule')!), 'the list in print').to.equal(true);
    expect(isShown($(el, '.month-view')!), 'the month grid in print').to.equal(false);
    expect(isShown($(el, '.questions')!), 'the questions in print').to.equal(false);
    expect(isShown($(el, '.phase')!), 'the plan in print').to.equal(true);
    stop();

    // A dose's mark in the month grid takes the system's text colour, so it shows in any forced palette.
    const mark = $(el, '.day--dose .day__mark')!;
    expect(getComputedStyle(mark).backgroundColor).to.not.equal(systemColour('CanvasText'));
    stop = asIfMedia(el, /forced-colors/);
    expect(getComputedStyle(mark).backgroundColor).to.equal(systemColour('CanvasText'));
    stop();
    const style = document.head.appendChild(document.createElement('style'));
    style.textContent = 'b12-treatment-plan::part(phase) { transition: opacity 2s; }';
    const phase = $(el, '.phase')!;
    expect(getComputedStyle(phase).transitionDuration).to.equal('2s');
    stop = asIfMedia(el, /prefers-reduced-motion/);
    expect(getComputedStyle(phase).transitionDuration).to.equal('0s');
    stop();
    style.remove();
  });

  it('prints with the print button', async () => {
    const el = await render(html`<b12-treatment-plan></b12-treatment-plan>`);
    await choose(el, 'cause-diet');
    await choose(el, 'neurological-no');
    await typeStartDate(el, isoFromToday(1));
    expect(
      countPrints(() =>
        $$<HTMLButtonElement>(el, '.actions button')
          .find((b) => text(b) === 'Print this plan')!
          .click(),
      ),
    ).to.equal(1);
  });

  it('sends nothing and stores nothing', async () => {
    const before = await storageSnapshot();
    const { calls, loaded } = await watchingTheNetwork(async () => {
      const el = await render(html`<b12-treatment-plan></b12-treatment-plan>`);
      await choose(el, 'cause-medication');
      await choose(el, 'neurological-no');
      await choose(el, 'pregnant-no');
      await typeInto(el, $<HTMLInputElement>(el, '#start-date-day')!, '3');
    });
    expect(calls).to.deep.equal([]);
    expect(loaded).to.deep.equal([]);
    expect(await storageSnapshot()).to.deep.equal(before);
  });

  it('exposes its main pieces as parts', async () => {
    const el = await render(html`<b12-treatment-plan></b12-treatment-plan>`);
    await choose(el, 'cause-medication');
    await choose(el, 'neurological-yes');
    await typeStartDate(el, isoFromToday(1));
    const parts = new Set($$(el, '[part]').flatMap((node) => node.getAttribute('part')!.split(' ')));
    for (const part of ['root', 'heading', 'question', 'input', 'plan', 'phase', 'support-group', 'warnings', 'warning', 'warning-urgent', 'sources', 'schedule', 'next-badge', 'actions']) {
      expect(parts.has(part), part).to.equal(true);
    }
  });
});
