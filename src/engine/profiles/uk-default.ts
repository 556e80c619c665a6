import { DIARY_SYMPTOM_IDS, NEUROLOGICAL_DIARY_SYMPTOM_IDS } from '../diary-symptoms.js';
import { withoutInheritance } from '../own-data.js';
import type { MaintenanceGuidance, Profile } from '../profile-shape.js';
import { SOURCES } from '../sources.js';

/**
 * The default UK profile: every figure of `docs/clinical-reference.md`, each with the
 * ids of its sources. A charity can publish its own JSON of the same shape and pass it
 * to the widgets; this file is that JSON, typed.
 *
 * For adults (16 and over): NICE NG239 covers over-16s only. Its objects have no
 * prototype, so that a page's additions to Object.prototype cannot add to it.
 */
export const defaultProfile: Profile = withoutInheritance<Profile>({
  id: 'uk-default',
  version: '2026-12-04',
  name: 'UK guidance (NICE, BNF, BSH), NHS laboratory ranges and The B12 Society positions',
  audience: { minimumAgeYears: 16, sources: ['nice-ng239'] },
  sources: SOURCES,

  analytes: {
    // Serum total B12. 180–350 ng/L is NG239's indeterminate band: further tests (MMA),
    // not a supplement prompt. 914 is where NHS labs report B12 as raised.
    vitaminB12: {
      canonicalUnit: 'ng/L',
      conversions: [
        { from: 'ng/L', to: 'pg/mL', factor: 1 },
        // Molar mass 1355.4 g/mol.
        { from: 'ng/L', to: 'pmol/L', factor: 0.738 },
      ],
      thresholds: { deficientBelow: 180, optimalFrom: 350, upperLimit: 914 },
      plausibleMax: 50_000,
      thresholdBasis: {
        deficientBelow: { position: 'national-guidance', sources: ['nice-ng239'] },
        optimalFrom: { position: 'national-guidance', sources: ['nice-ng239'], note: 'NG239: 180–350 ng/L is indeterminate.' },
        upperLimit: { position: 'nhs-laboratory', sources: ['lab-b12'], note: 'Local methods may use other cut-offs.' },
      },
    },
    // Holotranscobalamin. 25–70 pmol/L is indeterminate, as for total B12.
    activeB12: {
      canonicalUnit: 'pmol/L',
      conversions: [],
      thresholds: { deficientBelow: 25, optimalFrom: 70, upperLimit: 165 },
      plausibleMax: 5_000,
      thresholdBasis: {
        deficientBelow: { position: 'national-guidance', sources: ['nice-ng239'] },
        optimalFrom: { position: 'national-guidance', sources: ['nice-ng239'], note: 'NG239: 25–70 pmol/L is indeterminate.' },
        upperLimit: { position: 'nhs-laboratory', sources: ['lab-activeb12'] },
      },
    },
    // Serum folate. Deficient below 3 µg/L per BSH, which prints "(7 nmol/L)": the widgets
    // convert the one figure (6.8 nmol/L) rather than show a second, rounded one.
    folate: {
      canonicalUnit: 'µg/L',
      conversions: [
        { from: 'µg/L', to: 'ng/mL', factor: 1 },
        // Molar mass 441.4 g/mol.
        { from: 'µg/L', to: 'nmol/L', factor: 2.266 },
      ],
      thresholds: { deficientBelow: 3.0, optimalFrom: 10, upperLimit: 20 },
      plausibleMax: 1_000,
      thresholdBasis: {
        deficientBelow: { position: 'national-guidance', sources: ['bsh-2014'] },
        optimalFrom: {
          position: 'support-group',
          sources: ['b12-society'],
          note: 'The B12 Society asks for "optimal" levels; the figure 10 is this library\'s reading of that position, not a number the source prints.',
        },
        upperLimit: { position: 'nhs-laboratory', sources: ['lab-folate'] },
      },
    },
    // Serum ferritin. Below 30 µg/L confirms iron deficiency (CKS); optimal from 50 is
    // the support group's (NHS Highland also reads 30–50 as possibly iron deficient).
    ferritin: {
      canonicalUnit: 'µg/L',
      conversions: [{ from: 'µg/L', to: 'ng/mL', factor: 1 }],
      thresholds: { deficientBelow: 30, optimalFrom: 50, upperLimit: 300 },
      plausibleMax: 100_000,
      thresholdBasis: {
        deficientBelow: { position: 'national-guidance', sources: ['cks-iron'] },
        optimalFrom: { position: 'support-group', sources: ['b12-society'] },
        upperLimit: {
          position: 'nhs-laboratory',
          sources: ['lab-ferritin'],
          typicalFor: 'men',
          note: 'Typical for men; many labs print a lower upper limit for women (150–235 µg/L).',
        },
      },
    },
    // Plasma pyridoxal 5'-phosphate. Optimal starts low on purpose: excess B6 harms nerves.
    // No upper limit: no NHS laboratory publishes a plasma PLP range, and non-UK ranges
    // run from about 20–125 to 23–223 nmol/L. "Above range" comes only from the person's
    // own lab range, and the 10 mg caution shows with every B6 result.
    vitaminB6: {
      canonicalUnit: 'nmol/L',
      // Molar mass 247.1 g/mol.
      conversions: [{ from: 'µg/L', to: 'nmol/L', factor: 4.046 }],
      thresholds: { deficientBelow: 20, optimalFrom: 30 },
      plausibleMax: 10_000,
      thresholdBasis: {
        deficientBelow: { position: 'scientific-reference', sources: ['iom-b6'] },
        optimalFrom: {
          position: 'support-group',
          sources: ['b12-society'],
          note: '30 is Leklem\'s suggested lower end of normal, cited by the IOM, which kept 20; "optimal" from 30 is the support group\'s position.',
        },
      },
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
      position: 'national-guidance',
      sources: ['bnf-hydroxo', 'b12-society'],
    },
    // With neurological symptoms (BNF): every 2 days until no further improvement. The
    // dated schedule shows three weeks of doses, then a review with the clinician: that
    // cut-off is this library's choice for a dated schedule, not a guideline figure.
    neurologicalLoading: {
      medicine: 'hydroxocobalamin',
      route: 'intramuscular',
      doseMicrograms: 1000,
      everyDays: 2,
      untilNoFurtherImprovement: true,
      scheduleThroughDay: 20,
      reviewDay: 21,
      position: 'national-guidance',
      sources: ['bnf-hydroxo'],
    },
    scheduleMonthsAhead: 12,
    causes: {
      // Pernicious anaemia. The BNF's "every 2–3 months" (widened from 3 after the
      // Pernicious Anaemia Society's review): the schedule uses 3, the words say 2–3.
      'autoimmune-gastritis': {
        withoutNeurologicalSymptoms: injected({ intervalMonths: 3, intervalMonthsMin: 2, continues: 'lifelong', sources: ['bnf-hydroxo', 'nice-ng239'] }),
        withNeurologicalSymptoms: injected({ intervalMonths: 2, continues: 'lifelong', sources: ['bnf-hydroxo', 'nice-ng239'] }),
      },
      // Gastric or ileal surgery, coeliac or Crohn's disease: lifelong where the cause
      // cannot be reversed (NG239).
      malabsorption: {
        withoutNeurologicalSymptoms: injected({ intervalMonths: 3, intervalMonthsMin: 2, continues: 'lifelong-if-cause-irreversible', sources: ['bnf-hydroxo', 'nice-ng239'] }),
        withNeurologicalSymptoms: injected({ intervalMonths: 2, continues: 'lifelong-if-cause-irreversible', sources: ['bnf-hydroxo', 'nice-ng239'] }),
        // NG239: oral cyanocobalamin of at least 1 mg a day. An alternative, never the default.
        alternatives: [{ id: 'oral-if-preferred', medicine: 'cyanocobalamin', route: 'oral', doseMicrograms: 1000, everyDays: 1, position: 'national-guidance', sources: ['nice-ng239'] }],
      },
      // Metformin, proton pump inhibitors and others: reviewed while the medicine continues.
      medication: {
        withoutNeurologicalSymptoms: injected({ intervalMonths: 3, intervalMonthsMin: 2, continues: 'while-medication-continues', sources: ['bnf-hydroxo', 'nice-ng239'] }),
        withNeurologicalSymptoms: injected({ intervalMonths: 2, continues: 'while-medication-continues', sources: ['bnf-hydroxo', 'nice-ng239'] }),
      },
      // Vegan or low animal-food diet: a daily tablet while the diet lacks B12. NG239's own
      // first step is dietary advice and a supplement, so injected loading is the support
      // group's position here, with NG239's oral route beside it.
      diet: {
        loadingBasis: { position: 'support-group', sources: ['b12-society'] },
        withoutNeurologicalSymptoms: {
          medicine: 'cyanocobalamin',
          route: 'oral',
          doseMicrograms: 50,
          doseMicrogramsMax: 150,
          everyDays: 1,
          continues: 'while-diet-lacks-b12',
          position: 'national-guidance',
          sources: ['bnf-cyano', 'nice-ng239'],
        },
        withNeurologicalSymptoms: injected({ intervalMonths: 2, continues: 'while-diet-lacks-b12', sources: ['bnf-hydroxo', 'nice-ng239'] }),
        // The dose is the BNF's; NG239's own first step is dietary advice and a supplement.
        alternatives: [
          {
            id: 'diet-oral-first',
            medicine: 'cyanocobalamin',
            route: 'oral',
            doseMicrograms: 50,
            doseMicrogramsMax: 150,
            everyDays: 1,
            position: 'national-guidance',
            sources: ['bnf-cyano'],
          },
        ],
      },
      // NG239: injections, or tablets by preference, with review. NG239's oral dose here
      // is not in the reference, so the alternative states none.
      'nitrous-oxide': {
        withoutNeurologicalSymptoms: injected({ intervalMonths: 3, intervalMonthsMin: 2, continues: 'until-reviewed', sources: ['bnf-hydroxo', 'nice-ng239'] }),
        withNeurologicalSymptoms: injected({ intervalMonths: 2, continues: 'until-reviewed', sources: ['bnf-hydroxo', 'nice-ng239'] }),
        alternatives: [{ id: 'oral-if-preferred', medicine: 'cyanocobalamin', route: 'oral', position: 'national-guidance', sources: ['nice-ng239'] }],
      },
      // Until the cause is found, treat as lifelong.
      unknown: {
        withoutNeurologicalSymptoms: injected({ intervalMonths: 3, intervalMonthsMin: 2, continues: 'until-cause-known', sources: ['nice-ng239', 'bnf-hydroxo'] }),
        withNeurologicalSymptoms: injected({ intervalMonths: 2, continues: 'until-cause-known', sources: ['nice-ng239', 'bnf-hydroxo'] }),
      },
    },
    // NG239 (as summarised by NASGP and NICE's visual summary): review after 3 months of
    // treatment, or after 1 month in pregnancy or breastfeeding.
    review: { afterMonths: 3, afterMonthsPregnant: 1, position: 'national-guidance', sources: ['nice-ng239'] },
    injectedMaintenanceAdvice: ['maintenance-review-frequency', 'follow-up-varies'],
  },

  // Whose position each piece of advice is: the reference's "Cofactor advice ids" table.
  advice: {
    'folate-supplement': {
      positions: ['support-group'],
      sources: ['b12-society'],
      whenDeficient: { positions: ['national-guidance'], sources: ['bsh-2014'] },
    },
    'iron-assess': { positions: ['national-guidance'], sources: ['cks-iron'] },
    'iron-supplement': { positions: ['support-group'], sources: ['b12-society'] },
    'b6-supplement': { positions: ['support-group'], sources: ['b12-society'] },
    'b12-treat': { positions: ['national-guidance'], sources: ['nice-ng239'] },
    'b12-treat-urgently-if-nerves': { positions: ['national-guidance'], sources: ['bsh-2014', 'bnf-hydroxo'] },
    'b12-further-tests': { positions: ['national-guidance'], sources: ['nice-ng239'] },
    'b12-pregnancy-test': { positions: ['national-guidance'], sources: ['nice-ng239'] },
    'b12-nitrous-caveat': { positions: ['national-guidance'], sources: ['nice-ng239'] },
    'start-cofactors-with-b12': { positions: ['support-group'], sources: ['b12-society'] },
    'lab-range-precedence': { positions: ['national-guidance', 'nhs-laboratory'], sources: ['bsh-2014', 'lab-b12'] },
    'b12-level-on-treatment': { positions: ['nhs-laboratory'], sources: ['lab-b12'] },
    // NG239 1.1.3 ("for some, the dose, frequency and way vitamin B12 replacement is given
    // may need to be adjusted"), SPS's summary of its review, and the licence's every 2
    // months. The support group's own words on frequency await a primary source, so it
    // has no piece of its own here (README, "Figures awaiting a primary source").
    'maintenance-review-frequency': {
      positions: ['national-guidance'],
      sources: ['nice-ng239', 'sps-ng239', 'hydroxo-spc'],
      figures: { licensedIntervalMonths: 2 },
    },
    'follow-up-varies': { positions: ['support-group'], sources: ['b12-society'] },
  },

  // The symptom diary's short list: a selection of NG239's common symptoms, as the NHS
  // website words them for patients. The diary says it is not complete.
  diary: {
    symptoms: DIARY_SYMPTOM_IDS.map((id) => ({
      id,
      position: 'national-guidance' as const,
      sources: ['nice-ng239', 'nhs-b12-symptoms'],
      ...(NEUROLOGICAL_DIARY_SYMPTOM_IDS.includes(id) && { neurological: true }),
    })),
  },
});

type InjectedMaintenance = Pick<MaintenanceGuidance, 'intervalMonths' | 'intervalMonthsMin' | 'continues' | 'sources'>;

/** Hydroxocobalamin 1000 micrograms by intramuscular injection, national guidance: every maintenance injection in the reference. */
function injected({ sources, ...interval }: InjectedMaintenance): MaintenanceGuidance {
  // In the schema's key order, so that this object and its parsed copy serialise alike.
  return { medicine: 'hydroxocobalamin', route: 'intramuscular', doseMicrograms: 1000, ...interval, position: 'national-guidance', sources };
}
