import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { defaultProfile, type Profile } from '../../src/engine/index.js';
import { $, $$, choose, field, render, resultCard, settled, text, typeInto, withConsoleErrors, expectAbsent } from '../elements/helpers.js';

const PAYLOADS = ['<img src=x onerror="window.__b12Pwned=1">', '<script>window.__b12Pwned=1</script>', '"><svg onload="window.__b12Pwned=1">', 'javascript:window.__b12Pwned=1'];

declare global {
  interface Window {
    __b12Pwned?: number;
  }
}

/** No element that a payload would have made exists in the widget, and nothing ran. */
function expectInert(el: Element) {
  const made = $$(el, 'img, script, svg[onload], iframe, object, embed').filter((node) => !node.classList.contains('icon'));
  expect(made.map((node) => node.outerHTML)).to.deep.equal([]);
  expect(window.__b12Pwned).to.equal(undefined);
}

async function profileWith(payload: string): Promise<Profile> {
  const profile = structuredClone(defaultProfile);
  profile.name = payload;
  profile.sources['nice-ng239'].title = payload;
  profile.texts = { 'iron-supplement': { 'en-GB': payload }, 'folate-supplement': { 'en-GB': payload } };
  return profile;
}

/** Waits for a profile set just now to be checked (its checker loads lazily) and rendered. */
async function whenReady(el: Element) {
  // Let the update that starts the check run first: until it does, the old render is still there.
  await settled(el);
  await waitUntil(() => el.shadowRoot?.querySelector('.root'), `no .root in <${el.localName}>`, { timeout: 5000 });
  await settled(el);
}

describe('injection: links in profiles', () => {
  for (const url of ['javascript:window.__b12Pwned=1', 'JaVaScRiPt:window.__b12Pwned=1', 'data:text/html,<script>window.__b12Pwned=1</script>']) {
    it(`a source URL of ${JSON.stringify(url.slice(0, 16))}… is refused, naming where it is`, async () => {
      const profile = structuredClone(defaultProfile);
      profile.sources['b12-society'].url = url;
      const { result: el } = await withConsoleErrors(async () => {
        const element = await render<HTMLElement & { profile: unknown }>(html`<b12-cofactor-checker></b12-cofactor-checker>`);
        element.profile = profile;
        await waitUntil(() => element.shadowRoot?.querySelector('.editor-notice'), `no .editor-notice in <${element.localName}>`, { timeout: 5000 });
        return element;
      });
      expect(text($(el, '.editor-notice li'))).to.match(/^sources\.b12-society\.url: must be a web address starting with https:\/\//);
      expect($$(el, 'a')).to.have.length(0);
    });
  }

  it('the source list links only web addresses, even if handed another kind', async () => {
    const { sourceList } = await import('../../src/elements/shared/source-list.js');
    const { render: litRender } = await import('lit');
    const host = document.createElement('div');
    litRender(sourceList([{ id: 'x', title: 'Bad', url: 'javascript:window.__b12Pwned=1', kind: 'national-guidance' }]), host);
    expectAbsent(host.querySelector('a'), 'a link made from the injected text');
    expect(host.textContent).to.include('Bad');
  });
});

describe('injection: strings from profiles, attributes and fields render as text', () => {
  for (const payload of PAYLOADS) {
    it(`profile text ${JSON.stringify(payload)} shows as text in the checker`, async () => {
      const el = await render<HTMLElement & { profile: unknown }>(html`<b12-cofactor-checker></b12-cofactor-checker>`);
      el.profile = await profileWith(payload);
      await whenReady(el);
      await typeInto(el, field(el, 'ferritin'), '40');
      await typeInto(el, field(el, 'vitaminB12'), '100');
      expect(text(resultCard(el, 'ferritin').querySelector('.advice .advice__words'))).to.equal(payload);
      expect(text(resultCard(el, 'vitaminB12').querySelector('.sources'))).to.include(payload);
      expectInert(el);
    });

    it(`profile text ${JSON.stringify(payload)} shows as text in the plan`, async () => {
      const el = await render<HTMLElement & { profile: unknown }>(html`<b12-treatment-plan></b12-treatment-plan>`);
      el.profile = await profileWith(payload);
      await whenReady(el);
      await choose(el, 'cause-medication');
      await choose(el, 'neurological-no');
      expect(text($(el, '.phase[data-phase="maintenance"] .sources'))).to.include(payload);
      expectInert(el);
    });

    it(`attribute ${JSON.stringify(payload)} shows as text in the editor notice`, async () => {
      const { result: el } = await withConsoleErrors(() => render(html`<b12-cofactor-checker mode=${payload} units=${`folate:${payload}`}></b12-cofactor-checker>`));
      expect(text($(el, '.editor-notice'))).to.include(payload);
      expectInert(el);
      const { result: plan } = await withConsoleErrors(() => render(html`<b12-treatment-plan cause=${payload}></b12-treatment-plan>`));
      expect(text($(plan, '.editor-notice'))).to.include(payload);
      expectInert(plan);
    });

    it(`typed ${JSON.stringify(payload)} stays in the field as text`, async () => {
      const el = await render(html`<b12-cofactor-checker></b12-cofactor-checker>`);
      const input = field(el, 'folate');
      input.focus();
      input.value = payload;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      const low = field(el, 'folate', 'labLow');
      low.value = payload;
      low.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await settled(el);
      expect(input.value).to.equal(payload);
      expect(low.value).to.equal(payload);
      expectInert(el);
    });
  }
});
