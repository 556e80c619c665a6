import { expect, html } from '@open-wc/testing';
import '../../../src/treatment-plan.js';
import type { B12TreatmentPlan } from '../../../src/treatment-plan.js';
import { $, $$, captureDownloads, choose, isoFromToday, phaseIds, render, settled, text, typeInto, typeStartDate, expectAbsent } from '../helpers.js';

async function planFrom(startIso: string, template = html`<b12-treatment-plan></b12-treatment-plan>`, neurological = 'no'): Promise<B12TreatmentPlan> {
  const el = await render<B12TreatmentPlan>(template);
  await choose(el, 'cause-autoimmune-gastritis');
  await choose(el, `neurological-${neurological}`);
  await typeStartDate(el, startIso);
  return el;
}

const dates = (el: Element) => $$(el, '.schedule__entry').map((li) => li.dataset.date);

describe('<b12-treatment-plan>: dated calendar', () => {
  it('lists loading doses on days 0, 2, 4, 7, 9 and 11, then maintenance for a year', async () => {
    const start = isoFromToday(7);
    const el = await planFrom(start);
    const all = dates(el);
    const offsets = all.slice(0, 6).map((d) => Math.round((Date.parse(d!) - Date.parse(start)) / 86_400_000));
    expect(offsets).to.deep.equal([0, 2, 4, 7, 9, 11]);
    const doses = $$(el, '.schedule__entry--dose');
    expect(doses.length).to.be.greaterThan(6);
    expect($$(el, '.schedule__entry--dose[data-phase="maintenance"]')).to.have.length(doses.length - 6);
  });

  it('marks each dose with its phase, and a review with none (not data-phase="undefined")', async () => {
    const el = await planFrom(isoFromToday(7));
    const review = $(el, '.schedule__entry--review')!;
    expect(review, 'the NG239 review is listed').to.exist;
    expect(review.getAttribute('data-phase')).to.equal(null);
    expect($$(el, '.schedule__entry--dose').every((dose) => ['loading', 'maintenance'].includes(dose.dataset.phase!))).to.equal(true);
  });

  it('highlights the next injection in words, not only colour', async () => {
    const el = await planFrom(isoFromToday(-3));
    const next = $(el, '.schedule__entry--next')!;
    expect(text(next.querySelector('.badge'))).to.equal('Next injection');
    expect(next.dataset.date! >= isoFromToday(0)).to.equal(true);
    expect($$(el, '.schedule__entry--next')).to.have.length(1);
    expect(text($(el, '.next-summary'))).to.include('Your next injection:');
  });

  it('says when the date is in the past, and still plans from it', async () => {
    const el = await planFrom(isoFromToday(-10));
    expect(text($(el, '.question:last-of-type'))).to.include('This date is in the past');
    expect(dates(el)[0]).to.equal(isoFromToday(-10));
  });

  it('shows a review with the clinician after three weeks with nerve symptoms', async () => {
    const start = isoFromToday(1);
    const el = await planFrom(start, undefined, 'yes');
    const review = $(el, '.schedule__entry--review')!;
    // Day 21 is this guide's choice for a dated schedule, not a guideline figure, and says so:
    // in the list, the month view and the .ics, which all use these words.
    expect(text(review)).to.include('Review with your clinician: a date this guide chose for planning. Your clinician decides when loading stops.');
    expect(Math.round((Date.parse(review.dataset.date!) - Date.parse(start)) / 86_400_000)).to.equal(21);
    const { files: saved } = captureDownloads(() =>
      $$<HTMLButtonElement>(el, '.actions button')
        .find((b) => text(b).startsWith('Add to calendar'))!
        .click(),
    );
    const ics = (await saved[0].text()).replace(/\r\n[ \t]/g, '');
    expect(ics).to.include('Review with your clinician: a date this guide chose for planning');
  });

  it('shows NICE NG239’s treatment review 3 months after the first injection, in the list and the month view', async () => {
    const el = await planFrom('2026-12-01', html`<b12-treatment-plan .today=${'2026-11-25'}></b12-treatment-plan>`);
    const review = $$(el, '.schedule__entry--review').find((entry) => text(entry).includes('Treatment review with your GP'))!;
    expect(review.dataset.date).to.equal('2027-03-01');
    expect(review.querySelector('time')!.getAttribute('datetime')).to.equal('2027-03-01');
    expect(text(review.querySelector('time'))).to.include('1 March 2027');
    $$<HTMLButtonElement>(el, '.view-switch button')
      .find((b) => text(b) === 'Month')!
      .click();
    await settled(el);
    for (let i = 0; i < 3; i++) {
      $$<HTMLButtonElement>(el, '.month-nav__button')[1].click();
      await settled(el);
    }
    expect(text($(el, '.month caption'))).to.equal('March 2027');
    const day = $(el, 'td[data-date="2027-03-01"]')!;
    expect(day.classList.contains('day--review')).to.equal(true);
    expect(text(day.querySelector('.visually-hidden'))).to.equal('Treatment review with your GP');
  });

  it('reviews after 1 month when pregnant or breastfeeding', async () => {
    const el = await planFrom('2026-12-01', html`<b12-treatment-plan .today=${'2026-11-25'}></b12-treatment-plan>`);
    await choose(el, 'pregnant-yes');
    const reviews = $$(el, '.schedule__entry--review').filter((entry) => text(entry).includes('Treatment review with your GP'));
    expect(reviews.map((entry) => entry.dataset.date)).to.deep.equal(['2027-01-01']);
  });

  it('formats dates for the reader’s language with Intl', async () => {
    const el = await planFrom('2026-12-01', html`<b12-treatment-plan lang="de" .today=${'2026-11-25'}></b12-treatment-plan>`);
    expect(text($(el, '.schedule__entry time'))).to.equal('Dienstag, 1. Dezember 2026');
  });

  it('shows a month view that starts the week on the locale’s first day, and moves between months', async () => {
    const el = await planFrom('2026-12-01', html`<b12-treatment-plan .today=${'2026-11-25'}></b12-treatment-plan>`);
    $$<HTMLButtonElement>(el, '.view-switch button')
      .find((b) => text(b) === 'Month')!
      .click();
    await settled(el);
    expect(text($(el, '.month caption'))).to.equal('December 2026');
    expect(text($(el, '.month thead th .weekday-short'))).to.equal('Mon');
    expect($(el, 'td[data-date="2026-12-01"]')!.classList.contains('day--dose')).to.equal(true);
    expect(text($(el, 'td[data-date="2026-12-01"] .visually-hidden'))).to.equal('B12 injection, 1,000 micrograms, next');
    const nextMonth = $$<HTMLButtonElement>(el, '.month-nav__button')[1];
    expect(nextMonth.getAttribute('aria-label')).to.equal('Next month, January 2027');
    nextMonth.click();
    await settled(el);
    expect(text($(el, '.month caption'))).to.equal('January 2027');

    const us = await planFrom('2026-12-01', html`<b12-treatment-plan lang="en-US" .today=${'2026-11-25'}></b12-treatment-plan>`);
    $$<HTMLButtonElement>(us, '.view-switch button')
      .find((b) => text(b) === 'Month')!
      .click();
    await settled(us);
    expect(text($(us, '.month thead th .weekday-short'))).to.equal('Sun');
  });

  it('"Add to calendar" saves an .ics file made by the engine, which parses back to the same dates', async () => {
    const el = await planFrom(isoFromToday(2));
    const { files: saved, links: clicked } = captureDownloads(() =>
      $$<HTMLButtonElement>(el, '.actions button')
        .find((b) => text(b).startsWith('Add to calendar'))!
        .click(),
    );
    expect(clicked[0].download).to.equal('b12-injections.ics');
    expect(saved[0].type).to.equal('text/calendar');
    const ics = await saved[0].text();
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    const starts = [...unfolded.matchAll(/^DTSTART;VALUE=DATE:(\d{8})$/gm)].map((m) => `${m[1].slice(0, 4)}-${m[1].slice(4, 6)}-${m[1].slice(6)}`);
    expect(starts).to.deep.equal(dates(el));
    expect(unfolded).to.include('SUMMARY;LANGUAGE=en-GB:B12 injection\\, 1\\,000 micrograms');
    expect(unfolded).to.match(/^X-WR-CALNAME:B12 injections$/m);
    // The treatment review is an event of its own, and every event reminds the person the day before.
    expect(unfolded).to.include('SUMMARY;LANGUAGE=en-GB:Treatment review with your GP');
    const events = unfolded.split('BEGIN:VEVENT').slice(1);
    expect(events.every((event) => /BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15H\r\n/.test(event))).to.equal(true);
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).to.equal(true);
  });

  it('"Add to calendar" again after moving the start date gives the same events, moved, so a calendar replaces them (issue 16, fault 18)', async () => {
    const el = await planFrom('2026-12-01', html`<b12-treatment-plan .today=${'2026-11-25'}></b12-treatment-plan>`);
    const download = async () => {
      const { files } = captureDownloads(() =>
        $$<HTMLButtonElement>(el, '.actions button')
          .find((b) => text(b).startsWith('Add to calendar'))!
          .click(),
      );
      return (await files[0].text()).replace(/\r\n[ \t]/g, '');
    };
    const uids = (ics: string) => [...ics.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]);
    const starts = (ics: string) => [...ics.matchAll(/^DTSTART;VALUE=DATE:(\d{8})$/gm)].map((m) => m[1]);
    const first = await download();
    const day = $<HTMLInputElement>(el, '#start-date-day')!;
    day.select();
    await typeInto(el, day, '2');
    const moved = await download();
    expect(uids(moved)).to.deep.equal(uids(first));
    expect(starts(moved)[0]).to.equal('20261202');
    expect(starts(first)[0]).to.equal('20261201');
    // Another person's widget: other events.
    const other = await planFrom('2026-12-01', html`<b12-treatment-plan .today=${'2026-11-25'}></b12-treatment-plan>`);
    const { files } = captureDownloads(() =>
      $$<HTMLButtonElement>(other, '.actions button')
        .find((b) => text(b).startsWith('Add to calendar'))!
        .click(),
    );
    const theirs = uids((await files[0].text()).replace(/\r\n[ \t]/g, ''));
    expect(theirs.filter((uid) => uids(first).includes(uid))).to.deep.equal([]);
  });

  const badDates: [string, [string, string, string], RegExp][] = [
    ['an impossible date', ['31', '2', '2027'], /must be a real date/],
    ['a two-digit year', ['1', '2', '27'], /4 numbers/],
    ['a missing month', ['1', '', '2027'], /must include a month/],
    ['letters', ['x', '2', '2027'], /must be a real date/],
  ];
  for (const [what, [day, month, year], message] of badDates) {
    it(`${what}: a clear message, what was typed kept, the plan still shown without dates`, async () => {
      const el = await render<B12TreatmentPlan>(html`<b12-treatment-plan></b12-treatment-plan>`);
      await choose(el, 'cause-diet');
      await choose(el, 'neurological-no');
      if (day) await typeInto(el, $<HTMLInputElement>(el, '#start-date-day')!, day);
      if (month) await typeInto(el, $<HTMLInputElement>(el, '#start-date-month')!, month);
      if (year) await typeInto(el, $<HTMLInputElement>(el, '#start-date-year')!, year);
      expect(text($(el, '#start-date-error'))).to.match(message);
      expect($<HTMLInputElement>(el, '#start-date-day')!.value).to.equal(day);
      expect($<HTMLInputElement>(el, '#start-date-year')!.value).to.equal(year);
      expect(phaseIds(el)).to.deep.equal(['loading', 'maintenance']);
      expectAbsent($(el, '.schedule'), 'the dated schedule');
      expect($(el, 'fieldset[aria-describedby~="start-date-error"]')).to.exist;
    });
  }

  it('refuses a date more than a year away', async () => {
    const el = await render<B12TreatmentPlan>(html`<b12-treatment-plan></b12-treatment-plan>`);
    await choose(el, 'cause-diet');
    await choose(el, 'neurological-no');
    await typeStartDate(el, isoFromToday(800));
    expect(text($(el, '#start-date-error'))).to.include('within the next year');
  });
});
