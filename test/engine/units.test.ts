import { ANALYTES, acceptedUnits, convert, defaultProfile, guideLevel, guideLevels, parseLocaleNumber } from '../../src/engine/index.js';
import { STATUS_BANDS, UNITS } from './clinical-reference.js';
import { describe, expect, it } from './harness.js';

describe('units', () => {
  describe('accepted units match the clinical reference', () => {
    for (const analyte of ANALYTES) {
      it(`${analyte} accepts exactly the reference's units, canonical first`, () => {
        const expected = UNITS.filter((row) => row.analyte === analyte).map((row) => row.unit);
        const canonical = STATUS_BANDS.find((row) => row.analyte === analyte)!.canonicalUnit;
        const units = acceptedUnits(defaultProfile.analytes[analyte]).map((u) => u.unit);
        expect(units[0]).to.equal(canonical);
        expect([...units].sort()).to.deep.equal([...expected].sort());
      });
    }
  });

  describe('convert uses the reference factors', () => {
    for (const { analyte, unit, perCanonical } of UNITS) {
      const { canonicalUnit } = STATUS_BANDS.find((row) => row.analyte === analyte)!;
      it(`${analyte}: 100 ${canonicalUnit} is ${100 * perCanonical} ${unit}`, () => {
        expect(convert(100, canonicalUnit, unit, analyte)).to.be.closeTo(100 * perCanonical, 1e-9);
        expect(convert(100 * perCanonical, unit, canonicalUnit, analyte)).to.be.closeTo(100, 1e-9);
      });
    }

    it('B12: 300 ng/L is 221.4 pmol/L (× 0.738)', () => {
      expect(convert(300, 'ng/L', 'pmol/L', 'vitaminB12')).to.be.closeTo(221.4, 1e-9);
    });
    it('folate: 10 µg/L is 22.66 nmol/L (× 2.266)', () => {
      expect(convert(10, 'µg/L', 'nmol/L', 'folate')).to.be.closeTo(22.66, 1e-9);
    });
    it('B6: 10 µg/L is 40.46 nmol/L (× 4.046)', () => {
      expect(convert(10, 'µg/L', 'nmol/L', 'vitaminB6')).to.be.closeTo(40.46, 1e-9);
    });
    it('converts between two non-canonical units through the canonical one', () => {
      expect(convert(221.4, 'pmol/L', 'pg/mL', 'vitaminB12')).to.be.closeTo(300, 1e-9);
    });
  });

  describe('unit spellings', () => {
    const spellings: [string, string][] = [
      ['ug/L', 'µg/L'],
      ['\u00B5g/L', 'µg/L'],
      ['\u03BCg/L', 'µg/L'],
      ['UG / l', 'µg/L'],
      [' ug/l ', 'µg/L'],
      ['NMOL/L', 'nmol/L'],
      ['ng / mL', 'ng/mL'],
    ];
    for (const [typed, meant] of spellings) {
      it(`"${typed}" means ${meant} for folate`, () => {
        expect(convert(7, typed, meant, 'folate')).to.equal(7);
      });
    }
    it('pmol/l (lower case) is B12 in pmol/L', () => {
      expect(convert(73.8, 'pmol/l', 'ng/L', 'vitaminB12')).to.be.closeTo(100, 1e-9);
    });
  });

  describe('unknown units', () => {
    it('throws a RangeError naming the unit and the ones accepted', () => {
      expect(() => convert(1, 'mg/dL', 'µg/L', 'folate')).to.throw(RangeError, /"mg\/dL".*µg\/L, ng\/mL, nmol\/L/);
    });
    it('does not accept another analyte’s unit (pmol/L is not a folate unit)', () => {
      expect(() => convert(1, 'pmol/L', 'µg/L', 'folate')).to.throw(RangeError);
    });
  });
});

describe('parseLocaleNumber', () => {
  const cases: [string | number | null | undefined, string | undefined, number | 'empty' | 'not-a-number'][] = [
    ['12.5', 'en-GB', 12.5],
    ['12,5', 'de', 12.5],
    ['12,5', 'fr', 12.5],
    ['12,5', 'es', 12.5],
    ['12,5', 'pl', 12.5],
    ['1 234,5', 'fr', 1234.5],
    ['1\u202F234,5', 'fr', 1234.5],
    ['1.234,5', 'de', 1234.5],
    ['1,234.5', 'en-GB', 1234.5],
    ['1234', 'en-GB', 1234],
    ['0', 'en-GB', 0],
    ['.5', 'en-GB', 0.5],
    ['  42  ', 'en-GB', 42],
    ['-5', 'en-GB', -5],
    ['\u22125', 'en-GB', -5],
    ['\u200F12.5', 'en-GB', 12.5],
    ['\u06F1\u06F2.\u06F5', 'ur', 12.5],
    [12.5, 'de', 12.5],
    ['', 'en-GB', 'empty'],
    ['   ', 'en-GB', 'empty'],
    [null, 'en-GB', 'empty'],
    [undefined, 'en-GB', 'empty'],
    // A decimal mark of another locale is refused, not guessed: a thousandfold error is
    // worse than a question.
    ['12,5', 'en-GB', 'not-a-number'],
    ['12.5', 'de', 'not-a-number'],
    ['1,23,4', 'en-GB', 'not-a-number'],
    ['abc', 'en-GB', 'not-a-number'],
    ['12abc', 'en-GB', 'not-a-number'],
    ['1e3', 'en-GB', 'not-a-number'],
    ['1e309', 'en-GB', 'not-a-number'],
    ['NaN', 'en-GB', 'not-a-number'],
    ['Infinity', 'en-GB', 'not-a-number'],
    ['-', 'en-GB', 'not-a-number'],
    ['.', 'en-GB', 'not-a-number'],
    ['1.2.3', 'en-GB', 'not-a-number'],
    ['💉', 'en-GB', 'not-a-number'],
    [Number.NaN, 'en-GB', 'not-a-number'],
    [Number.POSITIVE_INFINITY, 'en-GB', 'not-a-number'],
    ['12.5', 'not a locale!', 12.5],
  ];
  for (const [input, locale, expected] of cases) {
    it(`${JSON.stringify(input) ?? String(input)} in ${locale} → ${expected}`, () => {
      const parsed = parseLocaleNumber(input, locale);
      if (typeof expected === 'number') expect(parsed).to.deep.equal({ kind: 'number', value: expected });
      else expect(parsed).to.deep.equal({ kind: expected });
    });
  }
});

describe('guide levels: the unit figures are shown in, and its companion', () => {
  const level = (analyte: Parameters<typeof convert>[3], unit?: string) => guideLevel(analyte, defaultProfile, unit);
  const companion = (analyte: Parameters<typeof convert>[3], unit: string) => level(analyte, unit).companionUnit?.unit;
  it('reads any spelling of an accepted unit as the profile spells it', () => {
    expect(level('folate', 'ug/l').acceptedUnit).to.deep.equal({ unit: 'µg/L', toCanonical: 1 });
    expect(level('vitaminB12', 'pg / mL').acceptedUnit).to.deep.equal({ unit: 'pg/mL', toCanonical: 1 });
    expect(level('vitaminB12', 'PMOL/L').acceptedUnit.unit).to.equal('pmol/L');
    expect(level('vitaminB12', 'pmol/l').acceptedUnit.toCanonical).to.be.closeTo(1 / 0.738, 1e-9);
    expect(level('folate', 'NMOL/L').acceptedUnit.unit).to.equal('nmol/L');
  });
  it('shows an unknown or missing unit in the canonical unit', () => {
    expect(level('folate', 'furlongs').acceptedUnit).to.deep.equal({ unit: 'µg/L', toCanonical: 1 });
    expect(level('vitaminB12').acceptedUnit).to.deep.equal({ unit: 'ng/L', toCanonical: 1 });
    expect(level('vitaminB6', '').acceptedUnit).to.deep.equal({ unit: 'nmol/L', toCanonical: 1 });
  });
  it('pairs mass and molar units', () => {
    expect(companion('vitaminB12', 'ng/L')).to.equal('pmol/L');
    expect(companion('vitaminB12', 'pg/mL')).to.equal('pmol/L');
    expect(companion('vitaminB12', 'pmol/L')).to.equal('ng/L');
    expect(companion('folate', 'ug/l')).to.equal('nmol/L');
    expect(companion('folate', 'nmol/L')).to.equal('µg/L');
    expect(companion('vitaminB6', 'nmol/L')).to.equal('µg/L');
  });
  it('has none where every unit gives the same number', () => {
    expect(companion('ferritin', 'µg/L')).to.equal(undefined);
    expect(companion('ferritin', 'ng/mL')).to.equal(undefined);
    expect(companion('activeB12', 'pmol/L')).to.equal(undefined);
  });
  it('gives every test, in the order of ANALYTES, each in the unit asked for', () => {
    const levels = guideLevels(defaultProfile, { folate: 'nmol/L', vitaminB12: 'ng/L' });
    expect(levels.map((l) => l.analyte)).to.deep.equal([...ANALYTES]);
    expect(levels.map((l) => l.acceptedUnit.unit)).to.deep.equal(ANALYTES.map((a) => (a === 'folate' ? 'nmol/L' : a === 'vitaminB12' ? 'ng/L' : defaultProfile.analytes[a].canonicalUnit)));
  });
});
