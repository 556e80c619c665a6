import type { Source } from './types.js';

/**
 * The sources of `shared/clinical-reference.md`, keyed by id, in the shape a profile's
 * `sources` takes. The default profile cites these,
 * and the safety rules cite them directly so that a custom profile cannot drop the
 * reasons behind a warning.
 */
export const SOURCES = {
  'nice-ng239': {
    title: 'NICE guideline NG239, Vitamin B12 deficiency in over 16s: diagnosis and management',
    url: 'https://www.nice.org.uk/guidance/ng239',
    year: 2024,
    kind: 'guideline',
  },
  'bnf-hydroxo': {
    title: 'BNF: Hydroxocobalamin',
    url: 'https://bnf.nice.org.uk/drugs/hydroxocobalamin/',
    kind: 'guideline',
  },
  'bnf-cyano': {
    title: 'BNF: Cyanocobalamin',
    url: 'https://bnf.nice.org.uk/drugs/cyanocobalamin/',
    kind: 'guideline',
  },
  'bsh-2014': {
    title:
      'Devalia V et al. Guidelines for the diagnosis and treatment of cobalamin and folate disorders. Br J Haematol 2014;166:496–513',
    url: 'https://doi.org/10.1111/bjh.12959',
    year: 2014,
    kind: 'guideline',
  },
  'cks-iron': {
    title: 'NICE CKS: Anaemia – iron deficiency',
    url: 'https://cks.nice.org.uk/topics/anaemia-iron-deficiency/',
    kind: 'guideline',
  },
  'iom-b6': {
    title:
      'Institute of Medicine, Dietary Reference Intakes (1998), vitamin B6 chapter: plasma PLP 20 nmol/L as adequacy cut-off',
    url: 'https://nap.nationalacademies.org/read/6015',
    year: 1998,
    kind: 'guideline',
  },
  'nhs-b6': {
    title: 'NHS: Vitamin B — vitamin B6',
    url: 'https://www.nhs.uk/conditions/vitamins-and-minerals/vitamin-b/',
    kind: 'guideline',
  },
  'lab-b12': {
    title: 'UK NHS laboratory reporting of total B12 (North Bristol / RUH Bath test pages)',
    url: 'https://nbt.nhs.uk/severn-pathology/requesting/test-information/vitamin-b12',
    kind: 'guideline',
  },
  'lab-activeb12': {
    title: 'UK NHS laboratory active B12 range 25–165 pmol/L with NG239 interpretation (North West London Pathology)',
    url: 'https://www.nwlpathology.nhs.uk/tests-database/vitamin-b12/',
    kind: 'guideline',
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
