import { adviceWithBasis } from './advice-basis.js';
import { addDays, addMonths, formatIsoDate, parseIsoDate } from './iso-date.js';
import type { AlternativeGuidance, MaintenanceGuidance, Profile } from './profile-shape.js';
import { defaultProfile } from './profiles/uk-default.js';
import { planWarnings, type FolateKnown } from './safety.js';
import { resolveSources } from './source-lookup.js';
import { CAUSES, type Advice, type AlternativeId, type Cause, type Medicine, type Position, type ResultWarning, type Route, type Source } from './types.js';

export interface PlanInput {
  cause: Cause;
  /** `'unsure'` is planned as yes: the urgent, more intensive regimen is the safe reading. */
  neurologicalSymptoms: boolean | 'unsure';
  /**
   * Pregnant or planning a pregnancy. `'unsure'` is planned as pregnant: folic acid is
   * then never held back, and the review comes after 1 month.
   */
  pregnant?: boolean | 'unsure';
  /**
   * Breastfeeding: the review comes after 1 month, but the folic-acid rules are those for
   * anyone else (breastfeeding is not pregnancy).
   */
  breastfeeding?: boolean;
  /**
   * Whether a blood test has shown folate deficient or below optimal. Folic acid must
   * then wait for B12 treatment to start (unless pregnant); `'unknown'` gets a caution.
   */
  folateLow?: boolean | 'unknown';
  /** ISO yyyy-mm-dd of the first injection; with it the plan has a dated schedule. */
  startDate?: string;
  /** Today where the person is (ISO). With it, a start date more than a year away is refused as a typing mistake. */
  today?: string;
}

export type PhaseId = 'loading' | 'neurological-loading' | 'maintenance';

export interface PlanPhase {
  id: PhaseId;
  /** Whose position this phase is. */
  position: Position;
  medicine: Medicine;
  route: Route;
  doseMicrograms: number;
  /** For a dose range such as 50–150 micrograms. */
  doseMicrogramsMax?: number;
  doses?: number;
  everyDays?: number;
  durationDays?: number;
  /** Keep going until symptoms stop improving, as judged with the clinician. */
  untilNoFurtherImprovement?: boolean;
  intervalMonths?: number;
  /** Where the guideline's interval range starts; ask whether the shorter one suits you. */
  intervalMonthsMin?: number;
  continues?: MaintenanceGuidance['continues'];
  sources: Source[];
}

/**
 * `loading-response`: after the first weeks of alternate-day injections, see whether
 * symptoms still improve (this library's cut-off for a dated schedule).
 * `treatment-review`: NG239's review of symptoms, how the treatment suits the person,
 * and whether the cause is known.
 */
export type ReviewId = 'loading-response' | 'treatment-review';

export interface ScheduleEntry {
  date: string;
  /** The phase a dose or a loading review belongs to; absent for the treatment review. */
  phaseId?: PhaseId;
  kind: 'dose' | 'review';
  reviewId?: ReviewId;
  doseMicrograms?: number;
}

export interface Alternative {
  /** One of `ALTERNATIVE_IDS`, or the profile's own id that its `texts` word. */
  id: AlternativeId | (string & {});
  medicine: Medicine;
  route: Route;
  /** Absent where the source gives no dose. */
  doseMicrograms?: number;
  doseMicrogramsMax?: number;
  everyDays?: number;
  position: Position;
  sources: Source[];
}

export interface PlanReview {
  /** Months after the first dose. */
  afterMonths: number;
  position: Position;
  sources: Source[];
}

export interface PlanInputError {
  /** `profile`: the profile's figures give a schedule the engine will not make (see `MAX_SCHEDULE_ENTRIES`). */
  field: 'cause' | 'neurologicalSymptoms' | 'pregnant' | 'folateLow' | 'startDate' | 'profile';
  code: 'unknown-cause' | 'not-an-answer' | 'invalid-date' | 'too-far-in-past' | 'too-far-in-future' | 'schedule-too-long';
}

export interface TreatmentPlan {
  phases: PlanPhase[];
  /** Injections and reviews, sorted by date. Empty without a valid start date. */
  schedule: ScheduleEntry[];
  adviceIds: string[];
  /** The same advice, each with whose position it is and its sources. */
  advice: Advice[];
  /** Every source of `advice`, each once. */
  adviceSources: Source[];
  alternatives: Alternative[];
  /** When to review the treatment (NG239), dated in `schedule` when there is a start date. */
  review: PlanReview;
  /** Safety warnings, urgent first. Never removable by a profile. */
  warnings: ResultWarning[];
  /** What the plan was made for: "not sure" is planned as yes, and says so here. */
  plannedFor: { neurologicalSymptoms: boolean; assumedNeurologicalSymptoms: boolean; pregnant: boolean; assumedPregnant: boolean };
  /** What was wrong with the input, and what the plan assumed instead. */
  errors: PlanInputError[];
}

// Beyond these years a date is a typing mistake, not a treatment start.
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2999;
/** A first injection more than a year from today is a typing mistake: a schedule from it would help nobody. */
const START_DATE_WINDOW_MONTHS = 12;
/**
 * The most entries a dated schedule may have. A checked profile gives at most about 130
 * (three months of daily loading doses, three years of monthly injections); an unchecked
 * one with a typing mistake could ask for millions and freeze the page.
 */
export const MAX_SCHEDULE_ENTRIES = 500;

/**
 * The loading and maintenance regimen for a cause of B12 deficiency, with or without
 * neurological symptoms, and a dated schedule when a start date is given. Never throws:
 * an unknown cause is planned as `unknown` (lifelong until the cause is found, the safe
 * reading) and reported in `errors`.
 */
export function buildTreatmentPlan(input: PlanInput, profile: Profile = defaultProfile): TreatmentPlan {
  const errors: PlanInputError[] = [];
  const given: Partial<Record<keyof PlanInput, unknown>> = typeof input === 'object' && input !== null ? input : {};

  const cause = CAUSES.includes(given.cause as Cause) ? (given.cause as Cause) : 'unknown';
  if (cause !== given.cause) errors.push({ field: 'cause', code: 'unknown-cause' });
  const answeredNeurological = given.neurologicalSymptoms === true || given.neurologicalSymptoms === false || given.neurologicalSymptoms === 'unsure';
  if (!answeredNeurological) errors.push({ field: 'neurologicalSymptoms', code: 'not-an-answer' });
  // "Not sure", or no answer, is planned as "yes": the urgent, more intensive regimen is
  // the safe reading when we do not know.
  const neurologicalSymptoms = given.neurologicalSymptoms !== false;
  // "Not sure" is planned as pregnant: folic acid is never held back, and the review is sooner.
  const pregnant = given.pregnant === true || given.pregnant === 'unsure';
  if (given.pregnant !== undefined && typeof given.pregnant !== 'boolean' && given.pregnant !== 'unsure') errors.push({ field: 'pregnant', code: 'not-an-answer' });
  const breastfeeding = given.breastfeeding === true;
  const folate = readFolate(given.folateLow, errors);
  const start = readStartDate(given.startDate, given.today, errors);

  const { plans } = profile;
  const causePlan = plans.causes[cause];
  const maintenance = neurologicalSymptoms ? causePlan.withNeurologicalSymptoms : causePlan.withoutNeurologicalSymptoms;
  const loadingPhase = neurologicalSymptoms ? neurologicalLoadingPhase(profile) : standardLoadingPhase(profile, cause);
  const maintenancePhase = toMaintenancePhase(maintenance, profile);
  const injected = maintenance.route === 'intramuscular';
  const reviewAfterMonths = pregnant || breastfeeding ? plans.review.afterMonthsPregnant : plans.review.afterMonths;
  const advice = injected ? plans.injectedMaintenanceAdvice.map((id) => adviceWithBasis(profile, id)) : [];

  return {
    phases: [loadingPhase, maintenancePhase],
    schedule: start ? boundedSchedule(() => datedSchedule(start, neurologicalSymptoms, maintenance, reviewAfterMonths, profile), errors) : [],
    adviceIds: advice.map((a) => a.id),
    advice,
    adviceSources: resolveSources(
      profile,
      advice.flatMap((a) => a.sources.map((source) => source.id)),
    ),
    alternatives: neurologicalSymptoms ? [] : (causePlan.alternatives ?? []).map((a) => toAlternative(a, profile)),
    review: { afterMonths: reviewAfterMonths, position: plans.review.position, sources: resolveSources(profile, plans.review.sources) },
    warnings: planWarnings({ cause, neurologicalSymptoms, pregnant, breastfeeding, folate, reviewAfterMonthsPregnant: plans.review.afterMonthsPregnant }),
    plannedFor: {
      neurologicalSymptoms,
      assumedNeurologicalSymptoms: neurologicalSymptoms && given.neurologicalSymptoms !== true,
      pregnant,
      assumedPregnant: given.pregnant === 'unsure',
    },
    errors,
  };
}

function readFolate(raw: unknown, errors: PlanInputError[]): FolateKnown {
  if (raw === true) return 'low';
  if (raw === false || raw === undefined || raw === null) return 'not-low';
  // An answer the plan cannot read is treated as "I do not know": a caution, not silence.
  if (raw !== 'unknown') errors.push({ field: 'folateLow', code: 'not-an-answer' });
  return 'unknown';
}

function readStartDate(raw: unknown, today: unknown, errors: PlanInputError[]): Date | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const problem = startDateProblem(raw, today);
  if (problem) {
    errors.push({ field: 'startDate', code: problem });
    return undefined;
  }
  return parseIsoDate((raw as string).trim());
}

/**
 * What is wrong with a first-injection date, if anything: not a real date (or outside
 * 1900–2999), or more than a year before or after `today` when today is given. The plan
 * and a form asking for the date use this one rule.
 */
export function startDateProblem(startDate: unknown, today?: unknown): Extract<PlanInputError['code'], 'invalid-date' | 'too-far-in-past' | 'too-far-in-future'> | undefined {
  const date = typeof startDate === 'string' ? parseIsoDate(startDate.trim()) : undefined;
  if (!date) return 'invalid-date';
  // Knowing today, "9999" is best told as too far ahead; without it, only absurd years are refused.
  const todayDate = typeof today === 'string' ? parseIsoDate(today) : undefined;
  if (todayDate && date < addMonths(todayDate, -START_DATE_WINDOW_MONTHS)) return 'too-far-in-past';
  if (todayDate && date > addMonths(todayDate, START_DATE_WINDOW_MONTHS)) return 'too-far-in-future';
  const year = date.getUTCFullYear();
  return year < EARLIEST_YEAR || year > LATEST_YEAR ? 'invalid-date' : undefined;
}

function standardLoadingPhase(profile: Profile, cause: Cause): PlanPhase {
  const { medicine, route, doseMicrograms, doses, durationDays, position, sources } = profile.plans.loading;
  // For some causes the same injections are another body's position (diet: the support group's).
  const basis = profile.plans.causes[cause].loadingBasis ?? { position, sources };
  return { id: 'loading', position: basis.position, medicine, route, doseMicrograms, doses, durationDays, sources: resolveSources(profile, basis.sources) };
}

function neurologicalLoadingPhase(profile: Profile): PlanPhase {
  const { medicine, route, doseMicrograms, everyDays, untilNoFurtherImprovement, position, sources } = profile.plans.neurologicalLoading;
  return {
    id: 'neurological-loading',
    position,
    medicine,
    route,
    doseMicrograms,
    everyDays,
    untilNoFurtherImprovement,
    sources: resolveSources(profile, sources),
  };
}

function toMaintenancePhase(guidance: MaintenanceGuidance, profile: Profile): PlanPhase {
  const { sources, ...regimen } = guidance;
  return { id: 'maintenance', ...regimen, sources: resolveSources(profile, sources) };
}

function toAlternative({ sources, ...alternative }: AlternativeGuidance, profile: Profile): Alternative {
  return { ...alternative, sources: resolveSources(profile, sources) };
}

class ScheduleTooLong extends Error {}

/**
 * A schedule, or none and an error when the profile's figures would make it past the cap
 * or past the calendar (an unchecked profile: the schema bounds every plan figure).
 */
function boundedSchedule(make: () => ScheduleEntry[], errors: PlanInputError[]): ScheduleEntry[] {
  try {
    return make();
  } catch (error) {
    // Dates past the year 275760 are Invalid Date, whose formatting throws a RangeError.
    if (!(error instanceof ScheduleTooLong) && !(error instanceof RangeError)) throw error;
    errors.push({ field: 'profile', code: 'schedule-too-long' });
    return [];
  }
}

/**
 * The loading doses on their days, NG239's treatment review, then maintenance injections
 * from one interval after the last loading dose until at least `scheduleMonthsAhead`
 * months after the start. A daily oral medicine is described in its phase, not listed
 * once a day.
 */
function datedSchedule(start: Date, neurologicalSymptoms: boolean, maintenance: MaintenanceGuidance, reviewAfterMonths: number, profile: Profile): ScheduleEntry[] {
  const { loading, neurologicalLoading, scheduleMonthsAhead } = profile.plans;
  const onDay = (day: number) => formatIsoDate(addDays(start, day));

  const loadingPhaseId: PhaseId = neurologicalSymptoms ? 'neurological-loading' : 'loading';
  const loadingDose = neurologicalSymptoms ? neurologicalLoading.doseMicrograms : loading.doseMicrograms;
  const loadingDays = neurologicalSymptoms ? everyNthDay(neurologicalLoading.scheduleThroughDay, neurologicalLoading.everyDays) : loading.scheduleDays;
  if (loadingDays.length > MAX_SCHEDULE_ENTRIES) throw new ScheduleTooLong();
  const entries: ScheduleEntry[] = loadingDays.map((day) => ({
    date: onDay(day),
    phaseId: loadingPhaseId,
    kind: 'dose',
    doseMicrograms: loadingDose,
  }));
  if (neurologicalSymptoms) {
    entries.push({ date: onDay(neurologicalLoading.reviewDay), phaseId: loadingPhaseId, kind: 'review', reviewId: 'loading-response' });
  }
  entries.push({ date: formatIsoDate(addMonths(start, reviewAfterMonths)), kind: 'review', reviewId: 'treatment-review' });

  const interval = maintenance.intervalMonths;
  if (maintenance.route === 'intramuscular' && interval) {
    // With neurological symptoms loading lasts "until no further improvement"; the
    // schedule counts from the last loading dose it shows.
    const lastLoadingDose = addDays(start, loadingDays.at(-1) ?? 0);
    const horizon = formatIsoDate(addMonths(start, scheduleMonthsAhead));
    for (let n = 1; ; n++) {
      // Each date counts from the last loading dose, so short months do not drift the series.
      const date = formatIsoDate(addMonths(lastLoadingDose, n * interval));
      entries.push({ date, phaseId: 'maintenance', kind: 'dose', doseMicrograms: maintenance.doseMicrograms });
      if (date >= horizon) break;
      if (entries.length > MAX_SCHEDULE_ENTRIES) throw new ScheduleTooLong();
    }
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date));
}

/** Day 0 and every `everyDays` after it, up to and including `throughDay`. */
function everyNthDay(throughDay: number, everyDays: number): number[] {
  const count = Math.floor(throughDay / everyDays) + 1;
  if (!(count <= MAX_SCHEDULE_ENTRIES)) throw new ScheduleTooLong();
  return Array.from({ length: count }, (_, i) => i * everyDays);
}
