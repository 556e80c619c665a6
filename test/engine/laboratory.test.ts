import { assessCofactors, defaultProfile, guideLevel, guideLevels, parseProfile, ProfileError, type Analyte, type Profile } from '../../src/engine/index.js';
import { parseProfileOn } from '../../src/engine/parse-profile.js';
import { issuesOf } from './profile-issues.js';
import { describe, expect, it, repositoryJson } from './harness.js';

const EXAMPLES: Record<string, unknown> = {
  'ruh-bath': await repositoryJson('src/engine/profiles/laboratories/ruh-bath.json'),
  'royal-cornwall': await repositoryJson('src/engine/profiles/laboratories/royal-cornwall.json'),
};
const example = (name: string): unknown => structuredClone(EXAMPLES[name]);
const ruhBath = () => parseProfile(example('ruh-bath'));
const royalCornwall = () => parseProfile(example('royal-cornwall'));

/** A laboratory profile as the profile maker writes it, with one test's figures. */
function labProfile(tests: Record<string, unknown>, laboratory: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    basedOn: 'uk-default',
    id: 'test-lab',
    name: 'Test laboratory ranges',
    laboratory: { name: 'Test pathology', url: 'https://lab.example/tests', readOn: '2026-11-30', tests, ...laboratory },
  };
}

const statusOf = (profile: Profile, analyte: Analyte, value: string, rangeUsed?: 'women' | 'men') => {
  const unit = profile.analytes[analyte].canonicalUnit;
  const item = assessCofactors({ results: { [analyte]: { value, unit } }, ...(rangeUsed && { rangeUsed: { [analyte]: rangeUsed } }) }, profile).items.find((i) => i.analyte === analyte)!;
  return item;
};

describe('laboratory profiles: the two examples', () => {
  it('RUH Bath: B12 under 145 ng/L deficient, 145 to 180 indeterminate, over 180 normal, over 914 above range, each the laboratory’s figure', () => {
    const profile = ruhBath();
    expect(profile.analytes.vitaminB12.thresholds).to.deep.equal({ deficientBelow: 145, optimalFrom: 180, upperLimit: 914 });
    for (const figure of ['deficientBelow', 'optimalFrom', 'upperLimit'] as const) {
      expect(profile.analytes.vitaminB12.thresholdBasis[figure]).to.deep.equal({ position: 'nhs-laboratory', sources: ['laboratory-vitaminB12'] });
    }
    expect(['144.9', '145', '179.9', '180', '914', '914.1'].map((value) => statusOf(profile, 'vitaminB12', value).status)).to.deep.equal([
      'deficient',
      'below-optimal',
      'below-optimal',
      'optimal',
      'optimal',
      'above-range',
    ]);
    // The default would call 300 indeterminate (NG239's 180–350): RUH's method reads it as deficiency unlikely.
    expect(statusOf(defaultProfile, 'vitaminB12', '300').status).to.equal('below-optimal');
    expect(statusOf(profile, 'vitaminB12', '300').status).to.equal('optimal');
    expect(profile.sources['laboratory-vitaminB12']).to.deep.equal({
      title: 'Royal United Hospitals Bath pathology: vitamin B12',
      url: 'https://www.ruh.nhs.uk/pathology/blood_test_info/tubelisting.asp?id=316&listing=v',
      year: 2026,
      kind: 'nhs-laboratory',
    });
    expect(profile.laboratory?.tests.vitaminB12?.note).to.match(/NICE NG239 thresholds do not apply to the local method/);
  });

  it('RUH Bath: ferritin ranges for women (100–310) and men (100–340); the tests it does not give keep the built-in figures', () => {
    const profile = ruhBath();
    expect(profile.laboratory).to.deep.include({ name: 'Royal United Hospitals Bath pathology', readOn: '2026-12-05' });
    expect(profile.laboratory?.tests.ferritin?.rangesBySex).to.deep.equal({ women: { low: 100, high: 310 }, men: { low: 100, high: 340 } });
    expect(profile.analytes.ferritin.thresholds).to.deep.equal({ deficientBelow: 30, optimalFrom: 50, upperLimit: 340 });
    expect(profile.analytes.ferritin.thresholdBasis.optimalFrom.position, 'optimal is still the support group’s').to.equal('support-group');
    expect(profile.analytes.ferritin.thresholdBasis.upperLimit).to.deep.equal({ position: 'nhs-laboratory', sources: ['laboratory-ferritin'] });
    for (const analyte of ['activeB12', 'folate', 'vitaminB6'] as const) expect(profile.analytes[analyte]).to.deep.equal(defaultProfile.analytes[analyte]);
    expect(profile.plans).to.deep.equal(defaultProfile.plans);
    expect(profile.advice).to.deep.equal(defaultProfile.advice);
  });

  it('Royal Cornwall: ferritin women 15–200, men 15–300, and nothing else changed', () => {
    const profile = royalCornwall();
    expect(profile.laboratory?.tests.ferritin?.rangesBySex).to.deep.equal({ women: { low: 15, high: 200 }, men: { low: 15, high: 300 } });
    expect(profile.analytes.ferritin.thresholds).to.deep.equal({ deficientBelow: 30, optimalFrom: 50, upperLimit: 300 });
    expect(profile.analytes.ferritin.thresholdBasis.deficientBelow).to.deep.equal(defaultProfile.analytes.ferritin.thresholdBasis.deficientBelow);
    expect(profile.analytes.ferritin.thresholdBasis.upperLimit?.typicalFor, 'the laboratory gives both ranges').to.equal(undefined);
    expect(Object.keys(profile.laboratory?.tests ?? {})).to.deep.equal(['ferritin']);
  });

  it('both are dated and linked, and both pass the schema a whole profile must pass', () => {
    for (const profile of [ruhBath(), royalCornwall()]) {
      expect(profile.laboratory?.readOn).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(profile.laboratory?.url).to.match(/^https:\/\//);
      for (const test of Object.values(profile.laboratory!.tests)) expect(profile.sources[test!.source].url).to.match(/^https:\/\//);
      expect(parseProfile(structuredClone(profile))).to.deep.equal(profile);
    }
  });
});

describe('laboratory profiles: which range the report uses', () => {
  const profile = () => ruhBath();

  it('without an answer, a result is above range only above both upper limits', () => {
    expect(statusOf(profile(), 'ferritin', '340').status).to.equal('optimal');
    expect(statusOf(profile(), 'ferritin', '341').status).to.equal('above-range');
    expect(guideLevel('ferritin', profile()).thresholds.upperLimit).to.equal(340);
  });

  it('between the two upper limits and without an answer, it says which range the result is above, and only then', () => {
    expect(statusOf(profile(), 'ferritin', '320').aboveRangeOf).to.equal('women');
    expect(statusOf(profile(), 'ferritin', '310').aboveRangeOf, 'the upper limit is within the range').to.equal(undefined);
    expect(statusOf(profile(), 'ferritin', '341').aboveRangeOf, 'above both').to.equal(undefined);
    expect(statusOf(profile(), 'ferritin', '320', 'women').aboveRangeOf, 'the person said').to.equal(undefined);
    expect(statusOf(profile(), 'ferritin', '200').aboveRangeOf).to.equal(undefined);
  });

  it('with the range for women, above 310 is above range, and the ferritin caution comes with it', () => {
    const assessment = assessCofactors({ results: { ferritin: { value: '320', unit: 'µg/L' } }, rangeUsed: { ferritin: 'women' } }, profile());
    expect(assessment.items.find((item) => item.analyte === 'ferritin')).to.deep.include({ status: 'above-range', rangeUsed: 'women' });
    expect(assessment.items.find((item) => item.analyte === 'ferritin')!.thresholds.upperLimit).to.equal(310);
    expect(assessment.warnings.map((warning) => warning.id)).to.include('ferritin-above-range');
    expect(statusOf(profile(), 'ferritin', '320', 'men').status).to.equal('optimal');
  });

  it('an answer for a test whose laboratory prints one range, or an answer that is not a range, changes nothing', () => {
    expect(statusOf(profile(), 'vitaminB12', '914.5', 'women').status).to.equal('above-range');
    expect(guideLevel('vitaminB12', profile(), undefined, 'women').rangeUsed).to.equal(undefined);
    const odd = assessCofactors({ results: { ferritin: { value: '320', unit: 'µg/L' } }, rangeUsed: { ferritin: 'other' as 'men' } }, profile());
    expect(odd.items.find((item) => item.analyte === 'ferritin')).to.deep.include({ status: 'optimal', aboveRangeOf: 'women' });
  });

  it('the guide levels carry the laboratory’s ranges and notes, and the default profile carries none', () => {
    const ferritin = guideLevels(profile()).find((level) => level.analyte === 'ferritin')!;
    expect(ferritin.laboratory?.rangesBySex?.women).to.deep.equal({ low: 100, high: 310 });
    expect(ferritin.laboratory?.note).to.match(/indeterminate ferritin/);
    expect(ferritin.laboratory?.figures, 'optimal is the support group’s, not the laboratory’s').to.deep.equal(['deficientBelow', 'upperLimit']);
    expect(guideLevels(defaultProfile).some((level) => level.laboratory !== undefined)).to.equal(false);
  });

  it('a laboratory profile cannot remove a safety warning or the precedence of the person’s own report', () => {
    const assessment = assessCofactors({ results: { folate: { value: '2', unit: 'µg/L' }, vitaminB12: { value: '150', unit: 'ng/L' } } }, profile());
    expect(assessment.warnings.map((warning) => warning.id)).to.include('folate-before-b12');
    expect(assessment.adviceIds).to.include('lab-range-precedence');
  });
});

describe('laboratory profiles in a one-tag file, on the built-in profile as the file carries it', () => {
  it('the checker’s file keeps no plans: the laboratory’s bands still apply, and nothing asks for plans', () => {
    const { plans: _plans, ...checkerBase } = structuredClone(defaultProfile);
    const profile = parseProfileOn(example('ruh-bath'), checkerBase as Profile);
    expect(profile.analytes.vitaminB12.thresholds).to.deep.equal({ deficientBelow: 145, optimalFrom: 180, upperLimit: 914 });
    expect((profile as Partial<Profile>).plans).to.equal(undefined);
    expect(statusOf(profile, 'vitaminB12', '300').status).to.equal('optimal');
  });

  it('the diary’s file keeps no bands: a laboratory profile is checked as a file and read as the built-in profile', () => {
    const { analytes: _analytes, plans: _plans, ...diaryBase } = structuredClone(defaultProfile);
    const profile = parseProfileOn(example('royal-cornwall'), diaryBase as Profile);
    expect(profile.diary ?? defaultProfile.diary).to.deep.equal(defaultProfile.diary);
    expect(profile.id).to.equal('royal-cornwall');
    expect(() => parseProfileOn({ ...labProfile({ ferritin: { unit: 'µg/L', range: { high: 200 } } }), basedOn: 'x' }, diaryBase as Profile)).to.throw(ProfileError);
  });
});

describe('laboratory profiles: what the profile maker writes', () => {
  it('converts the laboratory’s unit to the canonical one, and shows it back without a second rounding', () => {
    const profile = parseProfile(labProfile({ vitaminB12: { unit: 'pmol/L', deficientBelow: 107, normalFrom: 133 } }));
    expect(profile.analytes.vitaminB12.thresholds.deficientBelow).to.be.closeTo(107 / 0.738, 1e-9);
    expect(statusOf(profile, 'vitaminB12', String(107 / 0.738 - 0.001)).status).to.equal('deficient');
    // 145 ng/L is 107.01 pmol/L: in pmol/L the laboratory's 107 is where deficient ends.
    const inPmol = assessCofactors({ results: { vitaminB12: { value: '106.99', unit: 'pmol/L' } } }, profile).items[0];
    expect(inPmol.status).to.equal('deficient');
    expect(assessCofactors({ results: { vitaminB12: { value: '107', unit: 'pmol/L' } } }, profile).items[0].status).to.equal('below-optimal');
  });

  it('a version defaults to the day the figures were read; an editor’s own version is kept', () => {
    expect(parseProfile(labProfile({ folate: { unit: 'µg/L', deficientBelow: 3.9 } })).version).to.equal('2026-11-30');
    expect(parseProfile({ ...labProfile({ folate: { unit: 'µg/L', deficientBelow: 3.9 } }), version: 'v2' }).version).to.equal('v2');
  });

  it('names each problem at the field the maker shows it in, in the laboratory’s unit', () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ ferritin: { unit: 'mg/dL', deficientBelow: 30 } }, 'laboratory.tests.ferritin.unit', /not a unit for ferritin: use one of µg\/L, ng\/mL/],
      [{ ferritin: { unit: 'µg/L' } }, 'laboratory.tests.ferritin', /gives no figure/],
      [{ folate: { unit: 'µg/L', normalFrom: 5 } }, 'laboratory.tests.folate.normalFrom', /B12 and active B12 only/],
      [{ folate: { unit: 'nmol/L', deficientBelow: 30 } }, 'laboratory.tests.folate.deficientBelow', /must not be above 22.66 nmol\/L, where the optimal band starts/],
      [{ vitaminB12: { unit: 'ng/L', deficientBelow: 200, normalFrom: 180 } }, 'laboratory.tests.vitaminB12.normalFrom', /must not be below the deficient level, 200 ng\/L/],
      [
        { ferritin: { unit: 'µg/L', rangesBySex: { women: { low: 100, high: 40 }, men: { low: 15, high: 300 } } } },
        'laboratory.tests.ferritin.rangesBySex.women.low',
        /must not be above the upper end/,
      ],
      [
        { ferritin: { unit: 'µg/L', rangesBySex: { women: { high: 40 }, men: { high: 300 } } } },
        'laboratory.tests.ferritin.rangesBySex.women.high',
        /must be at least 50 µg\/L, where the optimal band starts/,
      ],
      [{ ferritin: { unit: 'µg/L', range: { high: 200000 } } }, 'laboratory.tests.ferritin.range.high', /must be below 100000 µg\/L/],
      [{ ferritin: { unit: 'µg/L', range: { high: 200 }, rangesBySex: { women: { high: 200 }, men: { high: 300 } } } }, 'laboratory.tests.ferritin.rangesBySex', /not both/],
      [{ ferritin: { unit: 'µg/L', deficientBelow: -1 } }, 'laboratory.tests.ferritin.deficientBelow', /at least 0/],
      [{ ferritin: { unit: 'µg/L', deficientBelow: '30' } }, 'laboratory.tests.ferritin.deficientBelow', /expected number/],
      [{ vitaminB12: { unit: 'ng/L', normalFrom: 1000 } }, 'laboratory.tests.vitaminB12.normalFrom', /must not be above the upper limit, 914 ng\/L/],
      [
        { vitaminB12: { unit: 'ng/L', deficientBelow: 60000, normalFrom: 60000, range: { high: 70000 } } },
        'laboratory.tests.vitaminB12.normalFrom',
        /must be below 50000 ng\/L: no result is that high/,
      ],
      [{ vitaminB6: { unit: 'nmol/L', deficientBelow: 10001 } }, 'laboratory.tests.vitaminB6.deficientBelow', /must not be above 30 nmol\/L/],
    ];
    for (const [tests, path, message] of cases) {
      const issues = issuesOf(labProfile(tests));
      expect(
        issues.some((issue) => issue.path === path && message.test(issue.message)),
        `${JSON.stringify(tests)}: ${JSON.stringify(issues)}`,
      ).to.equal(true);
    }
  });

  it('refuses a laboratory without its name, page or a real day it was read, and an address that is not a web page', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '' }, 'laboratory.name'],
      [{ url: 'javascript:alert(1)' }, 'laboratory.url'],
      [{ readOn: '2026-02-30' }, 'laboratory.readOn'],
      [{ readOn: '5 December 2026' }, 'laboratory.readOn'],
      [{ note: 'x'.repeat(301) }, 'laboratory.note'],
    ];
    for (const [change, path] of cases) {
      const issues = issuesOf(labProfile({ folate: { unit: 'µg/L', deficientBelow: 3.9 } }, change));
      expect(
        issues.map((issue) => issue.path),
        JSON.stringify(change),
      ).to.include(path);
    }
    expect(issuesOf(labProfile({ folate: { unit: 'µg/L', url: 'data:text/html,x', deficientBelow: 3 } })).map((i) => i.path)).to.include('laboratory.tests.folate.url');
    expect(issuesOf({ ...labProfile({}), basedOn: 'us-default' }).map((i) => i.path)).to.include('basedOn');
  });

  it('names every problem at once: a test’s figures are checked while another field is wrong', () => {
    const issues = issuesOf(labProfile({ ferritin: { unit: 'µg/L', rangesBySex: { women: { high: 40 }, men: { high: 300 } } } }, { url: 'javascript:alert(1)', readOn: '' }));
    expect(issues.map((issue) => issue.path)).to.have.members(['laboratory.url', 'laboratory.readOn', 'laboratory.tests.ferritin.rangesBySex.women.high']);
    expect(issues.find((issue) => issue.path === 'laboratory.readOn')!.message, 'one message for an empty date').to.equal('must be a date written as YYYY-MM-DD (found "")');
    expect(issuesOf(labProfile({ folate: { unit: 'µg/L', deficientBelow: 3 } }, { readOn: '2026-02-30' }))).to.deep.equal([
      { path: 'laboratory.readOn', message: 'is not a day of the calendar (found "2026-02-30")' },
    ]);
  });

  it('a whole profile’s laboratory block must agree with its bands', () => {
    const whole = structuredClone(ruhBath()) as Profile;
    whole.analytes.ferritin.thresholds.upperLimit = 310;
    expect(issuesOf(whole)).to.deep.include({ path: 'analytes.ferritin.thresholds.upperLimit', message: 'must be 340, the higher of the laboratory’s two upper limits' });
    const uncited = structuredClone(ruhBath()) as Profile;
    uncited.laboratory!.tests.ferritin!.source = 'nice-ng239';
    expect(issuesOf(uncited).map((i) => i.path)).to.include('laboratory.tests.ferritin.source');
  });
});
