import { buildTreatmentPlan, CAUSES, type PlanInput } from '../../src/engine/index.js';
import { LOADING_DAYS, MAINTENANCE, NEUROLOGICAL_LOADING_DAYS, NEUROLOGICAL_REVIEW_DAY } from './clinical-reference.js';
import { describe, expect, it } from './harness.js';

const dayOffset = (start: string, date: string) => (Date.parse(date) - Date.parse(start)) / 86_400_000;
const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe('buildTreatmentPlan: every cause × neurological symptoms × pregnancy', () => {
  for (const row of MAINTENANCE) {
    for (const neurologicalSymptoms of [false, true]) {
      for (const pregnant of [false, true]) {
        it(`${row.cause}, ${neurologicalSymptoms ? 'with' : 'without'} neurological symptoms${pregnant ? ', pregnant' : ''}`, () => {
          const plan = buildTreatmentPlan({ cause: row.cause, neurologicalSymptoms, pregnant });
          const [loading, maintenance] = plan.phases;

          if (neurologicalSymptoms) {
            expect(loading).to.deep.include({
              id: 'neurological-loading', medicine: 'hydroxocobalamin', route: 'intramuscular',
              doseMicrograms: 1000, everyDays: 2, untilNoFurtherImprovement: true,
            });
            expect(ids(loading.sources)).to.deep.equal(['bnf-hydroxo']);
            expect(maintenance).to.deep.include({ id: 'maintenance', medicine: 'hydroxocobalamin', route: 'intramuscular', doseMicrograms: 1000, intervalMonths: 2 });
            expect(maintenance.intervalMonthsMin).to.equal(undefined);
          } else {
            expect(loading).to.deep.include({
              id: 'loading', medicine: 'hydroxocobalamin', route: 'intramuscular', doseMicrograms: 1000, doses: 6, durationDays: 14,
            });
            expect(ids(loading.sources)).to.have.members(['b12-society', 'bnf-hydroxo']);
            expect(maintenance).to.deep.include({ id: 'maintenance', ...row.withoutNeuro });
            if (row.withoutNeuro.route === 'intramuscular') expect(maintenance.intervalMonthsMin).to.equal(row.withoutNeuro.intervalMonthsMin);
            expect(ids(maintenance.sources)).to.have.members(row.sources);
          }
          expect(maintenance.lifelong).to.equal(row.lifelong);
          expect(plan.phases).to.have.length(2);

          const injected = maintenance.route === 'intramuscular';
          expect(plan.adviceIds.includes('maintenance-more-often')).to.equal(injected);

          const expectedWarnings = [
            ...(neurologicalSymptoms ? ['neurological-urgent'] : []),
            ...(row.cause === 'nitrous-oxide' ? ['nitrous-oxide'] : []),
            ...(pregnant ? ['pregnancy'] : []),
            ...(row.cause === 'unknown' ? ['cause-unknown'] : []),
          ];
          expect(ids(plan.warnings)).to.deep.equal(expectedWarnings);
          expect(plan.errors).to.deep.equal([]);
        });
      }
    }
  }

  it('covers every cause the engine knows', () => {
    expect(MAINTENANCE.map((r) => r.cause).sort()).to.deep.equal([...CAUSES].sort());
  });

  it('warning severities follow the reference', () => {
    const plan = buildTreatmentPlan({ cause: 'nitrous-oxide', neurologicalSymptoms: true, pregnant: true });
    expect(plan.warnings.map((w) => [w.id, w.severity])).to.deep.equal([
      ['neurological-urgent', 'urgent'],
      ['nitrous-oxide', 'urgent'],
      ['pregnancy', 'caution'],
    ]);
    expect(buildTreatmentPlan({ cause: 'unknown', neurologicalSymptoms: false }).warnings.map((w) => w.severity)).to.deep.equal(['info']);
    expect(plan.warnings[2].figures).to.deep.equal({ reviewAfterMonths: 1 });
  });

  it('warns against folic acid before B12 when a test has shown low folate (urgent, first)', () => {
    const plan = buildTreatmentPlan({ cause: 'diet', neurologicalSymptoms: true, folateLow: true });
    expect(plan.warnings.map((w) => [w.id, w.severity])).to.deep.equal([
      ['folate-before-b12', 'urgent'],
      ['neurological-urgent', 'urgent'],
    ]);
    expect(ids(buildTreatmentPlan({ cause: 'diet', neurologicalSymptoms: false }).warnings)).to.deep.equal([]);
  });

  it('labels the support-group advice with its source', () => {
    const plan = buildTreatmentPlan({ cause: 'medication', neurologicalSymptoms: false });
    expect(plan.adviceIds).to.deep.equal(['maintenance-more-often', 'follow-up-varies']);
    expect(plan.adviceSources.map((s) => [s.id, s.kind])).to.deep.equal([['b12-society', 'support-group']]);
    expect(buildTreatmentPlan({ cause: 'diet', neurologicalSymptoms: false }).adviceSources).to.deep.equal([]);
  });

  it('offers oral cyanocobalamin 1 mg daily as an alternative for malabsorption without neurological symptoms only', () => {
    const plan = buildTreatmentPlan({ cause: 'malabsorption', neurologicalSymptoms: false });
    expect(plan.alternatives).to.have.length(1);
    expect(plan.alternatives[0]).to.deep.include({ medicine: 'cyanocobalamin', route: 'oral', doseMicrograms: 1000, everyDays: 1 });
    expect(ids(plan.alternatives[0].sources)).to.deep.equal(['nice-ng239']);
    expect(buildTreatmentPlan({ cause: 'malabsorption', neurologicalSymptoms: true }).alternatives).to.deep.equal([]);
    expect(buildTreatmentPlan({ cause: 'autoimmune-gastritis', neurologicalSymptoms: false }).alternatives).to.deep.equal([]);
  });
});

describe('buildTreatmentPlan: dated schedule', () => {
  const start = '2026-03-02';

  it('no start date, no schedule', () => {
    expect(buildTreatmentPlan({ cause: 'diet', neurologicalSymptoms: false }).schedule).to.deep.equal([]);
  });

  it('loading doses on days 0, 2, 4, 7, 9, 11', () => {
    const { schedule } = buildTreatmentPlan({ cause: 'autoimmune-gastritis', neurologicalSymptoms: false, startDate: start });
    const loading = schedule.filter((e) => e.phaseId === 'loading');
    expect(loading.map((e) => dayOffset(start, e.date))).to.deep.equal(LOADING_DAYS);
    expect(loading.every((e) => e.kind === 'dose' && e.doseMicrograms === 1000)).to.equal(true);
  });

  it('neurological: alternate days 0–20, then a review on day 21', () => {
    const { schedule } = buildTreatmentPlan({ cause: 'autoimmune-gastritis', neurologicalSymptoms: true, startDate: start });
    const loading = schedule.filter((e) => e.phaseId === 'neurological-loading');
    expect(loading.filter((e) => e.kind === 'dose').map((e) => dayOffset(start, e.date))).to.deep.equal(NEUROLOGICAL_LOADING_DAYS);
    expect(loading.filter((e) => e.kind === 'review').map((e) => dayOffset(start, e.date))).to.deep.equal([NEUROLOGICAL_REVIEW_DAY]);
  });

  it('maintenance every 3 months from the last loading dose, reaching at least 12 months ahead', () => {
    const { schedule } = buildTreatmentPlan({ cause: 'autoimmune-gastritis', neurologicalSymptoms: false, startDate: start });
    const maintenance = schedule.filter((e) => e.phaseId === 'maintenance').map((e) => e.date);
    // Last loading dose: day 11 = 2026-03-13.
    expect(maintenance).to.deep.equal(['2026-06-13', '2026-09-13', '2026-12-13', '2027-03-13']);
    expect(maintenance.at(-1)! >= '2027-03-02').to.equal(true);
  });

  it('neurological maintenance every 2 months from day 20', () => {
    const { schedule } = buildTreatmentPlan({ cause: 'medication', neurologicalSymptoms: true, startDate: start });
    const maintenance = schedule.filter((e) => e.phaseId === 'maintenance').map((e) => e.date);
    expect(maintenance).to.deep.equal(['2026-05-22', '2026-07-22', '2026-09-22', '2026-11-22', '2027-01-22', '2027-03-22']);
  });

  it('a daily tablet (diet, no neurological symptoms) is not listed day by day', () => {
    const { schedule } = buildTreatmentPlan({ cause: 'diet', neurologicalSymptoms: false, startDate: start });
    expect(schedule.map((e) => e.phaseId)).to.deep.equal(Array(6).fill('loading'));
  });

  it('month ends clamp: from 31 January the next maintenance falls on the last day of a short month', () => {
    // Start 2027-01-20, last loading dose day 11 = 2027-01-31; +3 months = 30 April.
    const { schedule } = buildTreatmentPlan({ cause: 'unknown', neurologicalSymptoms: false, startDate: '2027-01-20' });
    const maintenance = schedule.filter((e) => e.phaseId === 'maintenance').map((e) => e.date);
    expect(maintenance.slice(0, 3)).to.deep.equal(['2027-04-30', '2027-07-31', '2027-10-31']);
  });

  it('crosses a leap day correctly', () => {
    const { schedule } = buildTreatmentPlan({ cause: 'unknown', neurologicalSymptoms: false, startDate: '2028-02-25' });
    expect(schedule.slice(0, 3).map((e) => e.date)).to.deep.equal(['2028-02-25', '2028-02-27', '2028-02-29']);
  });

  it('is sorted by date with no duplicates', () => {
    for (const cause of CAUSES) {
      for (const neurologicalSymptoms of [false, true]) {
        const { schedule } = buildTreatmentPlan({ cause, neurologicalSymptoms, startDate: start });
        const dates = schedule.map((e) => e.date);
        expect(dates).to.deep.equal([...dates].sort());
        expect(new Set(dates).size).to.equal(dates.length);
      }
    }
  });
});

describe('buildTreatmentPlan: bad input is data', () => {
  it('an unknown cause is planned as unknown (lifelong until found) and reported', () => {
    const plan = buildTreatmentPlan({ cause: 'stress' as never, neurologicalSymptoms: false });
    expect(plan.errors).to.deep.equal([{ field: 'cause', code: 'unknown-cause' }]);
    expect(plan.phases[1].lifelong).to.equal(true);
    expect(ids(plan.warnings)).to.deep.equal(['cause-unknown']);
  });
  it('a missing neurological answer is planned as the urgent regimen and reported', () => {
    const plan = buildTreatmentPlan({ cause: 'diet' } as PlanInput);
    expect(plan.errors).to.deep.equal([{ field: 'neurologicalSymptoms', code: 'not-a-boolean' }]);
    expect(plan.phases[0].id).to.equal('neurological-loading');
  });
  for (const startDate of ['2026-02-30', '2026-13-01', '26-01-01', 'tomorrow', '0001-01-01', '9999-01-01', '2026-1-1']) {
    it(`start date "${startDate}" is an invalid-date error, with the plan still given`, () => {
      const plan = buildTreatmentPlan({ cause: 'diet', neurologicalSymptoms: false, startDate });
      expect(plan.errors).to.deep.equal([{ field: 'startDate', code: 'invalid-date' }]);
      expect(plan.schedule).to.deep.equal([]);
      expect(plan.phases).to.have.length(2);
    });
  }
  for (const input of [null, undefined, 7, 'diet', []]) {
    it(`never throws on ${JSON.stringify(input) ?? 'undefined'}`, () => {
      const plan = buildTreatmentPlan(input as never);
      expect(plan.phases).to.have.length(2);
      expect(plan.errors.map((e) => e.field)).to.include('cause');
    });
  }
});
