/**
 * Names shared by every part of the engine. These are the public, semver-stable types of
 * `b12-widgets/engine`; the README's "The engine" describes the contract they implement.
 */

/** The blood tests the checker understands. */
export type Analyte = 'vitaminB12' | 'activeB12' | 'folate' | 'ferritin' | 'vitaminB6';

/**
 * Every analyte in the fixed order results are returned in: total B12 and active B12
 * first (the deficiency itself), then the cofactors.
 */
export const ANALYTES: readonly Analyte[] = ['vitaminB12', 'activeB12', 'folate', 'ferritin', 'vitaminB6'];

/** The cofactors: the nutrients B12 treatment depends on, as opposed to B12 itself. */
export const COFACTORS: readonly Analyte[] = ['folate', 'ferritin', 'vitaminB6'];

/** Where a value stands against the profile's bands for its analyte. */
export type Status = 'deficient' | 'below-optimal' | 'optimal' | 'above-range' | 'not-entered';

/**
 * Whose position a figure or a piece of advice is. Set explicitly on every figure,
 * phase and piece of advice in a profile, never guessed from its sources, and said in
 * words on screen so that a reader can weigh each one:
 * - `national-guidance`: NICE (NG239, CKS), the BNF, the BSH, the NHS website, the MHRA;
 * - `nhs-laboratory`: what UK NHS laboratories print as a reference range (these differ
 *   between labs and methods, so the person's own report comes first);
 * - `scientific-reference`: reference values of scientific bodies outside the UK health
 *   service, such as the US Institute of Medicine;
 * - `support-group`: a patient organisation's position, such as The B12 Society's.
 */
export type Position = 'national-guidance' | 'nhs-laboratory' | 'scientific-reference' | 'support-group';

export const POSITIONS: readonly Position[] = ['national-guidance', 'nhs-laboratory', 'scientific-reference', 'support-group'];

/** The kind of a source is the kind of position it states. */
export type SourceKind = Position;

/** A citation for a figure, a piece of advice or a warning. */
export interface Source {
  /** A short stable id, such as `nice-ng239`. */
  id: string;
  title: string;
  /** Absent only for a source still awaiting a primary, public page. */
  url?: string;
  year?: number;
  kind: SourceKind;
}

export type Severity = 'urgent' | 'caution' | 'info';

/** Every safety warning the engine can give; see the reference's "Safety rules". */
export const WARNING_IDS = [
  'folate-before-b12',
  'folate-b12-normal',
  'folate-pregnancy',
  'b6-supplement-limit',
  'b6-above-range',
  'ferritin-inflammation',
  'ferritin-above-range',
  'b12-above-range',
  'neurological-urgent',
  'pregnancy',
  'nitrous-oxide',
  'medicine-do-not-stop',
  'cause-unknown',
  'diary-urgent-symptoms',
] as const;

export type WarningId = (typeof WARNING_IDS)[number];

/**
 * The warnings blood results and a treatment plan can bring: every one but the diary's
 * safety net, which only a diary gives. So the checker and the plan carry only these words.
 */
export type ResultWarningId = Exclude<WarningId, 'diary-urgent-symptoms'>;

/** A safety warning. Warnings come from engine code, never from profile data. */
export interface Warning<Id extends WarningId = WarningId> {
  id: Id;
  severity: Severity;
  /**
   * The blood tests the warning is about, so that a widget can place it beside their
   * results; empty for a warning about the whole plan.
   */
  analytes: Analyte[];
  sources: Source[];
  /**
   * The clinical figures the warning's words need, such as `maxDailyMilligrams: 10` for
   * vitamin B6. They live with the rule so that no element holds a clinical number.
   */
  figures?: Record<string, number>;
  /**
   * The unit of each figure that is a measurement, such as `ferritinUpTo: 'µg/L'`, so
   * the words never name a unit the rule does not use.
   */
  units?: Record<string, string>;
  /**
   * Which of a rule's wordings applies, where the same rule is said differently in two
   * situations: `folate-pregnancy` asks for a B12 test in the checker (`check-b12`) and for
   * treatment to start promptly in a plan, where the deficiency is known (`start-b12-treatment`).
   */
  wording?: 'check-b12' | 'start-b12-treatment';
}

/** A warning of blood results or a treatment plan: never the diary's safety net. */
export type ResultWarning = Warning<ResultWarningId>;

/** Every piece of advice `assessCofactors` can give; a profile must say whose position each is. */
export const COFACTOR_ADVICE_IDS = [
  'folate-supplement',
  'iron-assess',
  'iron-supplement',
  'b6-supplement',
  'b12-treat',
  'b12-treat-urgently-if-nerves',
  'b12-further-tests',
  'b12-pregnancy-test',
  'b12-nitrous-caveat',
  'start-cofactors-with-b12',
  'lab-range-precedence',
  'b12-level-on-treatment',
] as const;

/**
 * Advice a profile can show beside an injected maintenance plan (`injectedMaintenanceAdvice`),
 * and that the diary shows when symptoms came back often (`maintenance-review-frequency`).
 */
export const PLAN_ADVICE_IDS = ['maintenance-review-frequency', 'follow-up-varies'] as const;

/**
 * Every piece of advice the widgets have words for. A profile may name others (its own
 * advice for injected maintenance, say) only if it gives their words in `texts`.
 */
export const ADVICE_IDS = [...COFACTOR_ADVICE_IDS, ...PLAN_ADVICE_IDS] as const;

export type AdviceId = (typeof ADVICE_IDS)[number];

/** Alternatives to the default plan the widgets have words for; as with advice, a profile's own need `texts`. */
export const ALTERNATIVE_IDS = ['oral-if-preferred', 'diet-oral-first'] as const;

export type AlternativeId = (typeof ALTERNATIVE_IDS)[number];

/** A piece of advice, whose position it is, and where it comes from. */
export interface Advice {
  /** One of `ADVICE_IDS`, or an id of the profile's own that its `texts` word. */
  id: AdviceId | (string & {});
  /** Whose position it is; more than one where several say the same, such as NG239 and the support group. */
  positions: Position[];
  sources: Source[];
  /** The figures its words need, such as `licensedIntervalMonths: 2`, from the profile. */
  figures?: Record<string, number>;
}

export function isAdviceId(id: string): id is AdviceId {
  return (ADVICE_IDS as readonly string[]).includes(id);
}

export function isAlternativeId(id: string): id is AlternativeId {
  return (ALTERNATIVE_IDS as readonly string[]).includes(id);
}

export type Medicine = 'hydroxocobalamin' | 'cyanocobalamin';
export type Route = 'intramuscular' | 'oral';

export type Cause = 'autoimmune-gastritis' | 'diet' | 'malabsorption' | 'medication' | 'nitrous-oxide' | 'unknown';

export const CAUSES: readonly Cause[] = ['autoimmune-gastritis', 'malabsorption', 'medication', 'diet', 'nitrous-oxide', 'unknown'];
