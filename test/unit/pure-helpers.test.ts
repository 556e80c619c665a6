/**
 * The pure helpers the elements are built from, tested on their own: before, they were
 * reached only through whole renders in a browser, where a wrong answer shows up far
 * from its cause. They run in Node with the engine suite.
 */
import { markerPlacement } from '../../src/elements/cofactor-checker/range-bar.js';
import { entriesReadIn, emptyEntries } from '../../src/elements/cofactor-checker/form-entries.js';
import { parseUnitsAttribute } from '../../src/elements/cofactor-checker/units-attribute.js';
import { readDateEntry } from '../../src/elements/shared/date-entry.js';
import { LANGUAGE_CODES } from '../../src/i18n/languages.js';
import { shiftMonth } from '../../src/elements/treatment-plan/month-calendar.js';
import { assessCofactors, defaultProfile, type Analyte } from '../../src/engine/index.js';
import { addMonths, daysInMonth, isoDateOf, isoWeekday, localIsoDate, parseIsoDate } from '../../src/engine/iso-date.js';
import { durationWeeks, everyMonths } from '../../src/elements/shared/count-words.js';
import { inLocale, matchLocale } from '../../src/i18n/localization.js';
import { describe, expect, it } from '../engine/harness.js';

describe('readDateEntry: GOV.UK date fields to a date or the error to show', () => {
  const today = '2026-11-26';
  const read = (day: string, month: string, year: string) => readDateEntry({ day, month, year }, today);
  it('reads nothing typed as empty, not as an error', () => {
    expect(read('', ' ', '')).to.deep.equal({ kind: 'empty' });
  });
  it('names the first missing part', () => {
    expect(read('', '3', '2027')).to.deep.equal({ kind: 'error', field: 'day', problem: 'missing-day' });
    expect(read('27', '', '2027')).to.deep.equal({ kind: 'error', field: 'month', problem: 'missing-month' });
    expect(read('27', '3', '')).to.deep.equal({ kind: 'error', field: 'year', problem: 'missing-year' });
  });
  it('wants a four-digit year', () => {
    expect(read('27', '3', '27')).to.deep.equal({ kind: 'error', field: 'year', problem: 'year-digits' });
  });
  it('refuses days that do not exist', () => {
    for (const [day, month, year] of [
      ['31', '4', '2027'],
      ['29', '2', '2027'],
      ['0', '3', '2027'],
      ['12', '13', '2027'],
      ['1.5', '3', '2027'],
    ]) {
      expect(read(day, month, year), `${day}/${month}/${year}`).to.deep.equal({ kind: 'error', field: 'day', problem: 'not-real' });
    }
  });
  it('reads a real day, padded to ISO, and says whether it is past', () => {
    expect(readDateEntry({ day: '29', month: '2', year: '2028' }, '2027-11-26')).to.deep.equal({ kind: 'date', iso: '2028-02-29', inPast: false });
    expect(read(' 1', '11 ', '2026')).to.deep.equal({ kind: 'date', iso: '2026-11-01', inPast: true });
    expect(read('26', '11', '2026')).to.deep.equal({ kind: 'date', iso: '2026-11-26', inPast: false });
  });
  it('reads digits of other scripts as the same day', () => {
    expect(read('٢٧', '٣', '٢٠٢٧')).to.deep.equal({ kind: 'date', iso: '2027-03-27', inPast: false });
    expect(read('۲۷', '۳', '۲۰۲۷')).to.deep.equal({ kind: 'date', iso: '2027-03-27', inPast: false });
  });
  it('says when a real date is too far from today to plan from', () => {
    expect(read('1', '1', '2020')).to.deep.equal({ kind: 'error', field: 'year', problem: 'too-far-in-past' });
    expect(read('1', '1', '2035')).to.deep.equal({ kind: 'error', field: 'year', problem: 'too-far-in-future' });
  });
});

describe('markerPlacement: where on the bar a result is drawn', () => {
  const itemFor = (analyte: Analyte, value: number) =>
    assessCofactors({ results: { [analyte]: { value, unit: defaultProfile.analytes[analyte].canonicalUnit } } }).items.find((i) => i.analyte === analyte)!;
  // Ferritin: deficient below 30, optimal from 50 to 300 (the clinical reference).
  it('draws each value in the band of its status, at its share of that band', () => {
    expect(markerPlacement(itemFor('ferritin', 15))).to.deep.equal({ band: 'deficient', fraction: 0.5 });
    expect(markerPlacement(itemFor('ferritin', 40))).to.deep.equal({ band: 'below-optimal', fraction: 0.5 });
    expect(markerPlacement(itemFor('ferritin', 175))).to.deep.equal({ band: 'optimal', fraction: 0.5 });
    expect(markerPlacement(itemFor('ferritin', 375))).to.deep.equal({ band: 'above-range', fraction: 0.5 });
  });
  it('keeps a value on a threshold inside its own band, never on the line', () => {
    expect(markerPlacement(itemFor('ferritin', 30))).to.deep.equal({ band: 'below-optimal', fraction: 0.1 });
    expect(markerPlacement(itemFor('ferritin', 50))).to.deep.equal({ band: 'optimal', fraction: 0.1 });
    expect(markerPlacement(itemFor('ferritin', 0))).to.deep.equal({ band: 'deficient', fraction: 0.1 });
  });
  it('stops a very high value at the far end of the above-range band', () => {
    expect(markerPlacement(itemFor('ferritin', 6000))).to.deep.equal({ band: 'above-range', fraction: 0.9 });
  });
  it('draws nothing for a result not entered', () => {
    expect(markerPlacement(assessCofactors({ results: {} }).items[0])).to.equal(undefined);
  });
});

describe('parseUnitsAttribute: the units an editor starts each test in', () => {
  const parse = (value: string | null) => parseUnitsAttribute(value, defaultProfile);
  it('reads every name for each test, in any case and spelling of the unit', () => {
    expect(parse('folate:nmol/l B12:PMOL/L active-b12:pmol/L ferritin:ng/mL vitaminb6:ug/l')).to.deep.equal({
      units: { folate: 'nmol/L', vitaminB12: 'pmol/L', activeB12: 'pmol/L', ferritin: 'ng/mL', vitaminB6: 'µg/L' },
      problems: [],
    });
    expect(parse('b6:µg/L,folate:nmol/L;  b12:ng/L').units).to.deep.equal({ vitaminB6: 'µg/L', folate: 'nmol/L', vitaminB12: 'ng/L' });
  });
  it('reads nothing from nothing', () => {
    expect(parse(null)).to.deep.equal({ units: {}, problems: [] });
    expect(parse('   ')).to.deep.equal({ units: {}, problems: [] });
  });
  it('names each pair it cannot use and keeps the rest', () => {
    expect(parse('folate nmol/L __proto__:x constructor:ng/L ferritin:mmol/L b12:pmol/L')).to.deep.equal({
      units: { vitaminB12: 'pmol/L' },
      problems: [
        { kind: 'not-a-pair', token: 'folate' },
        { kind: 'not-a-pair', token: 'nmol/L' },
        { kind: 'not-a-pair', token: '__proto__:x' },
        { kind: 'not-a-pair', token: 'constructor:ng/L' },
        { kind: 'unknown-unit', token: 'ferritin:mmol/L', allowed: ['µg/L', 'ng/mL'] },
      ],
    });
  });
});

describe('matchLocale: the language a page tag speaks', () => {
  it('matches a language with a translation by its language subtag', () => {
    for (const [tag, spoken] of [
      ['cy', 'cy'],
      ['cy-GB', 'cy'],
      ['CY_gb', 'cy'],
      ['ur-PK', 'ur'],
      ['es-419', 'es'],
      ['pl', 'pl'],
      ['ro-MD', 'ro'],
    ]) {
      expect(matchLocale(tag), tag).to.equal(spoken);
    }
  });
  it('speaks en-GB for English of any region and for languages without a translation', () => {
    // A real language the widgets do not speak (yet), with and without a region.
    const unshipped = ['fr', 'de', 'it', 'nl', 'pt'].find((code) => !(LANGUAGE_CODES as readonly string[]).includes(code))!;
    for (const tag of ['en', 'en-US', 'en-GB', unshipped, `${unshipped}-CA`, '', ' ', 'x-klingon', 'cym']) expect(matchLocale(tag), tag).to.equal('en-GB');
  });
});

describe('entriesReadIn: typed numbers keep their meaning across a change of language', () => {
  const entries = { ...emptyEntries(() => 'µg/L'), folate: { value: '1,250', unit: 'µg/L', labLow: '3.9', labHigh: 'abc' } };
  it('rewrites each number for the new locale', () => {
    const polish = entriesReadIn(entries, 'en-GB', 'pl');
    expect(polish.folate).to.deep.equal({ value: '1250', unit: 'µg/L', labLow: '3,9', labHigh: 'abc' });
    expect(entriesReadIn(polish, 'pl', 'en-GB').folate).to.deep.equal({ value: '1250', unit: 'µg/L', labLow: '3.9', labHigh: 'abc' });
  });
});

describe('dates: one set of calendar arithmetic, in the engine', () => {
  it('isoDateOf writes real days and refuses the rest', () => {
    expect(isoDateOf(2028, 2, 29)).to.equal('2028-02-29');
    expect(isoDateOf(2027, 2, 29)).to.equal(undefined);
    expect(isoDateOf(2027, 4, 31)).to.equal(undefined);
    expect(isoDateOf(2027, 0, 1)).to.equal(undefined);
    expect(isoDateOf(2027, 1, 1.5)).to.equal(undefined);
    expect(isoDateOf(Number.NaN, 1, 1)).to.equal(undefined);
  });
  it('daysInMonth knows leap years', () => {
    expect([2027, 2028, 2100, 2000].map((year) => daysInMonth(year, 2))).to.deep.equal([28, 29, 28, 29]);
    expect(daysInMonth(2027, 12)).to.equal(31);
    expect(daysInMonth(2027, 4)).to.equal(30);
  });
  it('isoWeekday numbers Monday 1 to Sunday 7', () => {
    expect(['2026-11-23', '2026-11-26', '2026-11-29'].map((iso) => isoWeekday(parseIsoDate(iso)!))).to.deep.equal([1, 4, 7]);
  });
  it('addMonths keeps the day, or the last day of a shorter month', () => {
    expect(addMonths(parseIsoDate('2027-01-31')!, 1).toISOString().slice(0, 10)).to.equal('2027-02-28');
    expect(addMonths(parseIsoDate('2027-12-15')!, 3).toISOString().slice(0, 10)).to.equal('2028-03-15');
    expect(addMonths(parseIsoDate('2027-03-31')!, -1).toISOString().slice(0, 10)).to.equal('2027-02-28');
  });
  it('localIsoDate is the day on the device clock', () => {
    expect(localIsoDate(new Date(2027, 0, 5, 23, 59))).to.equal('2027-01-05');
    expect(localIsoDate(new Date(2027, 11, 31, 0, 0))).to.equal('2027-12-31');
  });
  it('shiftMonth crosses years both ways', () => {
    expect(shiftMonth({ year: 2027, month: 11 }, 1)).to.deep.equal({ year: 2028, month: 0 });
    expect(shiftMonth({ year: 2027, month: 0 }, -1)).to.deep.equal({ year: 2026, month: 11 });
    expect(shiftMonth({ year: 2027, month: 4 }, 0)).to.deep.equal({ year: 2027, month: 4 });
  });
});

describe('plural words follow the language of the words, numbers the reader’s locale', () => {
  it('an English widget on a French page says "1,5 weeks", not "1,5 week"', () => {
    expect(inLocale('en-GB', () => durationWeeks(1.5, 'fr'))).to.equal('1,5 weeks');
    expect(inLocale('en-GB', () => durationWeeks(1, 'fr'))).to.equal('1 week');
  });
  it('an English widget on an Arabic page picks English forms', () => {
    expect(inLocale('en-GB', () => everyMonths(2, 'ar'))).to.equal('One injection every 2 months.');
  });
});
