import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/symptom-diary.js';
import { defaultProfile } from '../../src/engine/index.js';
import { $, $$, choose, chooseUnit, field, paste, render, resultCard, settled, text, typeInto, typeStartDate, withConsoleErrors } from '../elements/helpers.js';
import { speaking } from '../elements/i18n/i18n-helpers.js';
import { runPage } from './frame.js';
import { trackListenersAndTimers } from './leak-tracker.js';

/*
 * Hardening II (issue 16), in the browsers: hostile pages, profiles and input. Each test
 * names the fault it guards by its number in the issue.
 */

type Widget = HTMLElement & { profile?: unknown; updateComplete: Promise<unknown> };

const until = (condition: () => boolean, timeout = 8000) => waitUntil(condition, `timed out after ${timeout} ms waiting for ${condition}`, { timeout, interval: 20 });
const notice = (el: Element) => text($(el, '.editor-notice'));

/** A checker given `profile-src`, once it shows the editor's notice (the console's copy kept quiet). */
async function checkerWithNotice(src: string, timeout?: number): Promise<Widget> {
  const { result } = await withConsoleErrors(async () => {
    const element = await render<Widget>(html`<b12-cofactor-checker profile-src=${src}></b12-cofactor-checker>`);
    await until(() => $(element, '.editor-notice') !== null, timeout);
    return element;
  });
  return result;
}

describe('hardening: widgets that ended up stuck or blank', () => {
  it('1. removed while its profile loads, then put back: no false "took longer" message, and the load finishes', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('b12-cofactor-checker') as Widget;
    el.setAttribute('profile-src', '/test/security/slow-valid-profile.json?ms=600');
    const { logged } = await withConsoleErrors(async () => {
      holder.append(el);
      await new Promise((resolve) => setTimeout(resolve, 100));
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    expect(logged.join('\n')).not.to.match(/longer than|could not be loaded/);
    holder.append(el);
    await until(() => field(el, 'folate') !== null);
    expect(notice(el)).to.equal('');
  });

  for (const units of ['constructor:nmol/L', '__proto__:nmol/L', 'toString:µg/L hasOwnProperty:x']) {
    it(`3. units="${units}": a clear notice for the editor, and the widget still works`, async () => {
      const { result: el, logged } = await withConsoleErrors(() => render<Widget>(html`<b12-cofactor-checker units=${units}></b12-cofactor-checker>`));
      expect(notice(el)).to.include('The units attribute has');
      expect(logged.join('\n')).to.include('The units attribute has');
      await typeInto(el, field(el, 'folate'), '15');
      expect(text(resultCard(el, 'folate').querySelector('.result__status'))).to.equal('Optimal');
    });
  }

  const unreadable: [string, () => unknown][] = [
    ['a BigInt', () => ({ ...structuredClone(defaultProfile), plans: { ...structuredClone(defaultProfile).plans, scheduleMonthsAhead: BigInt(12) } })],
    [
      'a circular reference',
      () => {
        const profile = structuredClone(defaultProfile) as unknown as Record<string, unknown>;
        profile.name = profile;
        return profile;
      },
    ],
    [
      'a getter that throws',
      () => {
        const profile = structuredClone(defaultProfile) as unknown as Record<string, unknown>;
        Object.defineProperty(profile, 'version', {
          enumerable: true,
          get: () => {
            throw new TypeError('no');
          },
        });
        return profile;
      },
    ],
  ];
  for (const [what, make] of unreadable) {
    it(`4. .profile with ${what}: the editor's notice, never an uncaught error or a widget stuck on its fallback`, async () => {
      const uncaught: string[] = [];
      const onError = (event: ErrorEvent | PromiseRejectionEvent) => uncaught.push(String('reason' in event ? event.reason : event.message));
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
      try {
        const { result: el } = await withConsoleErrors(async () => {
          const element = await render<Widget>(html`<b12-cofactor-checker><p>Fallback</p></b12-cofactor-checker>`);
          element.profile = make();
          await until(() => $(element, '.editor-notice') !== null);
          return element;
        });
        expect(notice(el)).to.include('is not a valid guidance profile');
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onError);
      }
      expect(uncaught).to.deep.equal([]);
    });
  }

  it('4. a profile-src with JSON nested 6,000 deep ends in the editor’s notice', async () => {
    const deep = `${'{"a":'.repeat(6000)}1${'}'.repeat(6000)}`;
    const src = URL.createObjectURL(new Blob([deep], { type: 'application/json' }));
    const el = await checkerWithNotice(src);
    expect(notice(el)).to.match(/is not a valid guidance profile|is not valid JSON/);
  });

  it('5. the checker’s file and the plan’s file on one page, under the policy the README gives for that', async () => {
    const report = await runPage<{ folateStatus: string; planPhases: string[] }>('/test/security/pages/two-files.html');
    expect(report.errors).to.deep.equal([]);
    expect(report.violations).to.deep.equal([]);
    expect(report.folateStatus).to.equal('Optimal');
    expect(report.planPhases).to.deep.equal(['loading', 'maintenance']);
  });
});

describe('hardening: words and numbers the person did not mean', () => {
  it('6. the plan’s date errors speak the widget’s language', async () => {
    const el = await render<Widget>(html`<b12-treatment-plan lang="cy"></b12-treatment-plan>`);
    await speaking(el, 'cy');
    await choose(el, 'cause-diet');
    await choose(el, 'neurological-no');
    await typeInto(el, $<HTMLInputElement>(el, '#start-date-day')!, '31');
    await typeInto(el, $<HTMLInputElement>(el, '#start-date-month')!, '2');
    await typeInto(el, $<HTMLInputElement>(el, '#start-date-year')!, '2027');
    expect(text($(el, '#start-date-error'))).to.include('Rhaid i’r dyddiad fod yn ddyddiad go iawn');
  });

  it('7. a typed number keeps its meaning when the language changes: "1,250" ferritin stays 1250, shown the new way', async () => {
    const el = await render<Widget>(html`<b12-cofactor-checker lang="en-GB"></b12-cofactor-checker>`);
    await typeInto(el, field(el, 'ferritin'), '1,250');
    expect(text(resultCard(el, 'ferritin').querySelector('.result__status'))).to.equal('Above range');
    el.setAttribute('lang', 'pl');
    await speaking(el, 'pl');
    await settled(el);
    expect(text(resultCard(el, 'ferritin').querySelector('.result__status'))).to.equal('Powyżej zakresu');
    expect(field(el, 'ferritin').value).to.equal('1250');
    expect(text(resultCard(el, 'ferritin').querySelector('.result__value'))).to.match(/1\s?250 µg\/L/);
  });

  it('8. the error’s own example number is accepted: Persian digits in a Persian page', async () => {
    const el = await render<Widget>(html`<b12-cofactor-checker lang="fa"></b12-cofactor-checker>`);
    const input = field(el, 'folate');
    input.focus();
    paste(input, 'x');
    await settled(el);
    const example = text($(el, '#folate-error-value')).match(/like (.+)$/)![1];
    expect(example).to.equal(new Intl.NumberFormat('fa').format(12.5));
    input.select();
    paste(input, example);
    await settled(el);
    expect(text($(el, '#folate-error-value'))).to.equal('');
    expect(text(resultCard(el, 'folate').querySelector('.result__status'))).to.equal('Optimal');
  });

  it('8. Urdu digits in the plan’s date fields', async () => {
    const el = await render<Widget>(html`<b12-treatment-plan lang="ur" .today=${'2026-11-25'}></b12-treatment-plan>`);
    await speaking(el, 'ur');
    await choose(el, 'cause-diet');
    await choose(el, 'neurological-no');
    for (const [part, value] of [
      ['day', '۱'],
      ['month', '۱۲'],
      ['year', '۲۰۲۶'],
    ] as const) {
      const input = $<HTMLInputElement>(el, `#start-date-${part}`)!;
      input.focus();
      paste(input, value);
    }
    await settled(el);
    expect(text($(el, '#start-date-error'))).to.equal('');
    expect($$(el, '.schedule__entry')[0]?.dataset.date).to.equal('2026-12-01');
  });

  for (const lang of ['fa', 'en-GB-u-ca-islamic', 'ar-SA']) {
    it(`9. ${lang}: the month view’s caption and its list dates are the Gregorian calendar the grid is drawn in`, async () => {
      const el = await render<Widget>(html`<b12-treatment-plan lang=${lang} .today=${'2026-11-25'}></b12-treatment-plan>`);
      await choose(el, 'cause-autoimmune-gastritis');
      await choose(el, 'neurological-no');
      await typeStartDate(el, '2026-12-01');
      $$<HTMLButtonElement>(el, '.view-switch button').at(-1)!.click();
      await settled(el);
      const gregorian = (options: Intl.DateTimeFormatOptions) =>
        new Intl.DateTimeFormat(Intl.getCanonicalLocales(lang)[0], { ...options, calendar: 'gregory', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 11, 1)));
      expect(text($(el, '.month caption'))).to.equal(gregorian({ month: 'long', year: 'numeric' }));
      expect(text($(el, '.schedule__entry time'))).to.equal(gregorian({ dateStyle: 'full' }));
    });
  }

  it('10. a new units attribute changes only the tests it names', async () => {
    const el = await render<Widget>(html`<b12-cofactor-checker></b12-cofactor-checker>`);
    await chooseUnit(el, 'ferritin', 'ng/mL');
    el.setAttribute('units', 'folate:nmol/L');
    await settled(el);
    expect(field(el, 'folate', 'unit').value).to.equal('nmol/L');
    expect(field(el, 'ferritin', 'unit').value).to.equal('ng/mL');
  });
});

describe('hardening: host pages', () => {
  it('11. a page router that cancels link clicks does not cancel "Add to calendar"', async () => {
    const el = await render<Widget>(html`<b12-treatment-plan .today=${'2026-11-25'}></b12-treatment-plan>`);
    await choose(el, 'cause-diet');
    await choose(el, 'neurological-no');
    await typeStartDate(el, '2026-12-01');
    // The router: every click on a link, anywhere, is the router's.
    const routed: string[] = [];
    const router = (event: Event) => {
      const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
      if (!link) return;
      routed.push(link.href);
      event.preventDefault();
    };
    document.addEventListener('click', router);
    // The test's own guard: the download is started, then stopped before the browser saves it.
    const started: { defaultPrevented: boolean; inWidget: boolean }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const link = this;
      link.addEventListener(
        'click',
        (event) => {
          started.push({ defaultPrevented: event.defaultPrevented, inWidget: link.getRootNode() === el.shadowRoot });
          event.preventDefault();
        },
        { once: true },
      );
      click.call(link);
    };
    try {
      $$<HTMLButtonElement>(el, '.actions button')
        .find((b) => text(b).startsWith('Add to calendar'))!
        .click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
      document.removeEventListener('click', router);
    }
    expect(started).to.deep.equal([{ defaultPrevented: false, inWidget: true }]);
    expect(routed).to.deep.equal([]);
  });

  it('12. inside another component’s shadow root, it follows a lang change on its ancestor there', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<section lang="en-GB"><b12-cofactor-checker></b12-cofactor-checker></section>';
    const el = root.querySelector('b12-cofactor-checker') as Widget;
    await until(() => $(el, 'h2') !== null);
    root.querySelector('section')!.setAttribute('lang', 'cy');
    await speaking(el, 'cy');
    expect(text($(el, 'h2'))).to.equal('Gwiriwch eich canlyniadau cydffactorau');
  });

  it('13. with Object.prototype.texts polluted by the page, the widget’s own words are shown', async () => {
    Object.defineProperty(Object.prototype, 'texts', { value: { 'iron-supplement': { 'en-GB': 'POLLUTED' } }, configurable: true, writable: true });
    try {
      const el = await render<Widget>(html`<b12-cofactor-checker></b12-cofactor-checker>`);
      await typeInto(el, field(el, 'ferritin'), '40');
      expect(text(resultCard(el, 'ferritin').querySelector('.advice')))
        .to.include('Ask your GP or pharmacist about an iron supplement')
        .and.not.include('POLLUTED');
    } finally {
      delete (Object.prototype as Record<string, unknown>).texts;
    }
  });

  it('14. a profile-src answered with 300 MB chunked: stops reading at 1 MB and says so', async () => {
    const el = await checkerWithNotice('/test/security/endless-profile.json', 15_000);
    expect(notice(el)).to.include('is larger than 1 MB');
    // The widget hangs up: the server sees the connection closed long before its 300 MB.
    const progress = async () => (await (await fetch('/test/security/endless-profile-sent')).json()) as { sent: number; closed: boolean };
    let seen = await progress();
    await waitUntil(async () => (seen = await progress()).closed, 'the server did not see the connection closed within 5 s', { timeout: 5000, interval: 100 });
    expect(seen.sent, `${seen.sent} bytes sent`).to.be.below(50 * 1024 * 1024);
  });

  it('14. a profile-src answered with a gzip bomb (200 KB that inflates to 200 MB) says it is too large', async () => {
    const el = await checkerWithNotice('/test/security/gzip-bomb-profile.json', 15_000);
    expect(notice(el)).to.include('is larger than 1 MB');
  });

  it('15. removed right after a keystroke, the checker leaves no announcement timer behind', async () => {
    const el = await render<Widget>(html`<b12-cofactor-checker></b12-cofactor-checker>`);
    const tracker = trackListenersAndTimers();
    try {
      // The page removes the widget in the same turn as the keystroke (a router, say).
      field(el, 'folate').focus();
      paste(field(el, 'folate'), '5');
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(tracker.live().timers).to.equal(0);
    } finally {
      tracker.restore();
    }
  });
});

describe('hardening III: host styles a page can reset', () => {
  // `all: unset` on the element takes away what :host gave it (display, container-type):
  // the plan's table stopped restacking and the page became 514–589 px wide at 375 px.
  for (const [tag, template] of [
    ['b12-treatment-plan', html`<b12-treatment-plan mode="table"></b12-treatment-plan>`],
    ['b12-cofactor-checker', html`<b12-cofactor-checker mode="guide"></b12-cofactor-checker>`],
    ['b12-cofactor-checker', html`<b12-cofactor-checker></b12-cofactor-checker>`],
    ['b12-symptom-diary', html`<b12-symptom-diary></b12-symptom-diary>`],
  ] as const) {
    it(`2. ${tag} under "all: unset" still restacks to fit 375 px`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 375px">
          <style>
            ${tag} {
              all: unset;
            }</style
          >${template}
        </div>`,
      );
      const el = wrapper.querySelector<Widget>(tag)!;
      await settled(el);
      expect(getComputedStyle(el).containerType, 'the page did reset the host').to.equal('normal');
      const root = $(el, '.root')!;
      expect(root.getBoundingClientRect().width).to.be.at.most(375);
      expect(root.scrollWidth, 'nothing wider than the root').to.be.at.most(root.clientWidth);
      const cell = $(el, 'td');
      if (cell) expect(getComputedStyle(cell).display, 'table cells restacked into cards').to.equal('block');
      expect(wrapper.scrollWidth).to.be.at.most(375);
    });
  }
});
