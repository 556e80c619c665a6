import fc from 'fast-check';
import { ANALYTES, acceptedUnits, assessCofactors, buildTreatmentPlan, CAUSES, convert, defaultProfile, parseProfile, toICalendar, type Status } from '../../src/engine/index.js';
import { anyInput, anyStartDate } from './arbitraries.js';
import { describe, expect, it, propertyRuns } from './harness.js';

const numRuns = propertyRuns;
const STATUS_RANK: Record<Exclude<Status, 'not-entered'>, number> = { deficient: 0, 'below-optimal': 1, optimal: 2, 'above-range': 3 };

describe('engine properties (fast-check)', () => {
  it('assessCofactors never throws and always answers every analyte in order', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, fc.anything()), (input) => {
        const result = assessCofactors(input as never);
        expect(result.items.map((i) => i.analyte)).to.deep.equal(ANALYTES);
        for (const item of result.items) {
          if (item.status === 'not-entered') expect(item.canonicalValue).to.equal(null);
          else expect(Number.isFinite(item.canonicalValue)).to.equal(true);
        }
        // An analyte with an error on its value or unit is never also assessed.
        for (const error of result.errors.filter((e) => e.field === 'value' || e.field === 'unit')) {
          expect(result.items.find((i) => i.analyte === error.analyte)!.status).to.equal('not-entered');
        }
      }),
      { numRuns },
    );
  });

  it('status never falls as a value rises (bands are ordered)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ANALYTES), fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: 0, max: 1000, noNaN: true }), (analyte, a, b) => {
        const unit = defaultProfile.analytes[analyte].canonicalUnit;
        const [low, high] = [Math.min(a, b), Math.max(a, b)];
        const statusOf = (value: number) => assessCofactors({ results: { [analyte]: { value, unit } } }).items.find((i) => i.analyte === analyte)!.status;
        expect(STATUS_RANK[statusOf(low) as keyof typeof STATUS_RANK]).to.be.at.most(STATUS_RANK[statusOf(high) as keyof typeof STATUS_RANK]);
      }),
      { numRuns },
    );
  });

  it('converting there and back is the identity within rounding', () => {
    const pairs = ANALYTES.flatMap((analyte) => {
      const units = acceptedUnits(defaultProfile.analytes[analyte]).map((u) => u.unit);
      return units.flatMap((from) => units.map((to) => ({ analyte, from, to })));
    });
    fc.assert(
      fc.property(fc.constantFrom(...pairs), fc.double({ min: 0, max: 1e6, noNaN: true }), ({ analyte, from, to }, value) => {
        const back = convert(convert(value, from, to, analyte), to, from, analyte);
        expect(back).to.be.closeTo(value, Math.max(1e-9, value * 1e-12));
      }),
      { numRuns },
    );
  });

  it('the same value in any accepted unit gets the same status', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ANALYTES), fc.double({ min: 0, max: 1000, noNaN: true }), (analyte, canonical) => {
        const guidance = defaultProfile.analytes[analyte];
        const statuses = acceptedUnits(guidance).map(({ unit }) => {
          const value = convert(canonical, guidance.canonicalUnit, unit, analyte);
          const item = assessCofactors({ results: { [analyte]: { value, unit } } }).items.find((i) => i.analyte === analyte)!;
          return item.canonicalValue === null ? 'none' : item.status;
        });
        // Converting may land a hair either side of a threshold; allow only neighbours.
        const ranks = statuses.filter((s) => s !== 'none').map((s) => STATUS_RANK[s as keyof typeof STATUS_RANK]);
        expect(Math.max(...ranks) - Math.min(...ranks)).to.be.at.most(1);
      }),
      { numRuns },
    );
  });

  it('schedules are sorted, free of duplicates, with the right dose counts, and reach 12 months', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CAUSES), fc.boolean(), fc.boolean(), anyStartDate, (cause, neurologicalSymptoms, pregnant, startDate) => {
        const { schedule, phases, errors } = buildTreatmentPlan({ cause, neurologicalSymptoms, pregnant, startDate });
        expect(errors).to.deep.equal([]);
        const dates = schedule.map((e) => e.date);
        expect(dates).to.deep.equal([...dates].sort());
        const keys = schedule.map((e) => `${e.date} ${e.kind}`);
        expect(new Set(keys).size).to.equal(keys.length);
        const loadingDoses = schedule.filter((e) => e.phaseId !== 'maintenance' && e.kind === 'dose').length;
        expect(loadingDoses).to.equal(neurologicalSymptoms ? 11 : 6);
        if (phases[1].route === 'intramuscular') {
          // A year on, clamped to 28 February for a 29 February start.
          const [year, month, day] = startDate.split('-').map(Number);
          const lastDay = new Date(Date.UTC(year + 1, month, 0)).getUTCDate();
          const aYearOn = new Date(Date.UTC(year + 1, month - 1, Math.min(day, lastDay))).toISOString().slice(0, 10);
          expect(dates.at(-1)! >= aYearOn).to.equal(true);
        }
      }),
      { numRuns },
    );
  });

  it('buildTreatmentPlan never throws on hostile input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.record({ cause: fc.anything(), neurologicalSymptoms: fc.anything(), pregnant: fc.anything(), startDate: fc.anything() }), (junk, fields) => {
        for (const input of [junk, fields]) expect(buildTreatmentPlan(input as never).phases).to.have.length(2);
      }),
      { numRuns },
    );
  });

  it('toICalendar output always has lines of at most 75 octets', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), anyStartDate, (title, startDate) => {
        const { schedule } = buildTreatmentPlan({ cause: 'unknown', neurologicalSymptoms: true, startDate });
        const ics = toICalendar(schedule, { title, summary: () => title });
        for (const line of ics.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
      }),
      { numRuns: Math.ceil(numRuns / 10) },
    );
  });

  it('parseProfile never throws anything but a ProfileError', () => {
    fc.assert(
      fc.property(fc.anything(), (json) => {
        try {
          parseProfile(json);
        } catch (error) {
          expect((error as Error).name).to.equal('ProfileError');
        }
      }),
      { numRuns },
    );
  });
});
