import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { $, choose, field, isoFromToday, render, settled, typeInto, typeStartDate } from '../elements/helpers.js';
import { storageSnapshot, watchingTheNetwork } from '../helpers/privacy.js';

describe('privacy: nothing leaves the page, nothing is stored', () => {
  it('while a person fills in both widgets: no request of any kind, no storage written', async () => {
    const before = await storageSnapshot();
    const { calls, loaded } = await watchingTheNetwork(async () => {
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
    });
    expect(calls).to.deep.equal([]);
    expect(loaded).to.deep.equal([]);
    expect(await storageSnapshot()).to.deep.equal(before);
  });

  it('the only request a widget makes is the profile the page names (the watcher sees it)', async () => {
    const { calls } = await watchingTheNetwork(async () => {
      const el = await render(html`<b12-cofactor-checker profile-src="/test/security/no-such.json"></b12-cofactor-checker>`);
      await new Promise((r) => setTimeout(r, 300));
      await settled(el);
    });
    expect(calls).to.deep.equal(['fetch /test/security/no-such.json']);
  });
});
