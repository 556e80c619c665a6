import type { Profile } from '../profile-schema.js';
import { SOURCES } from '../sources.js';

/**
 * The default UK profile: every figure of `shared/clinical-reference.md`, each with the
 * ids of its sources. A charity can publish its own JSON of the same shape and pass it
 * to the widgets; this file is that JSON, typed.
 *
 * For adults (16 and over): NICE NG239 covers over-16s only.
 */
export const defaultProfile: Profile = {
  id: 'uk-default',
  version: '2026-11-24',
  name: 'UK guidance (NICE, BNF, BSH) with The B12 Society positions',
  audience: { minimumAgeYears: 16, sources: ['nice-ng239'] },
  sources: SOURCES,

  analytes: {
    // Serum total B12. 180–350 ng/L is NG239's indeterminate band: further tests (MMA),
    // not a supplement prompt. 914 is where UK labs report B12 as raised.
    vitaminB12: {
      canonicalUnit: 'ng/L',
      conversions: [
        { from: 'ng/L', to: 'pg/mL', factor: 1 },
        // Molar mass 1355.4 g/mol.
        { from: 'ng/L', to: 'pmol/L', factor: 0.738 },
      ],
      thresholds: { deficientBelow: 180, optimalFrom: 350, upperLimit: 914 },
      plausibleMax: 50_000,
      thresholdSources: { deficientBelow: ['nice-ng239'], optimalFrom: ['nice-ng239'], upperLimit: ['lab-b12'] },
    },
    // Holotranscobalamin. 25–70 pmol/L is indeterminate, as for total B12.
    activeB12: {
      canonicalUnit: 'pmol/L',
      conversions: [],
      thresholds: { deficientBelow: 25, optimalFrom: 70, upperLimit: 165 },
      plausibleMax: 5_000,
      thresholdSources: { deficientBelow: ['nice-ng239'], optimalFrom: ['nice-ng239'], upperLimit: ['lab-activeb12'] },
    },
    // Serum folate. Deficient below 3 µg/L (7 nmol/L) per BSH; "optimal, not just in
    // range" from 10 µg/L is this library's reading of The B12 Society's "upper half of
    // the usual range", so it is labelled as a support-group position.
    folate: {
      canonicalUnit: 'µg/L',
      conversions: [
        { from: 'µg/L', to: 'ng/mL', factor: 1 },
        // Molar mass 441.4 g/mol.
        { from: 'µg/L', to: 'nmol/L', factor: 2.266 },
      ],
      thresholds: { deficientBelow: 3.0, optimalFrom: 10, upperLimit: 20 },
      plausibleMax: 1_000,
      thresholdSources: { deficientBelow: ['bsh-2014'], optimalFrom: ['b12-society'], upperLimit: ['b12-society'] },
    },
    // Serum ferritin. Below 30 µg/L confirms iron deficiency (CKS); optimal from 50 is
    // the support group's; the upper limit is typical and varies by sex and lab.
    ferritin: {
      canonicalUnit: 'µg/L',
      conversions: [{ from: 'µg/L', to: 'ng/mL', factor: 1 }],
      thresholds: { deficientBelow: 30, optimalFrom: 50, upperLimit: 300 },
      plausibleMax: 100_000,
      thresholdSources: { deficientBelow: ['cks-iron'], optimalFrom: ['b12-society'], upperLimit: ['cks-iron'] },
    },
    // Plasma pyridoxal 5'-phosphate. Optimal starts low on purpose: excess B6 harms
    // nerves. The upper limit is typical of UK lab ranges (35–110) and lab-dependent.
    vitaminB6: {
      canonicalUnit: 'nmol/L',
      // Molar mass 247.1 g/mol.
      conversions: [{ from: 'µg/L', to: 'nmol/L', factor: 4.046 }],
      thresholds: { deficientBelow: 20, optimalFrom: 30, upperLimit: 110 },
      plausibleMax: 10_000,
      thresholdSources: { deficientBelow: ['iom-b6'], optimalFrom: ['iom-b6'], upperLimit: ['iom-b6'] },
    },
  },

  plans: {
    // Loading for everyone (The B12 Society; the BNF's regimen without neurological
    // involvement): six doses over two weeks, three a week.
    loading: {
      medicine: 'hydroxocobalamin',
      route: 'intramuscular',
      doseMicrograms: 1000,
      doses: 6,
      durationDays: 14,
      scheduleDays: [0, 2, 4, 7, 9, 11],
      sources: ['b12-society', 'bnf-hydroxo'],
    },
    // With neurological symptoms (BNF): every 2 days until no further improvement. The
    // dated schedule shows three weeks of doses, then a review with the clinician.
    neurologicalLoading: {
      medicine: 'hydroxocobalamin',
      route: 'intramuscular',
      doseMicrograms: 1000,
      everyDays: 2,
      untilNoFurtherImprovement: true,
      scheduleThroughDay: 20,
      reviewDay: 21,
      sources: ['bnf-hydroxo'],
    },
    scheduleMonthsAhead: 12,
    causes: {
      // Pernicious anaemia. The BNF's "every 2–3 months" (widened from 3 after the
      // Pernicious Anaemia Society's review): the schedule uses 3, the words say 2–3.
      'autoimmune-gastritis': {
        withoutNeurologicalSymptoms: injected({ intervalMonths: 3, intervalMonthsMin: 2, lifelong: true, continues: 'lifelong', sources: ['bnf-hydroxo', 'nice-ng239'] }),
        withNeurologicalSymptoms: injected({ intervalMonths: 2, lifelong: true, continues: 'lifelong', sources: ['bnf-hydroxo', 'nice-ng239'] }),
      },
      // Gastric or ileal surgery, coeliac or Crohn's disease.
      malabsorption: {
        withoutNeurologicalSymptoms: injected({ intervalMonths: 3, intervalMonthsMin: 2, lifelong: true, continues: 'lifelong', sources: ['bnf-hydroxo', 'nice-ng239'] }),
        withNeurologicalSymptoms: injected({ intervalMonths: 2, lifelong: true, continues: 'lifelong', sources: ['bnf-hydroxo', 'nice-ng239'] }),
        // NG239: oral cyanocobalamin of at least 1 mg a day when the person prefers it and
        // has no neurological symptoms. An alternative, never the default.
        alternatives: [
          { medicine: 'cyanocobalamin', route: 'oral', doseMicrograms: 1000, everyDays: 1, note: 'oral-if-preferred', sources: ['nice-ng239'] },
        ],
      },
      // Metformin, proton pump inhibitors and others: review while the medicine continues.
      medication: {
        withoutNeurologicalSymptoms: injected({ intervalMonths: 3, lifelong: false, continues: 'while-medication-continues', sources: ['nice-ng239'] }),
        withNeurologicalSymptoms: injected({ intervalMonths: 2, lifelong: false, continues: 'while-medication-continues', sources: ['nice-ng239', 'bnf-hydroxo'] }),
      },
      // Vegan or low animal-food diet: a daily tablet while the diet lacks B12.
      diet: {
        withoutNeurologicalSymptoms: {
          medicine: 'cyanocobalamin',
          route: 'oral',
          doseMicrograms: 50,
          doseMicrogramsMax: 150,
          everyDays: 1,
          lifelong: false,
          continues: 'while-diet-lacks-b12',
          sources: ['bnf-cyano', 'nice-ng239'],
        },
        withNeurologicalSymptoms: injected({ intervalMonths: 2, lifelong: false, continues: 'while-diet-lacks-b12', sources: ['nice-ng239', 'bnf-hydroxo'] }),
      },
      'nitrous-oxide': {
        withoutNeurologicalSymptoms: injected({ intervalMonths: 3, lifelong: false, continues: 'until-reviewed', sources: ['nice-ng239'] }),
        withNeurologicalSymptoms: injected({ intervalMonths: 2, lifelong: false, continues: 'until-reviewed', sources: ['nice-ng239', 'bnf-hydroxo'] }),
      },
      // Until the cause is found, treat as lifelong.
      unknown: {
        withoutNeurologicalSymptoms: injected({ intervalMonths: 3, lifelong: true, continues: 'until-cause-known', sources: ['nice-ng239', 'bnf-hydroxo'] }),
        withNeurologicalSymptoms: injected({ intervalMonths: 2, lifelong: true, continues: 'until-cause-known', sources: ['nice-ng239', 'bnf-hydroxo'] }),
      },
    },
    // The B12 Society: people whose symptoms return before the next injection should
    // discuss more frequent injections; follow-up varies with cause and symptoms.
    injectedMaintenanceAdvice: ['maintenance-more-often', 'follow-up-varies'],
    sources: ['b12-society'],
  },
};

type InjectedMaintenance = Pick<
  Profile['plans']['causes']['diet']['withNeurologicalSymptoms'],
  'intervalMonths' | 'intervalMonthsMin' | 'lifelong' | 'continues' | 'sources'
>;

/** Hydroxocobalamin 1000 micrograms by intramuscular injection: every maintenance injection in the reference. */
function injected(details: InjectedMaintenance): Profile['plans']['causes']['diet']['withNeurologicalSymptoms'] {
  return { medicine: 'hydroxocobalamin', route: 'intramuscular', doseMicrograms: 1000, ...details };
}
