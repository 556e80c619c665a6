import { assessCofactors, COFACTORS, type Analyte, type AssessInput, type Status } from '../../src/engine/index.js';
import { STATUS_BANDS, UNITS } from './clinical-reference.js';
import { describe, expect, it } from './harness.js';

const itemOf = (analyte: Analyte, input: AssessInput) => assessCofactors(input).items.find((i) => i.analyte === analyte)!;
const warningIds = (input: AssessInput) => assessCofactors(input).warnings.map((w) => w.id);
const one = (analyte: Analyte, value: number | string, unit: string): AssessInput => ({ results: { [analyte]: { value, unit } } });

describe('assessCofactors: status bands', () => {
  for (const row of STATUS_BANDS) {
    const { analyte, canonicalUnit: unit, deficientBelow, optimalFrom, upperLimit } = row;
    // Just below, at and just above each threshold: the rule is v < deficientBelow,
    // v < optimalFrom, v <= upperLimit.
    const expectations: [number, Status][] = [
      [0, 'deficient'],
      [deficientBelow - 0.01, 'deficient'],
      [deficientBelow, 'below-optimal'],
      [deficientBelow + 0.01, 'below-optimal'],
      [optimalFrom - 0.01, 'below-optimal'],
      [optimalFrom, 'optimal'],
      [optimalFrom + 0.01, 'optimal'],
      [upperLimit - 0.01, 'optimal'],
      [upperLimit, 'optimal'],
      [upperLimit + 0.01, 'above-range'],
    ];
    describe(analyte, () => {
      for (const [value, status] of expectations) {
        it(`${value} ${unit} is ${status}`, () => {
          const item = itemOf(analyte, one(analyte, value, unit));
          expect(item.status).to.equal(status);
          expect(item.canonicalValue).to.equal(value);
        });
      }
      it('reports the reference thresholds and cites the reference sources', () => {
        const item = itemOf(analyte, { results: {} });
        expect(item.status).to.equal('not-entered');
        expect(item.thresholds).to.deep.equal({ deficientBelow, optimalFrom, optimalTo: upperLimit, upperLimit });
        expect(item.sources.map((s) => s.id).sort()).to.deep.equal([...row.sources].sort());
        const perThreshold = Object.values(item.thresholdSources).flat().map((s) => s.id);
        expect([...new Set(perThreshold)].sort()).to.deep.equal([...row.sources].sort());
      });
    });
  }

  it('compares after conversion without rounding: B12 350 ng/L is 258.3 pmol/L exactly', () => {
    expect(itemOf('vitaminB12', one('vitaminB12', 258.3, 'pmol/L')).status).to.equal('optimal');
    expect(itemOf('vitaminB12', one('vitaminB12', 258.29, 'pmol/L')).status).to.equal('below-optimal');
  });

  it('folate 3 µg/L is 6.798 nmol/L: 6.79 nmol/L is deficient, 6.8 is not', () => {
    expect(itemOf('folate', one('folate', 6.79, 'nmol/L')).status).to.equal('deficient');
    expect(itemOf('folate', one('folate', 6.8, 'nmol/L')).status).to.equal('below-optimal');
  });

  for (const { analyte, unit, perCanonical } of UNITS) {
    it(`${analyte} in ${unit}: keeps the typed number and unit and gives the canonical value`, () => {
      const item = itemOf(analyte, one(analyte, 40 * perCanonical, unit));
      expect(item.value).to.equal(40 * perCanonical);
      expect(item.unit).to.equal(unit);
      expect(item.canonicalValue).to.be.closeTo(40, 1e-9);
    });
  }

  it('returns one item per analyte in the fixed order', () => {
    expect(assessCofactors({ results: {} }).items.map((i) => i.analyte)).to.deep.equal(['vitaminB12', 'activeB12', 'folate', 'ferritin', 'vitaminB6']);
  });

  it('reads numbers in the given locale', () => {
    expect(itemOf('folate', { locale: 'de', results: { folate: { value: '12,5', unit: 'µg/L' } } }).value).to.equal(12.5);
    expect(itemOf('ferritin', { locale: 'fr', results: { ferritin: { value: '1 234,5', unit: 'µg/L' } } }).value).to.equal(1234.5);
    expect(itemOf('folate', { locale: 'en-GB', results: { folate: { value: '12.5', unit: 'µg/L' } } }).value).to.equal(12.5);
  });
});

describe('assessCofactors: advice ids', () => {
  const rows: [Analyte, number, string[]][] = [
    ['folate', 2, ['folate-supplement']],
    ['folate', 5, ['folate-supplement']],
    ['folate', 15, []],
    ['ferritin', 10, ['iron-assess']],
    ['ferritin', 40, ['iron-supplement']],
    ['ferritin', 100, []],
    ['vitaminB6', 10, ['b6-supplement']],
    ['vitaminB6', 25, ['b6-supplement']],
    ['vitaminB6', 50, []],
    ['vitaminB12', 100, ['b12-treat']],
    ['vitaminB12', 250, ['b12-further-tests']],
    ['vitaminB12', 500, []],
    ['activeB12', 20, ['b12-treat']],
    ['activeB12', 50, ['b12-further-tests']],
    ['activeB12', 100, []],
  ];
  for (const [analyte, value, advice] of rows) {
    it(`${analyte} ${value} → ${advice.join(', ') || 'no advice'}`, () => {
      const unit = STATUS_BANDS.find((r) => r.analyte === analyte)!.canonicalUnit;
      expect(itemOf(analyte, one(analyte, value, unit)).adviceIds).to.deep.equal(advice);
    });
  }

  for (const cofactor of COFACTORS) {
    const { canonicalUnit, deficientBelow, optimalFrom } = STATUS_BANDS.find((r) => r.analyte === cofactor)!;
    it(`start-cofactors-with-b12 when ${cofactor} is deficient or below optimal, not when optimal`, () => {
      expect(assessCofactors(one(cofactor, deficientBelow - 1, canonicalUnit)).adviceIds).to.deep.equal(['start-cofactors-with-b12']);
      expect(assessCofactors(one(cofactor, optimalFrom - 1, canonicalUnit)).adviceIds).to.deep.equal(['start-cofactors-with-b12']);
      expect(assessCofactors(one(cofactor, optimalFrom, canonicalUnit)).adviceIds).to.deep.equal([]);
    });
  }

  it('no start-cofactors advice for a low B12 alone', () => {
    expect(assessCofactors(one('vitaminB12', 100, 'ng/L')).adviceIds).to.deep.equal([]);
  });
});

describe('assessCofactors: safety warnings', () => {
  it('folate-before-b12 (urgent) when folate is low and B12 treatment has not started', () => {
    for (const value of [2, 5]) {
      const { warnings } = assessCofactors(one('folate', value, 'µg/L'));
      expect(warnings.find((w) => w.id === 'folate-before-b12')).to.include({ severity: 'urgent' });
    }
  });
  it('no folate-before-b12 once B12 treatment has started, or when folate is optimal', () => {
    expect(warningIds({ ...one('folate', 2, 'µg/L'), b12TherapyStarted: true })).not.to.include('folate-before-b12');
    expect(warningIds(one('folate', 12, 'µg/L'))).not.to.include('folate-before-b12');
  });
  it('b6-supplement-limit (caution) when B6 is low', () => {
    for (const value of [10, 25]) {
      expect(assessCofactors(one('vitaminB6', value, 'nmol/L')).warnings.map((w) => [w.id, w.severity])).to.deep.equal([['b6-supplement-limit', 'caution']]);
    }
    expect(warningIds(one('vitaminB6', 50, 'nmol/L'))).to.deep.equal([]);
  });
  it('b6-above-range (caution) when B6 is above range', () => {
    expect(assessCofactors(one('vitaminB6', 111, 'nmol/L')).warnings.map((w) => [w.id, w.severity])).to.deep.equal([['b6-above-range', 'caution']]);
  });
  it('ferritin-inflammation (info) whenever ferritin is entered and not deficient', () => {
    for (const value of [30, 40, 100, 301]) expect(warningIds(one('ferritin', value, 'µg/L'))).to.include('ferritin-inflammation');
    expect(warningIds(one('ferritin', 29, 'µg/L'))).not.to.include('ferritin-inflammation');
    expect(warningIds({ results: {} })).not.to.include('ferritin-inflammation');
  });
  it('ferritin-above-range (caution) when ferritin is above range', () => {
    expect(assessCofactors(one('ferritin', 301, 'µg/L')).warnings.map((w) => [w.id, w.severity])).to.deep.equal([
      ['ferritin-above-range', 'caution'],
      ['ferritin-inflammation', 'info'],
    ]);
  });
  for (const analyte of ['vitaminB12', 'activeB12'] as const) {
    const { canonicalUnit, upperLimit } = STATUS_BANDS.find((r) => r.analyte === analyte)!;
    it(`b12-above-range for ${analyte}: caution before treatment, info during it`, () => {
      const high = one(analyte, upperLimit + 1, canonicalUnit);
      expect(assessCofactors(high).warnings.map((w) => [w.id, w.severity])).to.deep.equal([['b12-above-range', 'caution']]);
      expect(assessCofactors({ ...high, b12TherapyStarted: true }).warnings.map((w) => [w.id, w.severity])).to.deep.equal([['b12-above-range', 'info']]);
    });
  }
  it('one b12-above-range warning when both B12 tests are high', () => {
    expect(warningIds({ results: { vitaminB12: { value: 1000, unit: 'ng/L' }, activeB12: { value: 200, unit: 'pmol/L' } } })).to.deep.equal(['b12-above-range']);
  });
  it('lists urgent warnings first, then caution, then info', () => {
    const { warnings } = assessCofactors({
      results: { ferritin: { value: 400, unit: 'µg/L' }, folate: { value: 2, unit: 'µg/L' }, vitaminB12: { value: 1000, unit: 'ng/L' } },
      b12TherapyStarted: false,
    });
    expect(warnings.map((w) => w.severity)).to.deep.equal(['urgent', 'caution', 'caution', 'info']);
  });
  it('carries the figures its words need, so no element holds a clinical number', () => {
    const b6 = assessCofactors(one('vitaminB6', 10, 'nmol/L')).warnings[0];
    expect(b6.figures).to.deep.equal({ maxDailyMilligrams: 10 });
    const ferritin = assessCofactors(one('ferritin', 60, 'µg/L')).warnings[0];
    expect(ferritin.figures).to.deep.equal({ ferritinUpTo: 100 });
  });
  it('cites each warning’s source', () => {
    const { warnings } = assessCofactors(one('folate', 2, 'µg/L'));
    expect(warnings[0].sources.map((s) => s.id)).to.deep.equal(['bsh-2014', 'bnf-hydroxo']);
  });
});

describe('assessCofactors: bad input is data', () => {
  const bad: [string, unknown, string][] = [
    ['letters', 'abc', 'not-a-number'],
    ['a negative number', '-5', 'negative'],
    ['a negative number (number type)', -0.1, 'negative'],
    ['an absurd value', '60000', 'implausible'],
    ['NaN', Number.NaN, 'not-a-number'],
    ['an object', { toString: () => '5' }, 'not-a-number'],
  ];
  for (const [what, value, code] of bad) {
    it(`${what} in B12 is a ${code} error and the other fields are still assessed`, () => {
      const result = assessCofactors({
        results: { vitaminB12: { value, unit: 'ng/L' } as never, folate: { value: '5', unit: 'µg/L' } },
      });
      expect(result.errors).to.deep.equal([{ analyte: 'vitaminB12', field: 'value', code }]);
      expect(result.items[0].status).to.equal('not-entered');
      expect(result.items[2].status).to.equal('below-optimal');
    });
  }
  it('zero is a valid, deficient value', () => {
    expect(itemOf('ferritin', one('ferritin', '0', 'µg/L')).status).to.equal('deficient');
  });
  it('a value just at plausibleMax is assessed; just above is implausible', () => {
    expect(itemOf('folate', one('folate', 1000, 'µg/L')).status).to.equal('above-range');
    expect(assessCofactors(one('folate', 1000.1, 'µg/L')).errors[0].code).to.equal('implausible');
  });
  it('a pasted number too long to hold is implausible, not "not a number"', () => {
    const result = assessCofactors(one('folate', '9'.repeat(400), 'µg/L'));
    expect(result.errors).to.deep.equal([{ analyte: 'folate', field: 'value', code: 'implausible' }]);
    expect(result.items[2].value).to.equal(null);
  });
  it('plausibleMax applies after conversion (B12 40 000 pmol/L is 54 200 ng/L)', () => {
    expect(assessCofactors(one('vitaminB12', 40_000, 'pmol/L')).errors[0].code).to.equal('implausible');
  });
  it('an unknown unit is an unknown-unit error', () => {
    expect(assessCofactors(one('folate', 5, 'mg/dL')).errors).to.deep.equal([{ analyte: 'folate', field: 'unit', code: 'unknown-unit' }]);
  });
  it('an empty value is not entered, with no error', () => {
    const result = assessCofactors(one('folate', '  ', 'µg/L'));
    expect(result.errors).to.deep.equal([]);
    expect(result.items[2].status).to.equal('not-entered');
  });
  for (const input of [null, undefined, 42, 'text', [], { results: null }, { results: 'x' }, { results: { folate: null } }]) {
    it(`never throws on ${JSON.stringify(input) ?? 'undefined'}`, () => {
      const result = assessCofactors(input as never);
      expect(result.items).to.have.length(5);
      expect(result.items.every((i) => i.status === 'not-entered')).to.equal(true);
    });
  }
});

describe('assessCofactors: the person’s own lab range', () => {
  const withRange = (value: string, low?: string, high?: string) =>
    itemOf('ferritin', { results: { ferritin: { value, unit: 'µg/L', labRange: { low, high } } } });
  it('says where the value sits in the lab range: below, within, above', () => {
    expect(withRange('10', '15', '150').labRange).to.deep.equal({ low: 15, high: 150, position: 'below' });
    expect(withRange('40', '15', '150').labRange).to.deep.equal({ low: 15, high: 150, position: 'within' });
    expect(withRange('200', '15', '150').labRange).to.deep.equal({ low: 15, high: 150, position: 'above' });
  });
  it('keeps the profile’s status: 40 µg/L is below optimal even inside a 15–150 lab range', () => {
    expect(withRange('40', '15', '150').status).to.equal('below-optimal');
  });
  it('works with only one end of the range', () => {
    expect(withRange('10', '15').labRange).to.deep.equal({ low: 15, position: 'below' });
  });
  it('a reversed range is an error on the high field and is ignored', () => {
    const result = assessCofactors({ results: { ferritin: { value: '40', unit: 'µg/L', labRange: { low: '150', high: '15' } } } });
    expect(result.errors).to.deep.equal([{ analyte: 'ferritin', field: 'labHigh', code: 'range-reversed' }]);
    expect(result.items[3].labRange).to.equal(undefined);
    expect(result.items[3].status).to.equal('below-optimal');
  });
  it('a bad range field is an error on that field only', () => {
    const result = assessCofactors({ results: { ferritin: { value: '40', unit: 'µg/L', labRange: { low: 'x', high: '150' } } } });
    expect(result.errors).to.deep.equal([{ analyte: 'ferritin', field: 'labLow', code: 'not-a-number' }]);
    expect(result.items[3].labRange).to.deep.equal({ high: 150, position: 'within' });
  });
});
