import { expect, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { defaultProfile } from '../../src/engine/index.js';
import { WIDGETS } from '../../src/widgets.js';
import { $, $$, isShown, render, shown, text, withConsoleErrors } from '../elements/helpers.js';
import { registerEveryWidget } from '../helpers/widgets.js';

const asJson = (value: unknown) => URL.createObjectURL(new Blob([typeof value === 'string' ? value : JSON.stringify(value)], { type: 'application/json' }));
const tweak = (change: (profile: ReturnType<typeof structuredClone<typeof defaultProfile>>) => void) => {
  const profile = structuredClone(defaultProfile);
  change(profile);
  return profile;
};

const MALFORMED: { name: string; src: () => string; problem: RegExp; issue?: RegExp }[] = [
  {
    name: 'wrong types',
    src: () => asJson(tweak((p) => ((p.analytes.folate.plausibleMax as unknown) = 'lots'))),
    problem: /not a valid guidance profile/,
    issue: /analytes\.folate\.plausibleMax: expected number/,
  },
  { name: 'missing fields', src: () => asJson({ ...defaultProfile, plans: undefined }), problem: /not a valid guidance profile/, issue: /plans: is missing/ },
  {
    name: 'a negative threshold',
    src: () => asJson(tweak((p) => (p.analytes.ferritin.thresholds.deficientBelow = -30))),
    problem: /not a valid guidance profile/,
    issue: /analytes\.ferritin\.thresholds\.deficientBelow: must be at least 0/,
  },
  {
    name: 'an optimal band below the deficiency cut-off',
    src: () => asJson(tweak((p) => (p.analytes.vitaminB6.thresholds.optimalFrom = 10))),
    problem: /not a valid guidance profile/,
    issue: /optimalFrom \(10\) is below deficientBelow \(20\)/,
  },
  {
    name: 'an unknown unit',
    src: () => asJson(tweak((p) => p.analytes.folate.conversions.push({ from: 'mg/dL', to: 'grains', factor: 3 }))),
    problem: /not a valid guidance profile/,
    issue: /neither "mg\/dL" nor "grains" is the canonical unit/,
  },
  { name: 'a 5 MB file', src: () => '/test/security/huge-profile.json', problem: /larger than 1 MB/ },
  { name: 'a 404', src: () => '/test/security/missing-profile.json', problem: /the server answered 404/ },
  { name: 'invalid JSON', src: () => asJson('{"id": "uk", oops}'), problem: /not valid JSON/ },
  { name: 'a JSON value that is not an object', src: () => asJson('[1, 2, 3]'), problem: /not a valid guidance profile/ },
];

describe('malformed profiles', () => {
  before(registerEveryWidget);

  for (const { tag } of WIDGETS) {
    for (const { name, src, problem, issue } of MALFORMED) {
      it(`<${tag}> with ${name}: an error naming the problem, nothing half-rendered, the page unaffected`, async () => {
        const { result: wrapper, logged } = await withConsoleErrors(async () => {
          const element = unsafeStatic(tag);
          const container = await render<HTMLDivElement>(staticHtml`<div>
            <p id="before">Page text</p>
            <${element} profile-src=${src()}><p class="fallback">Fallback</p></${element}>
          </div>`);
          await shown(container.querySelector(tag)!);
          return container;
        });
        const el = wrapper.querySelector(tag)!;
        const notice = text($(el, '.editor-notice'));
        expect(notice).to.match(problem);
        if (issue) expect(notice).to.match(issue);
        expect(logged.join('\n')).to.match(problem);
        expect($$(el, 'input, table, .result, .plan, form')).to.have.length(0);
        expect(isShown(el.querySelector('.fallback')!)).to.equal(true);
        expect(isShown(wrapper.querySelector('#before')!)).to.equal(true);
      });
    }
  }

  it('a profile that never arrives: a timeout error after 10 seconds, fallback shown meanwhile', async function () {
    this.timeout(20_000);
    const { result: el, logged } = await withConsoleErrors(async () => {
      const element = await render(html`<b12-cofactor-checker profile-src="/test/security/slow-profile.json"><p class="fallback">Fallback</p></b12-cofactor-checker>`);
      expect(isShown(element.querySelector('.fallback')!)).to.equal(true);
      await shown(element, 15_000);
      return element;
    });
    expect(text($(el, '.editor-notice'))).to.match(/took longer than 10 seconds/);
    expect(logged.join('\n')).to.match(/took longer than 10 seconds/);
  });
});
