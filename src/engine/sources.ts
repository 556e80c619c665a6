import type { Source } from './types.js';

/**
 * The sources of `docs/clinical-reference.md`, keyed by id, in the shape a profile's
 * `sources` takes. A title is the document's own, as published (in English): what this
 * library says about a source is said in the widgets' words, beside each figure and
 * warning, where it is translated. The default profile cites these, and the safety rules cite them
 * directly so that a custom profile cannot drop the reasons behind a warning.
 *
 * `kind` is whose position the source states. Laboratory ranges are laboratory
 * practice, not national guidance; the Institute of Medicine is a US scientific body.
 */
export const SOURCES = {
  'nice-ng239': {
    title: 'NICE guideline NG239, Vitamin B12 deficiency in over 16s: diagnosis and management',
    url: 'https://www.nice.org.uk/guidance/ng239',
    year: 2024,
    kind: 'national-guidance',
  },
  'bnf-hydroxo': {
    title: 'BNF: Hydroxocobalamin',
    url: 'https://bnf.nice.org.uk/drugs/hydroxocobalamin/',
    kind: 'national-guidance',
  },
  'bnf-cyano': {
    title: 'BNF: Cyanocobalamin',
    url: 'https://bnf.nice.org.uk/drugs/cyanocobalamin/',
    kind: 'national-guidance',
  },
  'bnf-folic-acid': {
    title: 'BNF: Folic acid',
    url: 'https://bnf.nice.org.uk/drugs/folic-acid/',
    kind: 'national-guidance',
  },
  'bsh-2014': {
    title: 'Devalia V et al. Guidelines for the diagnosis and treatment of cobalamin and folate disorders. Br J Haematol 2014;166:496–513',
    url: 'https://doi.org/10.1111/bjh.12959',
    year: 2014,
    kind: 'national-guidance',
  },
  'cks-iron': {
    title: 'NICE CKS: Anaemia – iron deficiency',
    url: 'https://cks.nice.org.uk/topics/anaemia-iron-deficiency/',
    kind: 'national-guidance',
  },
  'nhs-b6': {
    title: 'NHS: Vitamin B — vitamin B6',
    url: 'https://www.nhs.uk/conditions/vitamins-and-minerals/vitamin-b/',
    kind: 'national-guidance',
  },
  'nhs-folic-acid-pregnancy': {
    title: 'NHS: Vitamins, supplements and nutrition in pregnancy',
    url: 'https://www.nhs.uk/pregnancy/keeping-well/vitamins-supplements-and-nutrition/',
    kind: 'national-guidance',
  },
  'mhra-metformin': {
    title: 'MHRA Drug Safety Update: Metformin and reduced vitamin B12 levels',
    url: 'https://www.gov.uk/drug-safety-update/metformin-and-reduced-vitamin-b12-levels-new-advice-for-monitoring-patients-at-risk',
    year: 2022,
    kind: 'national-guidance',
  },
  'lab-b12': {
    title: 'North Bristol NHS Trust, Severn Pathology: Vitamin B12',
    url: 'https://nbt.nhs.uk/severn-pathology/requesting/test-information/vitamin-b12',
    kind: 'nhs-laboratory',
  },
  'lab-activeb12': {
    title: 'North West London Pathology: Vitamin B12 (active B12)',
    url: 'https://www.nwlpathology.nhs.uk/tests-database/vitamin-b12/',
    kind: 'nhs-laboratory',
  },
  'lab-folate': {
    title: 'Exeter Clinical Laboratory, Royal Devon University Healthcare: Folate',
    url: 'https://exeterlaboratory.com/test/folate',
    kind: 'nhs-laboratory',
  },
  'lab-ferritin': {
    title: 'Royal Cornwall Hospitals pathology: Ferritin',
    url: 'https://pathology.royalcornwallhospitals.nhs.uk/viewTest.php?ID=201',
    kind: 'nhs-laboratory',
  },
  'iom-b6': {
    title: 'Institute of Medicine, Dietary Reference Intakes: Thiamin, Riboflavin, Niacin, Vitamin B6, Folate, Vitamin B12, Pantothenic Acid, Biotin, and Choline',
    url: 'https://nap.nationalacademies.org/read/6015',
    year: 1998,
    kind: 'scientific-reference',
  },
  'nhs-b12-symptoms': {
    title: 'NHS: Vitamin B12 or folate deficiency anaemia — symptoms',
    url: 'https://www.nhs.uk/conditions/vitamin-b12-or-folate-deficiency-anaemia/symptoms/',
    kind: 'national-guidance',
  },
  'hydroxo-spc': {
    title: 'Hydroxocobalamin 1 mg/ml solution for injection: summary of product characteristics',
    url: 'https://www.medicines.org.uk/emc/search?q=hydroxocobalamin',
    kind: 'national-guidance',
  },
  'sps-ng239': {
    title: 'NHS Specialist Pharmacy Service: NICE NG239 visual summary',
    url: 'https://www.sps.nhs.uk/',
    kind: 'national-guidance',
  },
  'b12-society': {
    title: 'The B12 Society: Treatment',
    url: 'https://theb12society.com/treatment',
    kind: 'support-group',
  },
} as const satisfies Record<string, Omit<Source, 'id'>>;

export type SourceId = keyof typeof SOURCES;

/** The reference's source with this id, as a citation. */
export function cite(id: SourceId): Source {
  return { id, ...SOURCES[id] };
}
