import fc from 'fast-check';
import { CLEARLY_WORSE, summariseDiary, worseBy, type CheckIn, type SymptomLevel } from '../../src/engine/index.js';
import { describe, expect, it, propertyRuns } from './harness.js';

const day = (iso: string, offset: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
const checkIn = (date: string, tiredness: SymptomLevel, brainFog: SymptomLevel = 0): CheckIn => ({ date, levels: { tiredness, 'brain-fog': brainFog } });

/**
 * Three 91-day cycles of the kind the support group hears about: better within a few
 * weeks of each injection, then worse again in the weeks before the next one.
 */
function threeCycles(): { injections: { date: string }[]; checkIns: CheckIn[] } {
  const starts = ['2026-01-05', '2026-04-06', '2026-07-06', '2026-10-05'];
  const worseOn = [52, 60, 56];
  const checkIns: CheckIn[] = [];
  worseOn.forEach((worse, cycle) => {
    for (let d = 0; d < 91; d += 4) {
      const level: SymptomLevel = d < 14 ? 2 : d < worse ? 0 : 2;
      checkIns.push(checkIn(day(starts[cycle], d), level, d >= worse ? 1 : 0));
    }
  });
  return { injections: starts.map((date) => ({ date })), checkIns };
}

describe('symptom diary summary', () => {
  it('finds the day symptoms got clearly worse again in each cycle, and the range over the last three', () => {
    const { injections, checkIns } = threeCycles();
    const summary = summariseDiary({ injections, checkIns });
    expect(summary.cycles.map((cycle) => cycle.lengthDays)).to.deep.equal([91, 91, 91, undefined]);
    expect(summary.usualIntervalDays).to.equal(91);
    // Check-ins fall every 4 days, so the first one on or after days 52, 60 and 56.
    expect(summary.cycles.slice(0, 3).map((cycle) => cycle.cameBack?.day)).to.deep.equal([52, 60, 56]);
    expect(summary.cycles.slice(0, 3).map((cycle) => cycle.best?.day)).to.deep.equal([16, 16, 16]);
    expect(summary.recent).to.deep.equal({ enough: true, cyclesLookedAt: 3, cyclesCameBack: 3, cameBackOften: true, fromDay: 52, toDay: 60 });
  });

  it('does not count one symptom one level worse as getting worse again', () => {
    const summary = summariseDiary({
      injections: [{ date: '2026-01-01' }, { date: '2026-03-01' }],
      checkIns: [checkIn('2026-01-10', 1), checkIn('2026-01-20', 0), checkIn('2026-02-10', 1), checkIn('2026-02-20', 0, 1)],
    });
    expect(summary.cycles[0].cameBack).to.equal(undefined);
    expect(summary.recent).to.deep.include({ cyclesLookedAt: 1, cyclesCameBack: 0 });
  });

  it('puts a check-in on an injection day in the cycle that injection starts, and earlier ones in no cycle', () => {
    const summary = summariseDiary({
      injections: [{ date: '2026-03-01' }, { date: '2026-01-01' }],
      checkIns: [checkIn('2026-03-01', 3), checkIn('2025-12-30', 2), checkIn('2026-02-28', 3)],
    });
    expect(summary.cycles.map((cycle) => cycle.injectionDate)).to.deep.equal(['2026-01-01', '2026-03-01']);
    expect(summary.cycles[0].points.map((point) => point.day)).to.deep.equal([58]);
    expect(summary.cycles[1].points.map((point) => point.day)).to.deep.equal([0]);
    expect(summary.beforeFirstInjection.map((point) => point.day)).to.deep.equal([-2]);
  });

  it('leaves out dates that are not real dates, and has nothing to say without injections', () => {
    const summary = summariseDiary({ injections: [{ date: '2026-02-30' }], checkIns: [checkIn('2026-13-01', 3), checkIn('2026-02-01', 1)] });
    expect(summary.cycles).to.deep.equal([]);
    expect(summary.recent).to.deep.equal({ enough: false, cyclesLookedAt: 0, cyclesCameBack: 0, cameBackOften: false });
    expect(summary.usualIntervalDays).to.equal(undefined);
    expect(summary.beforeFirstInjection.map((point) => point.date)).to.deep.equal(['2026-02-01']);
  });

  const anyDiary = fc.record({
    injections: fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 6 }).map((days) => days.map((d) => ({ date: day('2026-01-01', d) }))),
    checkIns: fc.array(
      fc
        .record({ d: fc.integer({ min: -20, max: 450 }), a: fc.constantFrom<SymptomLevel>(0, 1, 2, 3), b: fc.constantFrom<SymptomLevel>(0, 1, 2, 3) })
        .map(({ d, a, b }) => checkIn(day('2026-01-01', d), a, b)),
      { maxLength: 40 },
    ),
  });

  it('property: every check-in lands in exactly one cycle or before the first injection, inside its cycle', () => {
    fc.assert(
      fc.property(anyDiary, (diary) => {
        const summary = summariseDiary(diary);
        const placed = summary.cycles.reduce((count, cycle) => count + cycle.points.length, summary.beforeFirstInjection.length);
        expect(placed).to.equal(diary.checkIns.length);
        for (const cycle of summary.cycles) {
          for (const point of cycle.points) {
            expect(point.day).to.be.at.least(0);
            if (cycle.lengthDays !== undefined) expect(point.day).to.be.below(cycle.lengthDays);
          }
        }
      }),
      { numRuns: propertyRuns },
    );
  });

  it('property: "came back" comes after the best day, clearly worse over the symptoms rated on both, and stays so', () => {
    const average = (point: { score: number; levels: object }) => point.score / Object.keys(point.levels).length;
    fc.assert(
      fc.property(anyDiary, (diary) => {
        for (const cycle of summariseDiary(diary).cycles) {
          if (!cycle.best) continue;
          const best = cycle.best;
          expect(cycle.points.every((point) => average(point) >= average(best))).to.equal(true);
          const after = cycle.points.filter((point) => point.day > best.day);
          const clearlyWorse = (i: number) => (worseBy(best.levels, after[i].levels) ?? 0) >= CLEARLY_WORSE;
          const returns = after.map((_, i) => clearlyWorse(i) && (i + 1 === after.length || clearlyWorse(i + 1)));
          // Only a cycle with the check-ins to judge it claims a return.
          expect(cycle.cameBack).to.equal(cycle.assessable && returns.includes(true) ? after[returns.indexOf(true)] : undefined);
        }
      }),
      { numRuns: propertyRuns },
    );
  });

  it('property: the order entries are given in changes nothing', () => {
    fc.assert(
      fc.property(anyDiary, (diary) => {
        const reversed = { injections: [...diary.injections].reverse(), checkIns: [...diary.checkIns].reverse() };
        const a = summariseDiary(diary);
        const b = summariseDiary(reversed);
        expect(b.cycles.map((cycle) => [cycle.injectionDate, cycle.lengthDays, cycle.best?.day, cycle.cameBack?.day])).to.deep.equal(
          a.cycles.map((cycle) => [cycle.injectionDate, cycle.lengthDays, cycle.best?.day, cycle.cameBack?.day]),
        );
        expect(b.recent).to.deep.equal(a.recent);
      }),
      { numRuns: propertyRuns },
    );
  });
});
