import { buildTreatmentPlan, buildTreatmentTable, CAUSES, type PlanInput, type ScheduleEntry } from '../../src/engine/index.js';
import { LOADING, NEUROLOGICAL_LOADING, NEUROLOGICAL_MAINTENANCE_MONTHS, PLAN_ADVICE, PLAN_SCENARIOS, PLANS, REVIEW, WARNING_FIGURES, WARNING_SOURCES } from './clinical-reference.js';
import { describe, expect, it } from './harness.js';

const dayOffset = (start: string, date: string) => (Date.parse(date) - Date.parse(start)) / 86_400_000;
const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe('buildTreatmentPlan: every cause × neurological symptoms', () => {
  for (const row of PLANS) {
    it(`${row.cause}, without neurological symptoms`, () => {
      const plan = buildTreatmentPlan({ cause: row.cause, neurologicalSymptoms: false });
      const [loading, maintenance] = plan.phases;
      expect(plan.phases).to.have.length(2);
      expect(loading).to.deep.include({
        id: 'loading',
        medicine: 'hydroxocobalamin',
        route: 'intramuscular',
        doseMicrograms: LOADING.doseMicrograms,
        doses: LOADING.doses,
        durationDays: LOADING.durationDays,
        position: row.loadingPosition,
      });
      // The BNF's loading is for pernicious anaemia and other causes; for a diet cause the
      // injected loading is the support group's alone.
      expect(ids(loading.sources)).to.have.members(row.loadingPosition === 'support-group' ? ['b12-society'] : LOADING.sources);
      expect(maintenance).to.deep.include({ id: 'maintenance', ...row.withoutNeuro, continues: row.continues, position: 'national-guidance' });
      if (row.withoutNeuro.route === 'intramuscular') expect(maintenance.intervalMonthsMin).to.equal(row.withoutNeuro.intervalMonthsMin);
      expect(ids(maintenance.sources)).to.have.members(row.sources);
      expect(plan.alternatives.map(({ medicine, route, position, doseMicrograms }) => ({ medicine, route, position, ...(doseMicrograms !== undefined && { doseMicrograms }) }))).to.deep.equal(
        row.alternatives.map(({ medicine, route, position, doseMicrograms }) => ({ medicine, route, position, ...(doseMicrograms !== undefined && { doseMicrograms }) })),
      );
      row.alternatives.forEach((alternative, i) => expect(ids(plan.alternatives[i].sources)).to.have.members(alternative.sources));
      expect(plan.plannedFor).to.deep.equal({ neurologicalSymptoms: false, assumedNeurologicalSymptoms: false, pregnant: false, assumedPregnant: false });
      expect(plan.errors).to.deep.equal([]);
    });

    it(`${row.cause}, with neurological symptoms`, () => {
      const plan = buildTreatmentPlan({ cause: row.cause, neurologicalSymptoms: true });
      const [loading, maintenance] = plan.phases;
      expect(loading).to.deep.include({
        id: 'neurological-loading',
        medicine: 'hydroxocobalamin',
        route: 'intramuscular',
        doseMicrograms: NEUROLOGICAL_LOADING.doseMicrograms,
        everyDays: NEUROLOGICAL_LOADING.everyDays,
        untilNoFurtherImprovement: true,
        position: NEUROLOGICAL_LOADING.position,
      });
      expect(ids(loading.sources)).to.deep.equal(NEUROLOGICAL_LOADING.sources);
      expect(maintenance).to.deep.include({
        id: 'maintenance',
        medicine: 'hydroxocobalamin',
        route: 'intramuscular',
        doseMicrograms: 1000,
        intervalMonths: NEUROLOGICAL_MAINTENANCE_MONTHS,
        continues: row.continues,
        position: 'national-guidance',
      });
      expect(maintenance.intervalMonthsMin).to.equal(undefined);
      expect(plan.alternatives).to.deep.equal([]);
    });
  }

  it('covers every cause the engine knows', () => {
    expect(PLANS.map((r) => r.cause).sort()).to.deep.equal([...CAUSES].sort());
  });

  it('more frequent injections is both national guidance and the support group’s; each piece of advice says whose it is', () => {
    const plan = buildTreatmentPlan({ cause: 'medication', neurologicalSymptoms: false });
    expect(plan.advice.map(({ id, positions }) => ({ id, positions }))).to.deep.equal(PLAN_ADVICE.map(({ id, positions }) => ({ id, positions })));
    PLAN_ADVICE.forEach((row, i) => expect(ids(plan.advice[i].sources)).to.deep.equal(row.sources));
    expect(plan.adviceIds).to.deep.equal(PLAN_ADVICE.map((a) => a.id));
  });

  it('a daily tablet (diet, no nerve symptoms) gets no advice about injection intervals', () => {
    const plan = buildTreatmentPlan({ cause: 'diet', neurologicalSymptoms: false });
    expect(plan.adviceIds).to.deep.equal([]);
  });
});

describe('buildTreatmentPlan: safety rules', () => {
  for (const scenario of PLAN_SCENARIOS) {
    it(scenario.name, () => {
      const plan = buildTreatmentPlan(scenario.given);
      expect(plan.warnings.map((w) => [w.id, w.severity])).to.deep.equal(scenario.warnings);
      for (const warning of plan.warnings) {
        expect(warning.analytes, `${warning.id} analytes`).to.deep.equal(warning.id.startsWith('folate') ? ['folate'] : []);
        expect(ids(warning.sources), `${warning.id} sources`).to.deep.equal(WARNING_SOURCES[warning.id]);
        if (WARNING_FIGURES[warning.id]) expect(warning.figures, `${warning.id} figures`).to.deep.equal(WARNING_FIGURES[warning.id]);
      }
      expect(plan.errors).to.deep.equal([]);
    });
  }

  it('"not sure" about nerve symptoms is planned as yes, and the plan says so', () => {
    const plan = buildTreatmentPlan({ cause: 'diet', neurologicalSymptoms: 'unsure' });
    expect(plan.phases[0].id).to.equal('neurological-loading');
    expect(plan.plannedFor).to.deep.equal({ neurologicalSymptoms: true, assumedNeurologicalSymptoms: true, pregnant: false, assumedPregnant: false });
  });
});

describe('buildTreatmentPlan: dated schedule', () => {
  const start = '2026-03-02';
  const doses = (schedule: ScheduleEntry[]) => schedule.filter((e) => e.kind === 'dose');

  it('no start date, no schedule', () => {
    expect(buildTreatmentPlan({ cause: 'diet', neurologicalSymptoms: false }).schedule).to.deep.equal([]);
  });

  it(`loading doses on days ${LOADING.days.join(', ')}`, () => {
    const { schedule } = buildTreatmentPlan({ cause: 'autoimmune-gastritis', neurologicalSymptoms: false, startDate: start });
    const loading = schedule.filter((e) => e.phaseId === 'loading');
    expect(loading.map((e) => dayOffset(start, e.date))).to.deep.equal(LOADING.days);
    expect(loading.every((e) => e.kind === 'dose' && e.doseMicrograms === 1000)).to.equal(true);
  });

  it(`neurological: alternate days 0–20, then "review with your clinician" on day ${NEUROLOGICAL_LOADING.reviewDay}`, () => {
    const { schedule } = buildTreatmentPlan({ cause: 'autoimmune-gastritis', neurologicalSymptoms: true, startDate: start });
    const loading = schedule.filter((e) => e.phaseId === 'neurological-loading');
    expect(doses(loading).map((e) => dayOffset(start, e.date))).to.deep.equal(NEUROLOGICAL_LOADING.days);
    const review = loading.filter((e) => e.kind === 'review');
    expect(review.map((e) => [dayOffset(start, e.date), e.reviewId])).to.deep.equal([[NEUROLOGICAL_LOADING.reviewDay, 'loading-response']]);
  });

  for (const cause of CAUSES) {
    for (const neurologicalSymptoms of [false, true]) {
      for (const pregnant of [false, true]) {
        const months = pregnant ? REVIEW.afterMonthsPregnant : REVIEW.afterMonths;
        it(`${cause}, ${neurologicalSymptoms ? 'nerve symptoms' : 'no nerve symptoms'}${pregnant ? ', pregnant' : ''}: NG239's review ${months} month(s) after the first dose`, () => {
          const { schedule } = buildTreatmentPlan({ cause, neurologicalSymptoms, pregnant, startDate: start });
          const reviews = schedule.filter((e) => e.reviewId === 'treatment-review');
          expect(reviews.map((e) => [e.date, e.kind])).to.deep.equal([[pregnant ? '2026-04-02' : '2026-06-02', 'review']]);
        });
      }
    }
  }

  it('the treatment review cites NG239 and is national guidance', () => {
    const plan = buildTreatmentPlan({ cause: 'unknown', neurologicalSymptoms: false, startDate: start });
    expect(plan.review).to.deep.include({ afterMonths: REVIEW.afterMonths, position: REVIEW.position });
    expect(ids(plan.review.sources)).to.deep.equal(REVIEW.sources);
    expect(buildTreatmentPlan({ cause: 'unknown', neurologicalSymptoms: false, pregnant: true }).review.afterMonths).to.equal(REVIEW.afterMonthsPregnant);
  });

  it('maintenance every 3 months from the last loading dose, reaching at least 12 months ahead', () => {
    const { schedule } = buildTreatmentPlan({ cause: 'autoimmune-gastritis', neurologicalSymptoms: false, startDate: start });
    const maintenance = schedule.filter((e) => e.phaseId === 'maintenance').map((e) => e.date);
    // Last loading dose: day 11 = 2026-03-13.
    expect(maintenance).to.deep.equal(['2026-06-13', '2026-09-13', '2026-12-13', '2027-03-13']);
  });

  it('neurological maintenance every 2 months from day 20', () => {
    const { schedule } = buildTreatmentPlan({ cause: 'medication', neurologicalSymptoms: true, startDate: start });
    const maintenance = schedule.filter((e) => e.phaseId === 'maintenance').map((e) => e.date);
    expect(maintenance).to.deep.equal(['2026-05-22', '2026-07-22', '2026-09-22', '2026-11-22', '2027-01-22', '2027-03-22']);
  });

  it('a daily tablet (diet, no neurological symptoms) is not listed day by day', () => {
    const { schedule } = buildTreatmentPlan({ cause: 'diet', neurologicalSymptoms: false, startDate: start });
    expect(doses(schedule).map((e) => e.phaseId)).to.deep.equal(Array(6).fill('loading'));
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

  it('is sorted by date, with no two entries of the same kind on one day', () => {
    for (const cause of CAUSES) {
      for (const neurologicalSymptoms of [false, true]) {
        const { schedule } = buildTreatmentPlan({ cause, neurologicalSymptoms, startDate: start });
        const dates = schedule.map((e) => e.date);
        expect(dates).to.deep.equal([...dates].sort());
        const keys = schedule.map((e) => `${e.date} ${e.kind}`);
        expect(new Set(keys).size).to.equal(keys.length);
      }
    }
  });

  describe('the start date must be within a year of today (the engine’s window)', () => {
    const today = '2026-11-25';
    const cases: [string, string | undefined][] = [
      ['2025-11-25', undefined],
      ['2025-11-24', 'too-far-in-past'],
      ['2027-11-25', undefined],
      ['2027-11-26', 'too-far-in-future'],
      ['2026-11-25', undefined],
    ];
    for (const [startDate, code] of cases) {
      it(`${startDate} from ${today}: ${code ?? 'accepted'}`, () => {
        const plan = buildTreatmentPlan({ cause: 'diet', neurologicalSymptoms: false, startDate, today });
        expect(plan.errors).to.deep.equal(code ? [{ field: 'startDate', code }] : []);
        expect(plan.schedule.length > 0).to.equal(!code);
      });
    }
    it('knowing today, the year 9999 is too far ahead rather than not a date', () => {
      expect(buildTreatmentPlan({ cause: 'diet', neurologicalSymptoms: false, startDate: '9999-01-01', today }).errors).to.deep.equal([{ field: 'startDate', code: 'too-far-in-future' }]);
      expect(buildTreatmentPlan({ cause: 'diet', neurologicalSymptoms: false, startDate: '2026-02-30', today }).errors).to.deep.equal([{ field: 'startDate', code: 'invalid-date' }]);
    });
    it('without today, only an impossible year is refused', () => {
      expect(buildTreatmentPlan({ cause: 'diet', neurologicalSymptoms: false, startDate: '2020-01-01' }).errors).to.deep.equal([]);
    });
  });
});

describe('buildTreatmentPlan: bad input is data', () => {
  it('an unknown cause is planned as unknown (lifelong until found) and reported', () => {
    const plan = buildTreatmentPlan({ cause: 'stress' as never, neurologicalSymptoms: false });
    expect(plan.errors).to.deep.equal([{ field: 'cause', code: 'unknown-cause' }]);
    expect(plan.phases[1].continues).to.equal('until-cause-known');
    expect(ids(plan.warnings)).to.deep.equal(['cause-unknown']);
  });
  it('a missing neurological answer is planned as the urgent regimen and reported', () => {
    const plan = buildTreatmentPlan({ cause: 'diet' } as PlanInput);
    expect(plan.errors).to.deep.equal([{ field: 'neurologicalSymptoms', code: 'not-an-answer' }]);
    expect(plan.phases[0].id).to.equal('neurological-loading');
    expect(plan.plannedFor.assumedNeurologicalSymptoms).to.equal(true);
  });
  it('an unreadable folate answer is reported and planned as not known (the caution)', () => {
    const plan = buildTreatmentPlan({ cause: 'diet', neurologicalSymptoms: false, folateLow: 'maybe' as never });
    expect(plan.errors).to.deep.equal([{ field: 'folateLow', code: 'not-an-answer' }]);
    expect(plan.warnings.map((w) => [w.id, w.severity])).to.deep.equal([['folate-before-b12', 'caution']]);
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

describe('buildTreatmentPlan: breastfeeding is not pregnancy', () => {
  it('breastfeeding: the 1-month review and the pregnancy caution, but folic acid waits for B12 treatment', () => {
    const plan = buildTreatmentPlan({ cause: 'autoimmune-gastritis', neurologicalSymptoms: false, breastfeeding: true, folateLow: true, startDate: '2026-12-01' });
    expect(plan.review.afterMonths).to.equal(REVIEW.afterMonthsPregnant);
    expect(plan.schedule.find((entry) => entry.reviewId === 'treatment-review')?.date).to.equal('2027-01-01');
    expect(plan.warnings.map((warning) => warning.id)).to.deep.equal(['folate-before-b12', 'pregnancy']);
    expect(plan.plannedFor).to.deep.include({ pregnant: false, assumedPregnant: false });
  });

  it('pregnant or planning: the pregnancy folic-acid words, worded for a plan (start B12 treatment promptly)', () => {
    const plan = buildTreatmentPlan({ cause: 'autoimmune-gastritis', neurologicalSymptoms: false, pregnant: true, folateLow: true });
    expect(plan.warnings[0]).to.deep.include({ id: 'folate-pregnancy', wording: 'start-b12-treatment' });
  });

  it('"not sure" is planned as pregnant, and the plan says it assumed so', () => {
    const plan = buildTreatmentPlan({ cause: 'diet', neurologicalSymptoms: false, pregnant: 'unsure' });
    expect(plan.plannedFor).to.deep.include({ pregnant: true, assumedPregnant: true });
    expect(plan.review.afterMonths).to.equal(REVIEW.afterMonthsPregnant);
  });

  it('an unreadable pregnancy answer is reported, and planned as not pregnant', () => {
    const plan = buildTreatmentPlan({ cause: 'diet', neurologicalSymptoms: false, pregnant: 'yes' as never });
    expect(plan.errors).to.deep.include({ field: 'pregnant', code: 'not-an-answer' });
  });
});

describe('buildTreatmentTable: what the table view carries without the questions', () => {
  const table = buildTreatmentTable();
  const rowOf = (cause: string) => table.rows.find((row) => row.cause === cause)!;

  it('each cause’s own warnings on its row', () => {
    expect(Object.fromEntries(table.rows.map((row) => [row.cause, row.warnings.map((warning) => warning.id)]))).to.deep.equal({
      'autoimmune-gastritis': [],
      malabsorption: [],
      medication: ['medicine-do-not-stop'],
      diet: [],
      'nitrous-oxide': ['nitrous-oxide'],
      unknown: ['cause-unknown'],
    });
  });

  it('the nerve-symptoms warning once, under the table', () => {
    expect(table.warnings.map((warning) => [warning.id, warning.severity])).to.deep.equal([['neurological-urgent', 'urgent']]);
  });

  it('the diet row has NG239’s oral route beside the support group’s injected loading', () => {
    const diet = rowOf('diet').withoutNeurologicalSymptoms;
    expect(diet.phases[0].position).to.equal('support-group');
    expect(diet.alternatives.map((alternative) => [alternative.id, alternative.position])).to.deep.equal([['diet-oral-first', 'national-guidance']]);
  });

  it('the review: 3 months, or 1 in pregnancy or breastfeeding', () => {
    expect(table.review).to.deep.include({ afterMonths: REVIEW.afterMonths, afterMonthsPregnant: REVIEW.afterMonthsPregnant, position: 'national-guidance' });
  });
});
