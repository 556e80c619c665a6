import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { $, choose, field, isoFromToday, render, settled, typeInto, typeStartDate } from '../elements/helpers.js';

async function storageSnapshot() {
  const databases = 'databases' in indexedDB ? (await indexedDB.databases()).map((db) => db.name) : [];
  return { local: localStorage.length, session: sessionStorage.length, cookie: document.cookie, databases };
}

describe('privacy: nothing leaves the page, nothing is stored', () => {
  it('while a person fills in both widgets: no request of any kind, no storage written', async () => {
    const before = await storageSnapshot();
    const calls: string[] = [];
    const wrap = <T extends object>(target: T, name: keyof T) => {
      const original = target[name] as unknown as (...args: unknown[]) => unknown;
      (target as Record<keyof T, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
        calls.push(`${String(name)} ${String(args[0])}`);
        return original.apply(this, args);
      };
      return () => ((target as Record<keyof T, unknown>)[name] = original);
    };
    const restore = [
      wrap(window, 'fetch'),
      wrap(XMLHttpRequest.prototype, 'open'),
      wrap(navigator, 'sendBeacon'),
      wrap(window, 'WebSocket' as keyof Window),
      wrap(window, 'EventSource' as keyof Window),
      wrap(window, 'open'),
    ];
    // Resource timing also catches requests no wrapper sees: images, stylesheets, fonts.
    const resourcesBefore = performance.getEntriesByType('resource').length;
    try {
      const wrapper = await render<HTMLDivElement>(html`<div><b12-cofactor-checker></b12-cofactor-checker><b12-treatment-plan></b12-treatment-plan></div>`);
      const [checker, plan] = wrapper.children;
      await settled(checker);
      await settled(plan);
      for (const analyte of ['folate', 'ferritin', 'vitaminB6', 'vitaminB12', 'activeB12'] as const) await typeInto(checker, field(checker, analyte), '5');
      $<HTMLInputElement>(checker, '#b12-started')!.click();
      await choose(plan, 'cause-autoimmune-gastritis');
      await choose(plan, 'neurological-no');
      await choose(plan, 'pregnant-yes');
      await typeStartDate(plan, isoFromToday(2));
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      restore.forEach((undo) => undo());
    }
    expect(calls).to.deep.equal([]);
    const newResources = performance.getEntriesByType('resource').slice(resourcesBefore).map((r) => r.name);
    // Only the test's own modules may load (none is a request the widgets make).
    expect(newResources.filter((name) => !name.includes('/src/') && !name.includes('/node_modules/'))).to.deep.equal([]);
    expect(await storageSnapshot()).to.deep.equal(before);
  });

  it('the only request a widget makes is the profile the page names', async () => {
    const requested: string[] = [];
    const originalFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (requested.push(String(input)), originalFetch(input, init));
    try {
      const el = await render(html`<b12-cofactor-checker profile-src="/test/security/no-such.json"></b12-cofactor-checker>`);
      await new Promise((r) => setTimeout(r, 300));
      await settled(el);
    } finally {
      window.fetch = originalFetch;
    }
    expect(requested).to.deep.equal(['/test/security/no-such.json']);
  });
});
