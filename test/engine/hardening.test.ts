/**
 * Hardening II (issue 16), the engine's part: hostile profiles, text that reaches other
 * programs, numbers written in other scripts, and a page that pollutes Object.prototype.
 */
import { assessCofactors, buildTreatmentPlan, defaultProfile, parseLocaleNumber, parseProfile, ProfileError, toICalendar, type Profile } from '../../src/engine/index.js';
import { describe, expect, it } from './harness.js';

const copy = (): Profile => structuredClone(defaultProfile);
const start = '2026-12-01';

function profileIssues(json: unknown): { path: string; message: string }[] {
  try {
    parseProfile(json);
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(ProfileError);
    return [...(error as ProfileError).issues];
  }
  throw new Error('expected a ProfileError');
}

describe('a profile whose plan figures have no clinical bound (issue 16, fault 2)', () => {
  const huge: [string, (p: Profile) => void][] = [
    ['reviewDay', (p) => (p.plans.neurologicalLoading.reviewDay = 2e8)],
    ['scheduleThroughDay', (p) => (p.plans.neurologicalLoading.scheduleThroughDay = 36_500)],
    ['maintenance intervalMonths', (p) => (p.plans.causes['autoimmune-gastritis'].withNeurologicalSymptoms.intervalMonths = 2e8)],
    ['scheduleMonthsAhead', (p) => (p.plans.scheduleMonthsAhead = 2e8)],
    [
      'loading scheduleDays',
      (p) => {
        p.plans.loading.scheduleDays = [0, 2, 4, 7, 9, 2e8];
        p.plans.loading.durationDays = 2e8 + 1;
      },
    ],
  ];
  for (const [what, spoil] of huge) {
    it(`${what}: parseProfile refuses it by path, and the engine never throws with it`, () => {
      const profile = copy();
      spoil(profile);
      const issues = profileIssues(profile);
      expect(issues.length, JSON.stringify(issues)).to.be.greaterThan(0);
      expect(issues.every((issue) => /must be at most/.test(issue.message))).to.equal(true);
      // A caller of the engine may pass a profile that was never checked.
      for (const neurologicalSymptoms of [true, false]) {
        const started = Date.now();
        const plan = buildTreatmentPlan({ cause: 'autoimmune-gastritis', neurologicalSymptoms, startDate: start }, profile);
        expect(Date.now() - started, 'milliseconds').to.be.below(1000);
        expect(plan.schedule.length).to.be.at.most(500);
        expect(plan.schedule.every((entry) => /^\d{4}-\d{2}-\d{2}$/.test(entry.date))).to.equal(true);
      }
    });
  }

  it('an unchecked profile with a schedule past the engine’s cap gets no schedule and a clear error', () => {
    const profile = copy();
    profile.plans.neurologicalLoading.scheduleThroughDay = 36_500;
    profile.plans.neurologicalLoading.everyDays = 1;
    profile.plans.neurologicalLoading.reviewDay = 36_501;
    const plan = buildTreatmentPlan({ cause: 'unknown', neurologicalSymptoms: true, startDate: start }, profile);
    expect(plan.schedule).to.deep.equal([]);
    expect(plan.errors).to.deep.equal([{ field: 'profile', code: 'schedule-too-long' }]);
  });

  it('an unchecked profile with a negative maintenance interval does not loop for ever', () => {
    const profile = copy();
    profile.plans.causes.unknown.withoutNeurologicalSymptoms.intervalMonths = -3;
    const plan = buildTreatmentPlan({ cause: 'unknown', neurologicalSymptoms: false, startDate: start }, profile);
    expect(plan.errors).to.deep.equal([{ field: 'profile', code: 'schedule-too-long' }]);
  });

  it('the default profile’s plans stay well inside the bounds', () => {
    expect(() => parseProfile(copy())).not.to.throw();
  });
});

describe('parseProfile on values JSON cannot hold (issue 16, fault 4)', () => {
  const cases: [string, () => unknown][] = [
    ['a BigInt where a number belongs', () => ({ ...copy(), plans: { ...copy().plans, scheduleMonthsAhead: BigInt(12) } })],
    [
      'a circular reference where a string belongs',
      () => {
        const profile = copy() as unknown as Record<string, unknown>;
        profile.name = profile;
        return profile;
      },
    ],
    [
      'a getter that throws',
      () => {
        const profile = copy() as unknown as Record<string, unknown>;
        Object.defineProperty(profile, 'version', {
          enumerable: true,
          get: () => {
            throw new TypeError('no');
          },
        });
        return profile;
      },
    ],
    ['JSON nested 10,000 deep', () => JSON.parse(`${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`)],
    ['arrays nested 10,000 deep in a field', () => ({ ...copy(), name: JSON.parse(`${'['.repeat(10_000)}${']'.repeat(10_000)}`) })],
  ];
  for (const [what, make] of cases) {
    it(`${what}: a ProfileError naming the problem, never another exception`, () => {
      const issues = profileIssues(make());
      expect(issues.length).to.be.greaterThan(0);
      for (const issue of issues) expect(issue.message).to.be.a('string').and.not.equal('');
    });
  }
  it('says that a profile is nested too deeply', () => {
    const issues = profileIssues(JSON.parse(`${'{"a":'.repeat(200)}1${'}'.repeat(200)}`));
    expect(issues).to.deep.equal([{ path: '', message: 'is nested more than 32 levels deep; a profile needs fewer than 10' }]);
  });
});

describe('toICalendar: text that reaches calendar programs (issue 16, fault 16)', () => {
  const schedule = buildTreatmentPlan({ cause: 'unknown', neurologicalSymptoms: false, startDate: start }).schedule.slice(0, 1);
  it('drops control characters from every text and never lets a lone CR start a line', () => {
    const ics = toICalendar(schedule, { title: 'Plan\r\x00\x07\x1b end', summary: () => 'Dose\rX-EVIL:1\x00' });
    expect(ics).not.to.match(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/);
    const lines = ics.split('\r\n');
    expect(lines.every((line) => !line.includes('\r') && !line.includes('\n'))).to.equal(true);
    expect(lines.some((line) => line.startsWith('X-EVIL'))).to.equal(false);
    expect(lines).to.include('X-WR-CALNAME:Plan\\n end');
  });
  it('a locale that is not a language tag adds no property line', () => {
    const ics = toICalendar(schedule, { title: 'x', locale: 'en\r\nATTENDEE:mailto:a@example.org' });
    expect(ics).not.to.include('ATTENDEE');
    expect(ics).to.match(/^SUMMARY:/m);
    expect(toICalendar(schedule, { title: 'x', locale: 'cy-GB' })).to.match(/^SUMMARY;LANGUAGE=cy-GB:/m);
  });
});

describe('toICalendar: an updated plan replaces the old one in a calendar (issue 16, fault 18)', () => {
  const uids = (ics: string) => [...ics.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]);
  const field = (ics: string, name: string) => [...ics.matchAll(new RegExp(`^${name}[:;](.+)$`, 'gm'))].map((m) => m[1]);
  const planFrom = (startDate: string) => buildTreatmentPlan({ cause: 'autoimmune-gastritis', neurologicalSymptoms: false, startDate }).schedule;

  it('re-exporting the same plan with its start date moved a day keeps every UID, with later dates and a higher SEQUENCE', () => {
    const first = toICalendar(planFrom('2026-12-01'), { title: 'B12', planId: 'plan-1', now: new Date('2026-11-25T10:00:00Z') });
    const moved = toICalendar(planFrom('2026-12-02'), { title: 'B12', planId: 'plan-1', now: new Date('2026-11-25T10:05:00Z') });
    expect(uids(moved)).to.deep.equal(uids(first));
    expect(field(moved, 'DTSTART')).not.to.deep.equal(field(first, 'DTSTART'));
    const sequence = (ics: string) => Number(field(ics, 'SEQUENCE')[0]);
    expect(sequence(moved)).to.be.greaterThan(sequence(first));
  });

  it('two people who start on the same day get different UIDs', () => {
    const a = toICalendar(planFrom(start), { title: 'B12' });
    const b = toICalendar(planFrom(start), { title: 'B12' });
    expect(uids(a).filter((uid) => uids(b).includes(uid))).to.deep.equal([]);
  });

  it('every UID is unique within a calendar and names its entry by kind and order, not by date', () => {
    const ids = uids(toICalendar(planFrom(start), { title: 'B12', planId: 'p' }));
    expect(new Set(ids).size).to.equal(ids.length);
    expect(ids[0]).to.equal('p-dose-1@b12-widgets');
    expect(ids).to.include('p-treatment-review-1@b12-widgets');
  });
});

describe('numbers in other scripts (issue 16, fault 8)', () => {
  const cases: [string, string, number][] = [
    ['۱۲٫۵', 'fa', 12.5],
    ['١٢٫٥', 'ar', 12.5],
    ['১২.৫', 'bn', 12.5],
    ['१२.५', 'mr', 12.5],
    ['１２.５', 'ja', 12.5],
    ['۱۲٫۵', 'ur', 12.5],
    ['۱٬۲۳۴٫۵', 'fa', 1234.5],
  ];
  for (const [text, locale, value] of cases) {
    it(`"${text}" in ${locale} is ${value}`, () => {
      expect(parseLocaleNumber(text, locale)).to.deep.equal({ kind: 'number', value });
    });
  }
  it('the example the widget writes in the reader’s language reads back as itself', () => {
    for (const locale of ['fa', 'ar', 'bn', 'mr', 'ur', 'hi', 'de', 'en-GB', 'pl']) {
      const written = new Intl.NumberFormat(locale).format(12.5);
      expect(parseLocaleNumber(written, locale), `${locale}: ${written}`).to.deep.equal({ kind: 'number', value: 12.5 });
    }
  });
});

describe('a page that pollutes Object.prototype (issue 16, fault 13)', () => {
  const pollute = (key: string, value: unknown) => Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true });
  const unpollute = (key: string) => delete (Object.prototype as Record<string, unknown>)[key];

  it('inherited optional fields change nothing the engine gives', () => {
    const clean = {
      plan: buildTreatmentPlan({ cause: 'autoimmune-gastritis', neurologicalSymptoms: false }),
      assessment: assessCofactors({ results: { folate: { value: 2, unit: 'µg/L' } } }),
    };
    const keys = ['alternatives', 'loadingBasis', 'whenDeficient', 'intervalMonthsMin', 'doseMicrogramsMax', 'texts'];
    for (const key of keys)
      pollute(
        key,
        key === 'alternatives'
          ? [{ id: 'x', medicine: 'cyanocobalamin', route: 'oral', position: 'support-group', sources: [] }]
          : key === 'loadingBasis' || key === 'whenDeficient'
            ? { position: 'support-group', positions: ['support-group'], sources: [] }
            : 99,
      );
    try {
      expect(buildTreatmentPlan({ cause: 'autoimmune-gastritis', neurologicalSymptoms: false })).to.deep.equal(clean.plan);
      expect(assessCofactors({ results: { folate: { value: 2, unit: 'µg/L' } } })).to.deep.equal(clean.assessment);
      const parsed = parseProfile(copy());
      expect(buildTreatmentPlan({ cause: 'autoimmune-gastritis', neurologicalSymptoms: false }, parsed)).to.deep.equal(clean.plan);
    } finally {
      for (const key of keys) unpollute(key);
    }
  });
});
