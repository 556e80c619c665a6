/**
 * The trust issue's fuzz run: 100,000 generated inputs per property, in Node only (the
 * browsers run the same properties at a smaller count in test/engine/properties.test.ts).
 */
import fc from 'fast-check';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { ANALYTES, acceptedUnits, assessCofactors, buildTreatmentPlan, CAUSES, convert, defaultProfile, type Status } from '../../src/engine/index.js';
import { anyInput, anyStartDate } from '../engine/arbitraries.js';

const RUNS = 100_000;
const RANK: Record<Exclude<Status, 'not-entered'>, number> = { deficient: 0, 'below-optimal': 1, optimal: 2, 'above-range': 3 };
let exceptions = 0;
const guarded =
  <A extends unknown[]>(check: (...args: A) => void) =>
  (...args: A) => {
    try {
      check(...args);
    } catch (error) {
      if (!(error instanceof Error && error.name === 'AssertionError')) exceptions++;
      throw error;
    }
  };

describe(`engine fuzz (${RUNS.toLocaleString('en-GB')} inputs per property)`, () => {
  it('assessCofactors: never throws; one item per analyte; assessed items have finite values in band order', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyInput, fc.anything()),
        guarded((input) => {
          const { items, errors } = assessCofactors(input as never);
          expect(items.map((i) => i.analyte)).to.deep.equal(ANALYTES);
          for (const item of items) {
            if (item.status === 'not-entered') continue;
            const v = item.canonicalValue!;
            const { deficientBelow, optimalFrom, upperLimit } = item.thresholds;
            expect(Number.isFinite(v)).to.equal(true);
            // Without a profile upper limit (B6), the person's own lab's upper limit is the one.
            const aboveLab = upperLimit === undefined && item.labRange?.high !== undefined && item.value! > item.labRange.high;
            const expected = v < deficientBelow ? 'deficient' : v < optimalFrom ? 'below-optimal' : aboveLab ? 'above-range' : upperLimit === undefined || v <= upperLimit ? 'optimal' : 'above-range';
            expect(item.status).to.equal(expected);
          }
          for (const error of errors) expect(['not-a-number', 'negative', 'implausible', 'unknown-unit', 'range-reversed']).to.include(error.code);
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it('status bands are ordered: a higher value never has a lower status', () => {
    fc.assert(
      // Fractions of the analyte's plausible maximum: beyond it a value is implausible, not ranked.
      fc.property(
        fc.constantFrom(...ANALYTES),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        guarded((analyte, x, y) => {
          const { canonicalUnit: unit, plausibleMax } = defaultProfile.analytes[analyte];
          const [a, b] = [x * plausibleMax, y * plausibleMax];
          const status = (value: number) => assessCofactors({ results: { [analyte]: { value, unit } } }).items.find((i) => i.analyte === analyte)!.status as keyof typeof RANK;
          expect(RANK[status(Math.min(a, b))]).to.be.at.most(RANK[status(Math.max(a, b))]);
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it('converting there and back is the identity within rounding', () => {
    const pairs = ANALYTES.flatMap((analyte) => {
      const units = acceptedUnits(defaultProfile.analytes[analyte]).map((u) => u.unit);
      return units.flatMap((from) => units.map((to) => ({ analyte, from, to })));
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...pairs),
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        guarded(({ analyte, from, to }, value) => {
          expect(convert(convert(value, from, to, analyte), to, from, analyte)).to.be.closeTo(value, Math.max(1e-9, value * 1e-12));
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it('schedules: sorted, no duplicate dates, the right number of loading doses, a year covered', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CAUSES),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        anyStartDate,
        guarded((cause, neurologicalSymptoms, pregnant, folateLow, startDate) => {
          const { schedule, phases, errors } = buildTreatmentPlan({ cause, neurologicalSymptoms, pregnant, folateLow, startDate });
          expect(errors).to.deep.equal([]);
          const dates = schedule.map((e) => e.date);
          for (let i = 1; i < dates.length; i++) expect(dates[i] > dates[i - 1]).to.equal(true);
          expect(schedule.filter((e) => e.phaseId !== 'maintenance' && e.kind === 'dose')).to.have.length(neurologicalSymptoms ? 11 : 6);
          if (phases[1].route === 'intramuscular') {
            const [y, m, d] = startDate.split('-').map(Number);
            const lastDay = new Date(Date.UTC(y + 1, m, 0)).getUTCDate();
            expect(dates.at(-1)! >= new Date(Date.UTC(y + 1, m - 1, Math.min(d, lastDay))).toISOString().slice(0, 10)).to.equal(true);
          }
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it('buildTreatmentPlan never throws on hostile input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({ cause: fc.oneof(fc.constantFrom(...CAUSES), fc.anything()), neurologicalSymptoms: fc.anything(), startDate: fc.oneof(anyStartDate, fc.string(), fc.anything()) }),
        ),
        guarded((input) => {
          expect(buildTreatmentPlan(input as never).phases).to.have.length(2);
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it('no exceptions were raised by any of the runs above', () => {
    expect(exceptions).to.equal(0);
  });
});
