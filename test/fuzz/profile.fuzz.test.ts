/**
 * Hardening II: generated profiles, not only generated inputs. Each run takes the default
 * profile and changes one to four of its figures, names or lists to hostile values. A
 * profile is either refused with a ProfileError, or accepted and then every plan and
 * assessment made from it keeps the engine's promises.
 */
import fc from 'fast-check';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { assessCofactors, buildTreatmentPlan, CAUSES, defaultProfile, MAX_SCHEDULE_ENTRIES, parseProfile, type Profile } from '../../src/engine/index.js';
import { anyInput, anyStartDate } from '../engine/arbitraries.js';

const RUNS = Number(process.env.PROFILE_FUZZ_RUNS ?? 20_000);

/** Every path to a value in the default profile, objects and arrays included. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [path];
  const children = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [path, ...children.flatMap((key) => pathsOf((value as Record<string | number, unknown>)[key], [...path, key]))];
}
const PATHS = pathsOf(defaultProfile).filter((path) => path.length > 0);

const hostileValue = fc.oneof(
  fc.double(),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.constantFrom(0, -1, 1e308, 2e8, 36_500, Number.MAX_SAFE_INTEGER, Number.NaN, Infinity, 0.5, 13, 121, 5001),
  fc.string(),
  fc.constantFrom('', 'national-guidance', 'support-group', 'guideline', '__proto__', 'constructor', 'javascript:alert(1)'),
  fc.constant(undefined),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.integer({ min: -10, max: 400 }), fc.string()), { maxLength: 8 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);

/** Paths to numbers: changed to plausible numbers too, so many generated profiles pass the schema and reach the engine. */
const NUMBER_PATHS = PATHS.filter((path) => typeof path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], defaultProfile) === 'number');
const plausibleNumber = fc.oneof(fc.integer({ min: 0, max: 400 }), fc.double({ min: 0, max: 6000, noNaN: true }));

const mutation = fc.oneof(
  fc.record({ path: fc.constantFrom(...PATHS), value: hostileValue }),
  fc.record({ path: fc.constantFrom(...NUMBER_PATHS), value: plausibleNumber }),
  fc.record({ path: fc.constantFrom(...NUMBER_PATHS), value: plausibleNumber }),
);

function mutate(mutations: { path: (string | number)[]; value: unknown }[]): unknown {
  const profile = structuredClone(defaultProfile) as unknown as Record<string | number, unknown>;
  for (const { path, value } of mutations) {
    let target: Record<string | number, unknown> = profile;
    for (const key of path.slice(0, -1)) {
      const next = target[key];
      if (typeof next !== 'object' || next === null) break;
      target = next as Record<string | number, unknown>;
    }
    const last = path.at(-1)!;
    if (value === undefined) delete target[last];
    else target[last] = value;
  }
  return profile;
}

describe(`profile fuzz (${RUNS.toLocaleString('en-GB')} generated profiles)`, () => {
  it('parseProfile refuses with a ProfileError or accepts; every accepted profile plans and assesses within the engine’s promises', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...CAUSES),
        fc.constantFrom<boolean | 'unsure'>(true, false, 'unsure'),
        fc.boolean(),
        anyStartDate,
        anyInput,
        (mutations, cause, neurologicalSymptoms, pregnant, startDate, input) => {
          let profile: Profile;
          try {
            profile = parseProfile(mutate(mutations));
          } catch (error) {
            expect((error as Error).name, String(error)).to.equal('ProfileError');
            return;
          }
          accepted++;
          const plan = buildTreatmentPlan({ cause, neurologicalSymptoms, pregnant, folateLow: 'unknown', startDate }, profile);
          expect(plan.phases).to.have.length(2);
          expect(plan.schedule.length).to.be.at.most(MAX_SCHEDULE_ENTRIES);
          const dates = plan.schedule.map((entry) => entry.date);
          expect(dates).to.deep.equal([...dates].sort());
          expect(dates.every((date) => /^\d{4}-\d{2}-\d{2}$/.test(date))).to.equal(true);
          // An accepted profile is within the bounds, so its schedule is always made.
          expect(plan.errors.filter((error) => error.field === 'profile')).to.deep.equal([]);
          const assessment = assessCofactors(input as never, profile);
          expect(assessment.items).to.have.length(5);
        },
      ),
      { numRuns: RUNS },
    );
    // The run must exercise accepted profiles too, not only refusals.
    expect(accepted).to.be.greaterThan(RUNS / 20);
  });
});
