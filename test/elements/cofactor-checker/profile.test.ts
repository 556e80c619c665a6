import { expect, html } from '@open-wc/testing';
import '../../../src/cofactor-checker.js';
import type { B12CofactorChecker } from '../../../src/cofactor-checker.js';
import { defaultProfile } from '../../../src/engine/index.js';
import { $, $$, field, isShown, render, resultCard, settled, shown, text, typeInto, withConsoleErrors } from '../helpers.js';

const jsonUrl = (body: string) => URL.createObjectURL(new Blob([body], { type: 'application/json' }));

/** Waits until the element has left its loading state (the profile fetch is real). */
describe('<b12-cofactor-checker>: profiles', () => {
  it('uses a valid profile from profile-src', async () => {
    const profile = structuredClone(defaultProfile);
    profile.analytes.ferritin.thresholds.optimalFrom = 70;
    const el = await render<B12CofactorChecker>(html`<b12-cofactor-checker profile-src=${jsonUrl(JSON.stringify(profile))}></b12-cofactor-checker>`);
    await shown(el);
    await typeInto(el, field(el, 'ferritin'), '60');
    expect(text(resultCard(el, 'ferritin').querySelector('.result__status'))).to.equal('Below optimal');
  });

  it('uses a profile object set as a property, and its own advice words', async () => {
    const el = await render<B12CofactorChecker>(html`<b12-cofactor-checker></b12-cofactor-checker>`);
    el.profile = { ...structuredClone(defaultProfile), texts: { 'iron-supplement': { 'en-GB': 'Our nurses can advise on iron: call 0800 000 000.' } } };
    await shown(el);
    await settled(el);
    await typeInto(el, field(el, 'ferritin'), '40');
    expect(text(resultCard(el, 'ferritin').querySelector('.advice .advice__words'))).to.equal('Our nurses can advise on iron: call 0800 000 000.');
    expect(text(resultCard(el, 'ferritin').querySelector('.advice .position'))).to.equal('support group position');
  });

  it('says whose position each figure and piece of advice is as the profile states it, never guessing from sources', async () => {
    const el = await render<B12CofactorChecker>(html`<b12-cofactor-checker></b12-cofactor-checker>`);
    const profile = structuredClone(defaultProfile);
    // A charity whose own clinicians set the optimal ferritin level, citing the same source.
    profile.analytes.ferritin.thresholdBasis.optimalFrom = { position: 'national-guidance', sources: ['b12-society'] };
    profile.advice['iron-supplement'] = { positions: ['national-guidance'], sources: ['cks-iron'] };
    el.profile = profile;
    await shown(el);
    await settled(el);
    await typeInto(el, field(el, 'ferritin'), '40');
    const card = resultCard(el, 'ferritin');
    expect(text(card.querySelector('.advice .position'))).to.equal('national guidance');
    expect(text(card.querySelector('[data-figure="optimalFrom"] .figure-sources__position'))).to.equal('national guidance');
  });

  const broken: [string, () => string, RegExp][] = [
    ['a 404', () => '/test/elements/fixtures/no-such-profile.json', /could not be loaded: the server answered 404/],
    ['invalid JSON', () => jsonUrl('{ "id": "oops", '), /is not valid JSON/],
    [
      'a schema error',
      () => jsonUrl(JSON.stringify({ ...defaultProfile, analytes: { ...defaultProfile.analytes, folate: { ...defaultProfile.analytes.folate, thresholds: { deficientBelow: 10, optimalFrom: 3 } } } })),
      /is not a valid guidance profile/,
    ],
  ];
  for (const [what, src, message] of broken) {
    it(`${what}: a clear error in the element and the console, nothing half-rendered, fallback kept`, async () => {
      const { result: el, logged } = await withConsoleErrors(async () => {
        const element = await render<B12CofactorChecker>(html`<b12-cofactor-checker profile-src=${src()}><p id="fallback">See our printed guide.</p></b12-cofactor-checker>`);
        await shown(element);
        return element;
      });
      const notice = $(el, '.editor-notice')!;
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(text(notice)).to.match(message);
      expect($$(el, 'input, select, table, .result')).to.have.length(0);
      expect(isShown(el.querySelector('#fallback')!)).to.equal(true);
      expect(logged.join('\n')).to.match(message);
    });
  }

  it('names each schema problem by path', async () => {
    const bad = structuredClone(defaultProfile);
    bad.analytes.ferritin.thresholds.optimalFrom = 20;
    const { result: el, logged } = await withConsoleErrors(async () => {
      const element = await render<B12CofactorChecker>(html`<b12-cofactor-checker profile-src=${jsonUrl(JSON.stringify(bad))}></b12-cofactor-checker>`);
      await shown(element);
      return element;
    });
    expect(text($(el, '.editor-notice li'))).to.equal('analytes.ferritin.thresholds.optimalFrom: optimalFrom (20) is below deficientBelow (30)');
    expect(logged.join('\n')).to.include('analytes.ferritin.thresholds.optimalFrom');
  });

  it('shows the fallback content while the profile loads', async () => {
    const el = document.createElement('b12-cofactor-checker') as B12CofactorChecker;
    el.innerHTML = '<p id="loading-fallback">Loading…</p>';
    el.setAttribute('profile-src', jsonUrl(JSON.stringify(defaultProfile)));
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(isShown(el.querySelector('#loading-fallback')!)).to.equal(true);
      await shown(el);
      expect(isShown(el.querySelector('#loading-fallback')!)).to.equal(false);
    } finally {
      el.remove();
    }
  });
});
