import { assessCofactors, buildTreatmentPlan, defaultProfile, parseProfile, ProfileError, SOURCES, type Profile } from '../../src/engine/index.js';
import { SOURCES as REFERENCE_SOURCES, STATUS_BANDS } from './clinical-reference.js';
import { issuesOf } from './profile-issues.js';
import { describe, expect, it } from './harness.js';

const copy = (): Profile => structuredClone(defaultProfile);

describe('defaultProfile', () => {
  it('passes its own schema and rules, and its parsed copy serialises the same (keys in the schema’s order)', () => {
    expect(parseProfile(structuredClone(defaultProfile))).to.deep.equal(defaultProfile);
    expect(JSON.stringify(parseProfile(structuredClone(defaultProfile)))).to.equal(JSON.stringify(defaultProfile));
  });

  it('holds every source of the reference, each with the kind of position it states', () => {
    expect(Object.keys(defaultProfile.sources).sort()).to.deep.equal(REFERENCE_SOURCES.map((s) => s.id).sort());
    for (const { id, kind } of REFERENCE_SOURCES) expect(defaultProfile.sources[id].kind, id).to.equal(kind);
    expect(defaultProfile.sources['nice-ng239'].url).to.equal('https://www.nice.org.uk/guidance/ng239');
  });

  for (const row of STATUS_BANDS) {
    it(`${row.analyte}: every figure of the reference, with whose position it is`, () => {
      const guidance = defaultProfile.analytes[row.analyte];
      expect(guidance.canonicalUnit).to.equal(row.canonicalUnit);
      expect(guidance.thresholds).to.deep.equal({ deficientBelow: row.deficientBelow.value, optimalFrom: row.optimalFrom.value, ...(row.upperLimit && { upperLimit: row.upperLimit.value }) });
      expect(guidance.plausibleMax).to.equal(row.plausibleMax);
      for (const figure of ['deficientBelow', 'optimalFrom', 'upperLimit'] as const) {
        const expected = row[figure];
        if (expected) expect(guidance.thresholdBasis[figure], `${row.analyte} ${figure}`).to.deep.include({ position: expected.position, sources: expected.sources });
        else expect(guidance.thresholdBasis[figure], `${row.analyte} ${figure}`).to.equal(undefined);
      }
    });
  }

  it('says in a note where a figure is this library’s reading, or awaits a primary source', () => {
    expect(defaultProfile.analytes.folate.thresholdBasis.optimalFrom.note).to.match(/this library's reading/);
    // No NHS laboratory publishes a plasma PLP range: no upper limit rather than an unsourced one.
    expect(defaultProfile.analytes.vitaminB6.thresholds.upperLimit).to.equal(undefined);
    expect(defaultProfile.analytes.ferritin.thresholdBasis.upperLimit?.typicalFor).to.equal('men');
    expect(Object.hasOwn(defaultProfile.sources, 'lab-b6'), 'an unused source').to.equal(false);
  });

  it('is for adults aged 16 and over (NG239)', () => {
    expect(defaultProfile.audience.minimumAgeYears).to.equal(16);
  });
});

describe('parseProfile', () => {
  it('rejects non-objects', () => {
    for (const json of [null, 42, 'profile', []]) expect(() => parseProfile(json)).to.throw(ProfileError);
  });

  it('names a missing field by its path', () => {
    const profile = copy() as Partial<Profile>;
    delete profile.name;
    expect(issuesOf(profile)).to.deep.equal([{ path: 'name', message: 'is missing: expected string' }]);
  });

  it('names a wrong type by its path and shows what it found', () => {
    const profile = copy() as unknown as { analytes: { ferritin: { thresholds: { optimalFrom: unknown } } } };
    profile.analytes.ferritin.thresholds.optimalFrom = '50';
    expect(issuesOf(profile)).to.deep.equal([{ path: 'analytes.ferritin.thresholds.optimalFrom', message: 'expected number (found "50")' }]);
  });

  it('rejects a negative threshold', () => {
    const profile = copy();
    profile.analytes.folate.thresholds.deficientBelow = -1;
    expect(issuesOf(profile)[0]).to.deep.include({ path: 'analytes.folate.thresholds.deficientBelow' });
    expect(issuesOf(profile)[0].message).to.match(/at least 0/);
  });

  it('rejects an optimal band below the deficiency cut-off', () => {
    const profile = copy();
    profile.analytes.ferritin.thresholds.optimalFrom = 20;
    expect(issuesOf(profile)).to.deep.equal([{ path: 'analytes.ferritin.thresholds.optimalFrom', message: 'optimalFrom (20) is below deficientBelow (30)' }]);
  });

  it('rejects an upper limit below the optimal band', () => {
    const profile = copy();
    profile.analytes.vitaminB6.thresholds.upperLimit = 25;
    expect(issuesOf(profile).map((i) => i.path)).to.include('analytes.vitaminB6.thresholds.upperLimit');
  });

  it('rejects a conversion that does not reach the canonical unit', () => {
    const profile = copy();
    profile.analytes.folate.conversions.push({ from: 'mg/dL', to: 'ng/dL', factor: 2 });
    expect(issuesOf(profile).map((i) => i.path)).to.deep.equal(['analytes.folate.conversions.2']);
  });

  it('rejects a citation of a source it does not hold', () => {
    const profile = copy();
    profile.analytes.folate.thresholdBasis.optimalFrom.sources = ['my-blog'];
    expect(issuesOf(profile)).to.deep.equal([{ path: 'analytes.folate.thresholdBasis.optimalFrom.sources', message: 'cites source "my-blog", which is not in "sources"' }]);
  });

  it('requires every figure to say whose position it is, and never guesses it from its sources', () => {
    const profile = copy() as unknown as { analytes: { vitaminB6: { thresholdBasis: { optimalFrom: { position?: string } } } } };
    delete profile.analytes.vitaminB6.thresholdBasis.optimalFrom.position;
    expect(issuesOf(profile)).to.deep.equal([
      {
        path: 'analytes.vitaminB6.thresholdBasis.optimalFrom.position',
        message: 'is missing: expected one of "national-guidance", "nhs-laboratory", "scientific-reference", "support-group"',
      },
    ]);
  });

  it('rejects a position that is not one of the four kinds', () => {
    const profile = copy() as unknown as { plans: { loading: { position: string } } };
    profile.plans.loading.position = 'guideline';
    expect(issuesOf(profile)[0]).to.deep.include({ path: 'plans.loading.position' });
    expect(issuesOf(profile)[0].message).to.match(/must be one of: "national-guidance", "nhs-laboratory", "scientific-reference", "support-group"/);
  });

  it('rejects an upper limit with no position or sources', () => {
    const profile = copy();
    delete profile.analytes.ferritin.thresholdBasis.upperLimit;
    expect(issuesOf(profile)).to.deep.equal([{ path: 'analytes.ferritin.thresholdBasis.upperLimit', message: 'upperLimit has no position and sources' }]);
  });

  it('requires whose position every piece of the checker’s advice is', () => {
    const profile = copy();
    delete profile.advice['iron-supplement'];
    expect(issuesOf(profile)).to.deep.equal([{ path: 'advice.iron-supplement', message: 'is missing: every piece of advice needs its positions and sources' }]);
  });

  it('rejects advice the widgets cannot word unless the profile gives its words', () => {
    const profile = copy();
    profile.plans.injectedMaintenanceAdvice = [...profile.plans.injectedMaintenanceAdvice, 'keep-a-diary'];
    profile.advice['keep-a-diary'] = { positions: ['support-group'], sources: ['b12-society'] };
    expect(issuesOf(profile)).to.deep.equal([
      { path: 'plans.injectedMaintenanceAdvice.2', message: '"keep-a-diary" is not advice the widgets have words for: give its words in texts["keep-a-diary"]["en-GB"]' },
    ]);
    const worded = { ...profile, texts: { 'keep-a-diary': { 'en-GB': 'Keep a diary of your symptoms between injections.' } } };
    expect(parseProfile(worded).plans.injectedMaintenanceAdvice).to.include('keep-a-diary');
    const welshOnly = { ...profile, texts: { 'keep-a-diary': { cy: 'Cadwch ddyddiadur.' } } };
    expect(issuesOf(welshOnly).map((i) => i.path)).to.deep.equal(['plans.injectedMaintenanceAdvice.2']);
  });

  it('rejects advice it names without saying whose position it is', () => {
    const profile = { ...copy(), texts: { 'keep-a-diary': { 'en-GB': 'Keep a diary.' } } };
    profile.plans.injectedMaintenanceAdvice = ['keep-a-diary'];
    expect(issuesOf(profile)).to.deep.equal([{ path: 'plans.injectedMaintenanceAdvice.0', message: 'names advice "keep-a-diary", which has no entry in "advice"' }]);
  });

  it('rejects an alternative the widgets cannot word unless the profile gives its words', () => {
    const profile = copy();
    profile.plans.causes.malabsorption.alternatives![0].id = 'nasal-spray';
    expect(issuesOf(profile)).to.deep.equal([
      { path: 'plans.causes.malabsorption.alternatives.0.id', message: '"nasal-spray" is not advice the widgets have words for: give its words in texts["nasal-spray"]["en-GB"]' },
    ]);
  });

  it('bounds NG239’s review to between 1 and 12 months', () => {
    for (const afterMonths of [0, 13, 1.5]) {
      const profile = copy();
      profile.plans.review.afterMonths = afterMonths;
      expect(issuesOf(profile).map((i) => i.path)).to.deep.equal(['plans.review.afterMonths']);
    }
  });

  it('rejects a loading schedule whose days do not match its doses', () => {
    const profile = copy();
    profile.plans.loading.scheduleDays = [0, 2, 4];
    expect(issuesOf(profile).map((i) => i.path)).to.deep.equal(['plans.loading.scheduleDays']);
  });

  it('rejects an injected maintenance phase without an interval', () => {
    const profile = copy();
    delete profile.plans.causes.medication.withoutNeurologicalSymptoms.intervalMonths;
    expect(issuesOf(profile).map((i) => i.path)).to.deep.equal(['plans.causes.medication.withoutNeurologicalSymptoms.intervalMonths']);
  });

  it('lists every problem at once, and says them all in its message', () => {
    const profile = copy();
    profile.analytes.folate.thresholds.optimalFrom = 1;
    profile.analytes.ferritin.thresholds.optimalFrom = 1;
    const issues = issuesOf(profile);
    expect(issues).to.have.length(2);
    try {
      parseProfile(profile);
    } catch (error) {
      expect((error as Error).message)
        .to.include('analytes.folate.thresholds.optimalFrom')
        .and.include('analytes.ferritin.thresholds.optimalFrom');
    }
  });
});

describe('custom profiles', () => {
  it('can change a figure', () => {
    const profile = copy();
    profile.analytes.ferritin.thresholds.optimalFrom = 70;
    const custom = parseProfile(profile);
    const result = assessCofactors({ results: { ferritin: { value: 60, unit: 'µg/L' } } }, custom);
    expect(result.items[3].status).to.equal('below-optimal');
  });

  it('can change and add texts', () => {
    const profile = { ...copy(), texts: { 'iron-supplement': { 'en-GB': 'Ask your GP about iron.', cy: 'Gofynnwch i’ch meddyg teulu am haearn.' } } };
    expect(parseProfile(profile).texts?.['iron-supplement'].cy).to.match(/haearn/);
  });

  it('cannot remove the safety warnings, even with every source and figure changed', () => {
    const profile = copy();
    profile.sources = { mine: { title: 'Our leaflet', url: 'https://example.org', kind: 'support-group' } };
    const mine = <T extends { sources: string[] }>(basis: T) => ({ ...basis, sources: ['mine'] });
    for (const guidance of Object.values(profile.analytes)) {
      const { deficientBelow, optimalFrom, upperLimit } = guidance.thresholdBasis;
      guidance.thresholdBasis = { deficientBelow: mine(deficientBelow), optimalFrom: mine(optimalFrom), ...(upperLimit && { upperLimit: mine(upperLimit) }) };
    }
    profile.audience.sources = ['mine'];
    profile.plans.loading.sources = ['mine'];
    profile.plans.neurologicalLoading.sources = ['mine'];
    profile.plans.review.sources = ['mine'];
    for (const plan of Object.values(profile.plans.causes)) {
      plan.withNeurologicalSymptoms.sources = ['mine'];
      plan.withoutNeurologicalSymptoms.sources = ['mine'];
      if (plan.loadingBasis) plan.loadingBasis.sources = ['mine'];
      plan.alternatives?.forEach((a) => (a.sources = ['mine']));
    }
    for (const id of Object.keys(profile.advice)) profile.advice[id] = { positions: ['support-group'], sources: ['mine'] };
    for (const symptom of profile.diary!.symptoms) symptom.sources = ['mine'];
    const custom = parseProfile(profile);

    const assessment = assessCofactors({ results: { folate: { value: 2, unit: 'µg/L' } } }, custom);
    expect(assessment.warnings[0]).to.deep.include({ id: 'folate-before-b12', severity: 'urgent' });
    expect(assessment.warnings[0].sources.map((s) => s.id)).to.deep.equal(['bnf-folic-acid', 'bsh-2014']);
    expect(assessment.warnings[0].sources[1].title).to.equal(SOURCES['bsh-2014'].title);

    const plan = buildTreatmentPlan({ cause: 'nitrous-oxide', neurologicalSymptoms: true, pregnant: true, folateLow: true }, custom);
    expect(plan.warnings.map((w) => w.id)).to.deep.equal(['neurological-urgent', 'nitrous-oxide', 'folate-pregnancy', 'pregnancy']);
  });

  it('extra keys such as a "warnings" list have no effect on the safety rules', () => {
    const profile = { ...copy(), warnings: [] } as unknown;
    const custom = parseProfile(profile);
    expect(assessCofactors({ results: { vitaminB6: { value: 5, unit: 'nmol/L' } } }, custom).warnings.map((w) => w.id)).to.deep.equal(['b6-supplement-limit']);
  });
});

describe('parseProfile: source addresses', () => {
  for (const url of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org', '//example.org', 'https://exa mple.org']) {
    it(`refuses ${url} as a source address`, () => {
      const profile = structuredClone(defaultProfile);
      profile.sources['nice-ng239'].url = url;
      expect(issuesOf(profile)[0]).to.deep.include({ path: 'sources.nice-ng239.url' });
      expect(issuesOf(profile)[0].message).to.match(/^must be a web address starting with https:\/\//);
    });
  }
});
