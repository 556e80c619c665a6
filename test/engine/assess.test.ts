import { assessCofactors, type Analyte, type AssessInput, type Status } from '../../src/engine/index.js';
import { ADVICE, CHECKER_SCENARIOS, NO_ADVICE, results, STATUS_BANDS, UNITS, VALUE, WARNING_FIGURE_UNITS, WARNING_FIGURES, WARNING_SOURCES } from './clinical-reference.js';
import { describe, expect, it } from './harness.js';

const itemOf = (analyte: Analyte, input: AssessInput) => assessCofactors(input).items.find((i) => i.analyte === analyte)!;
const one = (analyte: Analyte, value: number | string, unit: string): AssessInput => ({ results: { [analyte]: { value, unit } } });
const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe('assessCofactors: status bands', () => {
  for (const row of STATUS_BANDS) {
    const { analyte, canonicalUnit: unit } = row;
    const [deficientBelow, optimalFrom, upperLimit] = [row.deficientBelow.value, row.optimalFrom.value, row.upperLimit?.value];
    // Just below, at and just above each threshold: the rule is v < deficientBelow,
    // v < optimalFrom, v <= upperLimit (or no upper limit).
    const expectations: [number, Status][] = [
      [0, 'deficient'],
      [deficientBelow - 0.01, 'deficient'],
      [deficientBelow, 'below-optimal'],
      [deficientBelow + 0.01, 'below-optimal'],
      [optimalFrom - 0.01, 'below-optimal'],
      [optimalFrom, 'optimal'],
      [optimalFrom + 0.01, 'optimal'],
      ...(upperLimit === undefined
        ? ([[optimalFrom * 100, 'optimal']] as [number, Status][])
        : ([
            [upperLimit - 0.01, 'optimal'],
            [upperLimit, 'optimal'],
            [upperLimit + 0.01, 'above-range'],
          ] as [number, Status][])),
    ];
    describe(analyte, () => {
      for (const [value, status] of expectations) {
        it(`${value} ${unit} is ${status}`, () => {
          const item = itemOf(analyte, one(analyte, value, unit));
          expect(item.status).to.equal(status);
          expect(item.canonicalValue).to.equal(value);
        });
      }
      it('reports the reference thresholds, whose position each is, and its sources', () => {
        const item = itemOf(analyte, { results: {} });
        expect(item.status).to.equal('not-entered');
        expect(item.thresholds).to.deep.equal({ deficientBelow, optimalFrom, ...(upperLimit !== undefined && { upperLimit }) });
        expect(item.positions).to.deep.equal({
          deficientBelow: row.deficientBelow.position,
          optimalFrom: row.optimalFrom.position,
          ...(row.upperLimit && { upperLimit: row.upperLimit.position }),
        });
        expect(ids(item.thresholdSources.deficientBelow)).to.deep.equal(row.deficientBelow.sources);
        expect(ids(item.thresholdSources.optimalFrom)).to.deep.equal(row.optimalFrom.sources);
        if (row.upperLimit) expect(ids(item.thresholdSources.upperLimit!)).to.deep.equal(row.upperLimit.sources);
        const all = [...row.deficientBelow.sources, ...row.optimalFrom.sources, ...(row.upperLimit?.sources ?? [])];
        expect(ids(item.sources)).to.deep.equal([...new Set(all)]);
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

describe('assessCofactors: advice, and whose position each piece is', () => {
  for (const row of ADVICE) {
    it(`${row.id} for ${JSON.stringify(row.given)}: ${row.positions.join(' and ')}`, () => {
      const assessment = assessCofactors({ ...row.given, results: results(row.given.results) });
      const list = row.on === 'overall' ? assessment.advice : assessment.items.find((i) => i.analyte === row.on)!.advice;
      const advice = list.find((a) => a.id === row.id);
      expect(advice, `${row.id} on ${row.on}`).to.exist;
      expect(advice!.positions).to.deep.equal(row.positions);
      expect(ids(advice!.sources)).to.deep.equal(row.sources);
      const idList = row.on === 'overall' ? assessment.adviceIds : assessment.items.find((i) => i.analyte === row.on)!.adviceIds;
      expect(idList).to.include(row.id);
    });
  }

  for (const row of NO_ADVICE) {
    it(`no ${row.id} for ${JSON.stringify(row.given)}: ${row.why}`, () => {
      const assessment = assessCofactors({ ...row.given, results: results(row.given.results) });
      const everywhere = [...assessment.adviceIds, ...assessment.items.flatMap((i) => i.adviceIds)];
      expect(everywhere).not.to.include(row.id);
    });
  }

  it('each analyte gets exactly the advice of its band', () => {
    const rows: [Analyte, number, string[]][] = [
      ['folate', VALUE.folate.deficient, ['folate-supplement']],
      ['folate', VALUE.folate.belowOptimal, ['folate-supplement']],
      ['folate', VALUE.folate.optimal, []],
      ['ferritin', VALUE.ferritin.deficient, ['iron-assess']],
      ['ferritin', VALUE.ferritin.belowOptimal, ['iron-supplement']],
      ['ferritin', VALUE.ferritin.optimal, []],
      ['vitaminB6', VALUE.vitaminB6.deficient, ['b6-supplement']],
      ['vitaminB6', VALUE.vitaminB6.belowOptimal, ['b6-supplement']],
      ['vitaminB6', VALUE.vitaminB6.optimal, []],
      ['vitaminB12', VALUE.vitaminB12.deficient, ['b12-treat', 'b12-treat-urgently-if-nerves']],
      ['vitaminB12', VALUE.vitaminB12.indeterminate, ['b12-further-tests']],
      ['vitaminB12', VALUE.vitaminB12.normal, []],
      ['activeB12', VALUE.activeB12.deficient, ['b12-treat', 'b12-treat-urgently-if-nerves']],
      ['activeB12', VALUE.activeB12.indeterminate, ['b12-further-tests']],
      ['activeB12', VALUE.activeB12.normal, []],
    ];
    for (const [analyte, value, advice] of rows) {
      expect(itemOf(analyte, { results: results({ [analyte]: value }) }).adviceIds, `${analyte} ${value}`).to.deep.equal(advice);
    }
  });

  it('lab-range-precedence once, with any result, however many are entered', () => {
    const { adviceIds } = assessCofactors({ results: results({ folate: 15, ferritin: 100, vitaminB6: 50 }) });
    expect(adviceIds.filter((id) => id === 'lab-range-precedence')).to.have.length(1);
  });
});

describe('assessCofactors: safety rules', () => {
  for (const scenario of CHECKER_SCENARIOS) {
    it(scenario.name, () => {
      const { warnings } = assessCofactors({ ...scenario.given, results: results(scenario.given.results) });
      expect(warnings.map((w) => [w.id, w.severity, w.analytes])).to.deep.equal(scenario.warnings);
      for (const warning of warnings) {
        expect(ids(warning.sources), `${warning.id} sources`).to.deep.equal(WARNING_SOURCES[warning.id]);
        if (WARNING_FIGURES[warning.id]) expect(warning.figures, `${warning.id} figures`).to.deep.equal(WARNING_FIGURES[warning.id]);
        expect(warning.units, `${warning.id} units`).to.deep.equal(WARNING_FIGURE_UNITS[warning.id]);
      }
    });
  }

  it('never shows folate-before-b12 to someone pregnant or planning a pregnancy, whatever else is entered', () => {
    for (const folate of [VALUE.folate.deficient, VALUE.folate.belowOptimal]) {
      for (const vitaminB12 of [undefined, VALUE.vitaminB12.deficient, VALUE.vitaminB12.indeterminate, VALUE.vitaminB12.normal]) {
        for (const b12TherapyStarted of [false, true]) {
          const { warnings } = assessCofactors({ results: results({ folate, ...(vitaminB12 && { vitaminB12 }) }), pregnant: true, b12TherapyStarted });
          expect(ids(warnings)).not.to.include('folate-before-b12');
          expect(ids(warnings)).to.include('folate-pregnancy');
        }
      }
    }
  });
});

describe('assessCofactors: the lab’s own range beside the guide’s band', () => {
  const ferritin = (value: string, low?: string, high?: string) => itemOf('ferritin', { results: { ferritin: { value, unit: 'µg/L', labRange: { low, high } } } });

  it('ferritin 25 in a 15–200 lab range: deficient here, within the lab range, and the two disagree', () => {
    const item = ferritin('25', '15', '200');
    expect(item.status).to.equal('deficient');
    expect(item.labRange).to.deep.equal({ low: 15, high: 200, position: 'within', matchesGuide: false });
  });
  const cases: [value: string, low: string | undefined, high: string | undefined, position: string, matches: boolean][] = [
    ['10', '15', '200', 'below', true],
    ['40', '15', '150', 'within', true],
    ['100', '15', '150', 'within', true],
    ['400', '15', '500', 'within', false],
    ['400', '15', '300', 'above', true],
    ['100', '150', '400', 'below', false],
    ['250', '15', '200', 'above', false],
    ['25', undefined, '200', 'within', false],
  ];
  for (const [value, low, high, position, matches] of cases) {
    it(`ferritin ${value} in ${low ?? '…'}–${high ?? '…'}: ${position} the lab range, ${matches ? 'agrees' : 'disagrees'} with the guide`, () => {
      expect(ferritin(value, low, high).labRange).to.deep.include({ position, matchesGuide: matches });
    });
  }
  it('B6 35 nmol/L with a lab range of 40–100: optimal here, below the lab range: they disagree', () => {
    const item = itemOf('vitaminB6', { results: { vitaminB6: { value: 35, unit: 'nmol/L', labRange: { low: 40, high: 100 } } } });
    expect(item.status).to.equal('optimal');
    expect(item.labRange).to.deep.include({ position: 'below', matchesGuide: false });
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
  const withRange = (value: string, low?: string, high?: string) => itemOf('ferritin', { results: { ferritin: { value, unit: 'µg/L', labRange: { low, high } } } });
  it('says where the value sits in the lab range: below, within, above', () => {
    expect(withRange('10', '15', '150').labRange).to.deep.equal({ low: 15, high: 150, position: 'below', matchesGuide: true });
    expect(withRange('40', '15', '150').labRange).to.deep.equal({ low: 15, high: 150, position: 'within', matchesGuide: true });
    expect(withRange('200', '15', '150').labRange).to.deep.equal({ low: 15, high: 150, position: 'above', matchesGuide: false });
  });
  it('keeps the profile’s status: 40 µg/L is below optimal even inside a 15–150 lab range', () => {
    expect(withRange('40', '15', '150').status).to.equal('below-optimal');
  });
  it('works with only one end of the range', () => {
    expect(withRange('10', '15').labRange).to.deep.equal({ low: 15, position: 'below', matchesGuide: true });
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
    expect(result.items[3].labRange).to.deep.equal({ high: 150, position: 'within', matchesGuide: true });
  });
});

describe('assessCofactors: vitamin B6 has no default upper limit', () => {
  const b6 = (value: number, labRange?: { low?: number; high?: number }) => assessCofactors({ results: { vitaminB6: { value, unit: 'nmol/L', ...(labRange && { labRange }) } } });

  it('150 nmol/L with no lab range is not called above range, and the 10 mg caution shows', () => {
    const assessment = b6(150);
    expect(assessment.items.find((item) => item.analyte === 'vitaminB6')!.status).to.equal('optimal');
    expect(assessment.warnings.map((warning) => warning.id)).to.deep.equal(['b6-supplement-limit']);
  });

  it('150 nmol/L above the person’s own lab range of 20–125: above range, with the B6 warning and the caution', () => {
    const assessment = b6(150, { low: 20, high: 125 });
    const item = assessment.items.find((entry) => entry.analyte === 'vitaminB6')!;
    expect(item.status).to.equal('above-range');
    expect(item.labRange).to.deep.include({ position: 'above', matchesGuide: true });
    expect(assessment.warnings.map((warning) => warning.id)).to.deep.equal(['b6-supplement-limit', 'b6-above-range']);
  });

  it('a low value above a nonsense lab range stays low: the lab range never turns deficient into above range', () => {
    expect(b6(10, { high: 5 }).items.find((item) => item.analyte === 'vitaminB6')!.status).to.equal('deficient');
  });

  it('an upper limit from the profile is not moved by the lab range (ferritin 250 under a lab high of 200 stays optimal)', () => {
    const item = assessCofactors({ results: { ferritin: { value: 250, unit: 'µg/L', labRange: { high: 200 } } } }).items.find((entry) => entry.analyte === 'ferritin')!;
    expect(item.status).to.equal('optimal');
    expect(item.labRange?.position).to.equal('above');
  });
});

describe('assessCofactors: folate-pregnancy words never say when to stop', () => {
  it('carries the usual dose only, and asks the checker to suggest a B12 test', () => {
    const [warning] = assessCofactors({ results: results({ folate: VALUE.folate.deficient }), pregnant: true }).warnings;
    expect(warning).to.deep.include({ id: 'folate-pregnancy', wording: 'check-b12' });
    expect(warning.figures).to.deep.equal({ folicAcidMicrogramsPerDay: 400 });
  });
});
