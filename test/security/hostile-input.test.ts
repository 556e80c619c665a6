import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { $, choose, field, paste, phaseIds, render, resultCard, settled, text, typeInto } from '../elements/helpers.js';

/**
 * The catalogue from the trust issue. Each case: typed into folate with a valid ferritin
 * beside it; the folate field keeps the text exactly, has a message tied to it when the
 * text is not a usable number, and ferritin is still assessed.
 */
const CATALOGUE: { name: string; typed: string; locale: string; status: string; message?: RegExp }[] = [
  { name: 'empty', typed: '', locale: 'en-GB', status: 'Not entered' },
  { name: 'spaces', typed: '   ', locale: 'en-GB', status: 'Not entered' },
  { name: 'letters', typed: 'abc', locale: 'en-GB', status: 'Not entered', message: /as a number, like 12\.5/ },
  { name: '-5', typed: '-5', locale: 'en-GB', status: 'Not entered', message: /cannot be less than 0/ },
  { name: '0', typed: '0', locale: 'en-GB', status: 'Deficient' },
  { name: '1e309', typed: '1e309', locale: 'en-GB', status: 'Not entered', message: /as a number/ },
  { name: 'NaN', typed: 'NaN', locale: 'en-GB', status: 'Not entered', message: /as a number/ },
  { name: '12,5 in en-GB', typed: '12,5', locale: 'en-GB', status: 'Not entered', message: /like 12\.5/ },
  { name: '12.5 in en-GB', typed: '12.5', locale: 'en-GB', status: 'Optimal' },
  { name: '12,5 in de', typed: '12,5', locale: 'de', status: 'Optimal' },
  { name: '12.5 in de', typed: '12.5', locale: 'de', status: 'Not entered', message: /like 12,5/ },
  { name: 'a 10,000-character paste', typed: '9'.repeat(10_000), locale: 'en-GB', status: 'Not entered', message: /much higher than a lab would report/ },
  { name: 'emoji', typed: '💉🩸', locale: 'en-GB', status: 'Not entered', message: /as a number/ },
  { name: 'right-to-left marks around a number', typed: '\u200F12.5\u200F', locale: 'en-GB', status: 'Optimal' },
  { name: 'Urdu digits', typed: '\u06F1\u06F2.\u06F5', locale: 'en-GB', status: 'Optimal' },
];

describe('hostile input in the checker', () => {
  for (const { name, typed, locale, status, message } of CATALOGUE) {
    it(`${name}: ${message ? 'a clear message beside the field' : 'read correctly'}, text kept, other fields working`, async () => {
      const el = await render(html`<b12-cofactor-checker lang=${locale}></b12-cofactor-checker>`);
      await typeInto(el, field(el, 'ferritin'), '20');
      const input = field(el, 'folate');
      input.focus();
      // Pasted, as such text usually arrives; the typed path is covered by the element tests.
      if (typed) paste(input, typed);
      await settled(el);
      expect(input.value).to.equal(typed);
      expect(text(resultCard(el, 'folate').querySelector('.result__status'))).to.equal(status);
      const describedBy = input.getAttribute('aria-describedby');
      if (message) {
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(text($(el, `#${describedBy}`))).to.match(message);
      } else {
        expect(input.getAttribute('aria-invalid')).to.equal('false');
      }
      expect(text(resultCard(el, 'ferritin').querySelector('.result__status'))).to.equal('Deficient');
    });
  }
});

describe('hostile input in the plan’s date', () => {
  const cases: [string, [string, string, string], RegExp][] = [
    ['letters', ['ab', 'cd', 'efgh'], /The year must have 4 numbers/],
    ['a negative day', ['-5', '1', '2027'], /real date/],
    ['a 10,000-character paste', ['1'.repeat(10_000), '1', '2027'], /real date/],
    ['emoji', ['💉', '1', '2027'], /real date/],
    ['31 February', ['31', '2', '2027'], /real date/],
    ['the year 9999', ['1', '1', '9999'], /within the next year/],
  ];
  for (const [name, [day, month, year], message] of cases) {
    it(`${name}: a clear message, the text kept, the plan still shown`, async () => {
      const el = await render(html`<b12-treatment-plan></b12-treatment-plan>`);
      await choose(el, 'cause-diet');
      await choose(el, 'neurological-no');
      for (const [part, value] of [
        ['day', day],
        ['month', month],
        ['year', year],
      ] as const) {
        const input = $<HTMLInputElement>(el, `#start-date-${part}`)!;
        input.focus();
        paste(input, value);
      }
      await settled(el);
      expect(text($(el, '#start-date-error'))).to.match(message);
      expect($<HTMLInputElement>(el, '#start-date-day')!.value).to.equal(day);
      expect(phaseIds(el)).to.deep.equal(['loading', 'maintenance']);
    });
  }
});
