import { addDays, addMonths, formatIsoDate, parseIsoDate } from './iso-date.js';
import type { AlternativeGuidance, MaintenanceGuidance, Profile } from './profile-schema.js';
import { defaultProfile } from './profiles/uk-default.js';
import { planWarnings } from './safety.js';
import { resolveSources } from './source-lookup.js';
import { CAUSES, type Cause, type Medicine, type Route, type Source, type Warning } from './types.js';

export interface PlanInput {
  cause: Cause;
  neurologicalSymptoms: boolean;
  /** Pregnant or breastfeeding. */
  pregnant?: boolean;
  /** ISO yyyy-mm-dd of the first injection; with it the plan has a dated schedule. */
  startDate?: string;
  /**
   * A blood test has shown folate deficient or below optimal. Folic acid must then wait
   * for B12 treatment to start, so the plan carries the same warning as the checker.
   */
  folateLow?: boolean;
}

export type PhaseId = 'loading' | 'neurological-loading' | 'maintenance';

export interface PlanPhase {
  id: PhaseId;
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
  lifelong?: boolean;
  continues?: MaintenanceGuidance['continues'];
  sources: Source[];
}

export interface ScheduleEntry {
  date: string;
  phaseId: PhaseId;
  kind: 'dose' | 'review';
  doseMicrograms?: number;
}

export interface Alternative {
  medicine: Medicine;
  route: Route;
  doseMicrograms: number;
  everyDays?: number;
  note: string;
  sources: Source[];
}

export interface PlanInputError {
  field: 'cause' | 'neurologicalSymptoms' | 'startDate';
  code: 'unknown-cause' | 'not-a-boolean' | 'invalid-date';
}

export interface TreatmentPlan {
  phases: PlanPhase[];
  /** Injections and reviews, sorted by date. Empty without a valid start date. */
  schedule: ScheduleEntry[];
  adviceIds: string[];
  /** The sources of `adviceIds`: support-group positions, labelled as such. */
  adviceSources: Source[];
  alternatives: Alternative[];
  /** Safety warnings, urgent first. Never removable by a profile. */
  warnings: Warning[];
  /** What was wrong with the input, and what the plan assumed instead. */
  errors: PlanInputError[];
}

// Beyond these years a date is a typing mistake, not a treatment start.
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2999;

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
  // A missing answer about neurological symptoms is planned as "yes": the urgent,
  // more intensive regimen is the safe reading when we do not know.
  const neurologicalSymptoms = given.neurologicalSymptoms !== false;
  if (typeof given.neurologicalSymptoms !== 'boolean') errors.push({ field: 'neurologicalSymptoms', code: 'not-a-boolean' });
  const pregnant = given.pregnant === true;
  const folateLow = given.folateLow === true;
  const start = readStartDate(given.startDate, errors);

  const { plans } = profile;
  const causePlan = plans.causes[cause];
  const maintenance = neurologicalSymptoms ? causePlan.withNeurologicalSymptoms : causePlan.withoutNeurologicalSymptoms;
  const loadingPhase = neurologicalSymptoms ? neurologicalLoadingPhase(profile) : standardLoadingPhase(profile);
  const maintenancePhase = toMaintenancePhase(maintenance, profile);
  const injected = maintenance.route === 'intramuscular';

  return {
    phases: [loadingPhase, maintenancePhase],
    schedule: start ? datedSchedule(start, neurologicalSymptoms, maintenance, profile) : [],
    adviceIds: injected ? [...plans.injectedMaintenanceAdvice] : [],
    adviceSources: injected ? resolveSources(profile, plans.sources) : [],
    alternatives: neurologicalSymptoms ? [] : (causePlan.alternatives ?? []).map((a) => toAlternative(a, profile)),
    warnings: planWarnings({ cause, neurologicalSymptoms, pregnant, folateLow }),
    errors,
  };
}

function readStartDate(raw: unknown, errors: PlanInputError[]): Date | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const date = typeof raw === 'string' ? parseIsoDate(raw.trim()) : undefined;
  const year = date?.getUTCFullYear() ?? 0;
  if (!date || year < EARLIEST_YEAR || year > LATEST_YEAR) {
    errors.push({ field: 'startDate', code: 'invalid-date' });
    return undefined;
  }
  return date;
}

function standardLoadingPhase(profile: Profile): PlanPhase {
  const { medicine, route, doseMicrograms, doses, durationDays, sources } = profile.plans.loading;
  return { id: 'loading', medicine, route, doseMicrograms, doses, durationDays, sources: resolveSources(profile, sources) };
}

function neurologicalLoadingPhase(profile: Profile): PlanPhase {
  const { medicine, route, doseMicrograms, everyDays, untilNoFurtherImprovement, sources } = profile.plans.neurologicalLoading;
  return {
    id: 'neurological-loading',
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

/**
 * The loading doses on their days, then maintenance injections from one interval after
 * the last loading dose until at least `scheduleMonthsAhead` months after the start. A
 * daily oral medicine is described in its phase, not listed once a day.
 */
function datedSchedule(start: Date, neurologicalSymptoms: boolean, maintenance: MaintenanceGuidance, profile: Profile): ScheduleEntry[] {
  const { loading, neurologicalLoading, scheduleMonthsAhead } = profile.plans;
  const onDay = (day: number) => formatIsoDate(addDays(start, day));

  const loadingPhaseId: PhaseId = neurologicalSymptoms ? 'neurological-loading' : 'loading';
  const loadingDose = neurologicalSymptoms ? neurologicalLoading.doseMicrograms : loading.doseMicrograms;
  const loadingDays = neurologicalSymptoms
    ? everyNthDay(neurologicalLoading.scheduleThroughDay, neurologicalLoading.everyDays)
    : loading.scheduleDays;
  const entries: ScheduleEntry[] = loadingDays.map((day) => ({
    date: onDay(day),
    phaseId: loadingPhaseId,
    kind: 'dose',
    doseMicrograms: loadingDose,
  }));
  if (neurologicalSymptoms) {
    entries.push({ date: onDay(neurologicalLoading.reviewDay), phaseId: loadingPhaseId, kind: 'review' });
  }

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
    }
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date));
}

/** Day 0 and every `everyDays` after it, up to and including `throughDay`. */
function everyNthDay(throughDay: number, everyDays: number): number[] {
  return Array.from({ length: Math.floor(throughDay / everyDays) + 1 }, (_, i) => i * everyDays);
}
