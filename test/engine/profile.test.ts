import {
  assessCofactors, buildTreatmentPlan, defaultProfile, parseProfile, ProfileError, SOURCES, type Profile,
} from '../../src/engine/index.js';
import { SOURCE_IDS, STATUS_BANDS } from './clinical-reference.js';
import { describe, expect, it } from './harness.js';

const copy = (): Profile => structuredClone(defaultProfile);

function issuesOf(json: unknown): { path: string; message: string }[] {
  try {
    parseProfile(json);
  } catch (error) {
    expect(error).to.be.instanceOf(ProfileError);
    return [...(error as ProfileError).issues];
  }
  throw new Error('expected a ProfileError');
}

describe('defaultProfile', () => {
  it('passes its own schema and rules', () => {
    expect(parseProfile(structuredClone(defaultProfile))).to.deep.equal(defaultProfile);
  });

  it('holds every source of the reference, labelled guideline or support group', () => {
    expect(Object.keys(defaultProfile.sources).sort()).to.deep.equal([...SOURCE_IDS].sort());
    expect(defaultProfile.sources['b12-society'].kind).to.equal('support-group');
    for (const id of SOURCE_IDS.filter((s) => s !== 'b12-society')) expect(defaultProfile.sources[id].kind).to.equal('guideline');
    expect(defaultProfile.sources['nice-ng239'].url).to.equal('https://www.nice.org.uk/guidance/ng239');
  });

  for (const row of STATUS_BANDS) {
    it(`${row.analyte}: every figure of the reference`, () => {
      const guidance = defaultProfile.analytes[row.analyte];
      expect(guidance.canonicalUnit).to.equal(row.canonicalUnit);
      expect(guidance.thresholds).to.deep.equal({ deficientBelow: row.deficientBelow, optimalFrom: row.optimalFrom, upperLimit: row.upperLimit });
      expect(guidance.plausibleMax).to.equal(row.plausibleMax);
    });
  }

  it('labels the support group’s optimal levels for folate and ferritin as support-group positions', () => {
    expect(defaultProfile.analytes.folate.thresholdSources.optimalFrom).to.deep.equal(['b12-society']);
    expect(defaultProfile.analytes.ferritin.thresholdSources.optimalFrom).to.deep.equal(['b12-society']);
    expect(defaultProfile.analytes.folate.thresholdSources.deficientBelow).to.deep.equal(['bsh-2014']);
    expect(defaultProfile.analytes.ferritin.thresholdSources.deficientBelow).to.deep.equal(['cks-iron']);
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
    profile.analytes.folate.thresholdSources.optimalFrom = ['my-blog'];
    expect(issuesOf(profile)).to.deep.equal([{ path: 'analytes.folate.thresholdSources.optimalFrom', message: 'cites source "my-blog", which is not in "sources"' }]);
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
      expect((error as Error).message).to.include('analytes.folate.thresholds.optimalFrom').and.include('analytes.ferritin.thresholds.optimalFrom');
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
    const cite = (ids: string[]) => ids.map(() => 'mine');
    for (const guidance of Object.values(profile.analytes)) {
      guidance.thresholdSources = {
        deficientBelow: cite(guidance.thresholdSources.deficientBelow),
        optimalFrom: cite(guidance.thresholdSources.optimalFrom),
        upperLimit: guidance.thresholdSources.upperLimit && cite(guidance.thresholdSources.upperLimit),
      };
    }
    profile.audience.sources = ['mine'];
    profile.plans.sources = ['mine'];
    profile.plans.loading.sources = ['mine'];
    profile.plans.neurologicalLoading.sources = ['mine'];
    for (const plan of Object.values(profile.plans.causes)) {
      plan.withNeurologicalSymptoms.sources = ['mine'];
      plan.withoutNeurologicalSymptoms.sources = ['mine'];
      plan.alternatives?.forEach((a) => (a.sources = ['mine']));
    }
    const custom = parseProfile(profile);

    const assessment = assessCofactors({ results: { folate: { value: 2, unit: 'µg/L' } } }, custom);
    expect(assessment.warnings[0]).to.deep.include({ id: 'folate-before-b12', severity: 'urgent' });
    expect(assessment.warnings[0].sources.map((s) => s.id)).to.deep.equal(['bsh-2014', 'bnf-hydroxo']);
    expect(assessment.warnings[0].sources[0].title).to.equal(SOURCES['bsh-2014'].title);

    const plan = buildTreatmentPlan({ cause: 'nitrous-oxide', neurologicalSymptoms: true }, custom);
    expect(plan.warnings.map((w) => w.id)).to.deep.equal(['neurological-urgent', 'nitrous-oxide']);
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
