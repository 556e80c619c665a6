import type { Source } from './types.js';

/**
 * The sources of `shared/clinical-reference.md`, keyed by id, in the shape a profile's
 * `sources` takes. The default profile cites these, and the safety rules cite them
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
    title: 'BNF: Folic acid (not to be given alone in vitamin B12 deficiency states: it may precipitate subacute combined degeneration)',
    url: 'https://bnf.nice.org.uk/drugs/folic-acid/',
    kind: 'national-guidance',
  },
  'bsh-2014': {
    title:
      'Devalia V et al. Guidelines for the diagnosis and treatment of cobalamin and folate disorders. Br J Haematol 2014;166:496–513',
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
    title: 'NHS laboratory reporting of total B12: raised above 914 ng/L (North Bristol NHS Trust, Severn Pathology)',
    url: 'https://nbt.nhs.uk/severn-pathology/requesting/test-information/vitamin-b12',
    kind: 'nhs-laboratory',
  },
  'lab-activeb12': {
    title: 'NHS laboratory active B12 range 25–165 pmol/L, with NG239 interpretation (North West London Pathology)',
    url: 'https://www.nwlpathology.nhs.uk/tests-database/vitamin-b12/',
    kind: 'nhs-laboratory',
  },
  'lab-folate': {
    title: 'NHS laboratory serum folate range 3.9–20 µg/L (Exeter Clinical Laboratory, Royal Devon University Healthcare)',
    url: 'https://exeterlaboratory.com/test/folate',
    kind: 'nhs-laboratory',
  },
  'lab-ferritin': {
    title:
      'NHS laboratory ferritin ranges differ by sex and lab: Royal Cornwall women 15–200, men 15–300 µg/L; Southend adults 15–300; Exeter women 13–150, men 30–400',
    url: 'https://pathology.royalcornwallhospitals.nhs.uk/viewTest.php?ID=201',
    kind: 'nhs-laboratory',
  },
  'iom-b6': {
    title:
      'Institute of Medicine, Dietary Reference Intakes (1998), vitamin B6 chapter: plasma PLP 20 nmol/L as the adequacy cut-off',
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
    title: 'Hydroxocobalamin 1 mg/ml solution for injection: summary of product characteristics (maintenance every 2–3 months; with neurological involvement every 2 months)',
    url: 'https://www.medicines.org.uk/emc/search?q=hydroxocobalamin',
    kind: 'national-guidance',
  },
  'sps-ng239': {
    title: 'NHS Specialist Pharmacy Service: summary of NICE’s visual summary for NG239 (at review, increase the frequency of injections if needed in line with the product information)',
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
