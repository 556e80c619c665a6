import { daysBetween, parseIsoDate } from './iso-date.js';

/*
 * The symptom diary's summary: injection-to-injection cycles, and whether symptoms came
 * back before the next injection. It reports what the person recorded; it does not judge
 * whether a dose is right. Its words are printed for a GP, so it claims only what the
 * record supports (the clinical reference's "The symptom diary"):
 * - Levels: none 0, mild 1, moderate 2, severe 3. A symptom not rated at a check-in is
 *   not recorded, never 0: two check-ins are compared only on the symptoms rated at both.
 * - A cycle runs from one injection (day 0) to the day before the next. Injections less
 *   than MIN_CYCLE_DAYS apart are loading doses or a top-up: such cycles are not
 *   summarised, and their gaps are not part of the usual gap.
 * - A complete cycle is assessable with at least three check-ins, one in its first half
 *   and one in its last quarter.
 * - A cycle's best day is its check-in with the lowest average level (the first if tied).
 *   Symptoms came back at the first later check-in at least CLEARLY_WORSE points above
 *   the best day over the symptoms rated on both, when the next check-in, if any, is too:
 *   one bad day followed by a good one is a bad day, not a return.
 * - The summary looks at the last CYCLES_SUMMARISED assessable cycles, and says nothing
 *   about returns from fewer than ENOUGH_CYCLES of them.
 */

/** How a symptom was on a check-in: 0 none, 1 mild, 2 moderate, 3 severe. */
export type SymptomLevel = 0 | 1 | 2 | 3;

export interface CheckIn {
  /** ISO date, yyyy-mm-dd. */
  date: string;
  /** Each rated symptom's level, by symptom id. A symptom not here was not rated. */
  levels: Readonly<Record<string, SymptomLevel>>;
}

export interface DiaryEntries {
  injections: readonly { date: string }[];
  checkIns: readonly CheckIn[];
}

/** How many points more than the best day, over the symptoms rated on both, is clearly worse. */
export const CLEARLY_WORSE = 2;
/** How many of the latest assessable cycles the summary looks at. */
export const CYCLES_SUMMARISED = 3;
/** Fewer assessable cycles than this, and the summary says there are not enough check-ins yet. */
export const ENOUGH_CYCLES = 2;
/** In how many of the cycles looked at symptoms must have come back before the advice shows. */
export const CAME_BACK_OFTEN = 2;
/** Injections closer than this are loading doses or a top-up, not a maintenance cycle. */
export const MIN_CYCLE_DAYS = 28;
/** An assessable cycle has at least this many check-ins. */
export const MIN_CHECK_INS_PER_CYCLE = 3;

export interface CyclePoint {
  date: string;
  /** Days since the cycle's injection: 0 on the injection day. */
  day: number;
  /** The sum of the levels rated at this check-in: what the charts draw. */
  score: number;
  /** The levels rated at this check-in. */
  levels: Readonly<Record<string, SymptomLevel>>;
}

export interface Cycle {
  injectionDate: string;
  /** Days from this injection to the next; undefined for the cycle still running. */
  lengthDays?: number;
  points: CyclePoint[];
  /** Complete, at least MIN_CYCLE_DAYS long, and with check-ins enough to judge (see above). */
  assessable: boolean;
  /** The check-in with the lowest average level, the first if tied. */
  best?: CyclePoint;
  /**
   * Where symptoms came back: clearly worse than the best day, and still so at the next
   * check-in. Only in an assessable cycle: the table and the chart show it, so it is a
   * claim, and a cycle without the check-ins to judge makes none.
   */
  cameBack?: CyclePoint;
}

export interface RecentCycles {
  /** At least ENOUGH_CYCLES assessable cycles: only then may the summary say anything about returns. */
  enough: boolean;
  /** How many assessable cycles were looked at: the last CYCLES_SUMMARISED at most. */
  cyclesLookedAt: number;
  /** In how many of them symptoms came back. */
  cyclesCameBack: number;
  /** Came back in at least CAME_BACK_OFTEN of them: then the advice about the treatment shows. */
  cameBackOften: boolean;
  /** The earliest and latest day of a return among them. */
  fromDay?: number;
  toDay?: number;
}

export interface DiarySummary {
  cycles: Cycle[];
  /** Check-ins dated before the first injection, which belong to no cycle. */
  beforeFirstInjection: CyclePoint[];
  recent: RecentCycles;
  /** The median gap between injections at least MIN_CYCLE_DAYS apart, in whole days. */
  usualIntervalDays?: number;
}

/** How far back a diary entry may be dated: a typing slip of a year is caught, years of history are not refused. */
export const DIARY_YEARS_BACK = 10;

/**
 * Why a date cannot be a diary entry's: a diary records what happened, so not after
 * today, and not more than DIARY_YEARS_BACK years before it. Undefined when it can.
 */
export function diaryDateProblem(iso: string, today: string): 'invalid-date' | 'in-future' | 'too-far-in-past' | undefined {
  const date = parseIsoDate(iso);
  const now = parseIsoDate(today);
  if (!date || !now) return 'invalid-date';
  if (iso > today) return 'in-future';
  const earliest = new Date(now);
  earliest.setUTCFullYear(now.getUTCFullYear() - DIARY_YEARS_BACK);
  return date < earliest ? 'too-far-in-past' : undefined;
}

/**
 * Check-ins in date order. Two on one day are ordered by what they recorded, so that the
 * order a diary's entries arrive in (two devices merged) never changes what it shows.
 */
export function byDate(a: CheckIn, b: CheckIn): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const [x, y] = [JSON.stringify(a.levels), JSON.stringify(b.levels)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The sum of the levels rated at a check-in. Not comparable between check-ins that rated different symptoms. */
export function overallScore(levels: Readonly<Record<string, SymptomLevel>>): number {
  return Object.values(levels).reduce<number>((sum, level) => sum + level, 0);
}

/**
 * How much worse `later` is than `earlier`, over the symptoms rated at both; undefined
 * when they have none in common, since then they cannot be compared.
 */
export function worseBy(earlier: Readonly<Record<string, SymptomLevel>>, later: Readonly<Record<string, SymptomLevel>>): number | undefined {
  const shared = Object.keys(later).filter((id) => Object.hasOwn(earlier, id));
  return shared.length ? shared.reduce((sum, id) => sum + later[id] - earlier[id], 0) : undefined;
}

/**
 * Cycles, their best days and returns, from a diary. Entries with a date that is not a
 * real date, and check-ins that rated nothing, are left out. With `symptom`, only that
 * symptom's levels count, and check-ins that did not rate it are left out.
 */
export function summariseDiary({ injections, checkIns }: DiaryEntries, { symptom }: { symptom?: string } = {}): DiarySummary {
  const real = (date: string) => parseIsoDate(date) !== undefined;
  const injectionDates = [...new Set(injections.map((injection) => injection.date).filter(real))].sort();
  const scored =
    symptom === undefined ? checkIns : checkIns.filter((checkIn) => Object.hasOwn(checkIn.levels, symptom)).map((checkIn) => ({ ...checkIn, levels: { [symptom]: checkIn.levels[symptom] } }));
  const entries = scored.filter((checkIn) => real(checkIn.date) && Object.keys(checkIn.levels).length > 0).sort(byDate);
  const pointOn =
    (injection: string) =>
    (checkIn: CheckIn): CyclePoint => ({ date: checkIn.date, day: daysBetween(injection, checkIn.date), score: overallScore(checkIn.levels), levels: checkIn.levels });

  const cycles: Cycle[] = injectionDates.map((date, index) => {
    const next = injectionDates[index + 1];
    const lengthDays = next === undefined ? undefined : daysBetween(date, next);
    const points = entries.filter((checkIn) => checkIn.date >= date && (next === undefined || checkIn.date < next)).map(pointOn(date));
    const best = bestDay(points);
    const assessable = isAssessable(lengthDays, points);
    return { injectionDate: date, lengthDays, points, assessable, best, cameBack: assessable && best ? cameBackAfter(best, points) : undefined };
  });
  const first = injectionDates[0];
  // Before any injection is recorded, every check-in is on day 0 of nothing.
  const beforeFirstInjection = entries.filter((checkIn) => first === undefined || checkIn.date < first).map((checkIn) => pointOn(first ?? checkIn.date)(checkIn));

  const gaps = cycles.flatMap((cycle) => (cycle.lengthDays !== undefined && cycle.lengthDays >= MIN_CYCLE_DAYS ? [cycle.lengthDays] : []));
  return { cycles, beforeFirstInjection, recent: recentCycles(cycles), usualIntervalDays: median(gaps) };
}

function isAssessable(lengthDays: number | undefined, points: CyclePoint[]): boolean {
  if (lengthDays === undefined || lengthDays < MIN_CYCLE_DAYS) return false;
  return points.length >= MIN_CHECK_INS_PER_CYCLE && points.some((point) => point.day < lengthDays / 2) && points.some((point) => point.day >= (lengthDays * 3) / 4);
}

const averageLevel = (point: CyclePoint) => point.score / Object.keys(point.levels).length;

function bestDay(points: CyclePoint[]): CyclePoint | undefined {
  return points.reduce<CyclePoint | undefined>((lowest, point) => (lowest === undefined || averageLevel(point) < averageLevel(lowest) ? point : lowest), undefined);
}

function cameBackAfter(best: CyclePoint, points: CyclePoint[]): CyclePoint | undefined {
  const clearlyWorse = (point: CyclePoint) => (worseBy(best.levels, point.levels) ?? 0) >= CLEARLY_WORSE;
  const after = points.filter((point) => point.day > best.day);
  return after.find((point, i) => clearlyWorse(point) && (i + 1 === after.length || clearlyWorse(after[i + 1])));
}

function recentCycles(cycles: Cycle[]): RecentCycles {
  const looked = cycles.filter((cycle) => cycle.assessable).slice(-CYCLES_SUMMARISED);
  const days = looked.flatMap((cycle) => (cycle.cameBack ? [cycle.cameBack.day] : []));
  const enough = looked.length >= ENOUGH_CYCLES;
  return {
    enough,
    cyclesLookedAt: looked.length,
    cyclesCameBack: days.length,
    cameBackOften: enough && days.length >= CAME_BACK_OFTEN,
    ...(days.length ? { fromDay: Math.min(...days), toDay: Math.max(...days) } : {}),
  };
}

/** The middle value; for an even count the mean of the two middle ones, to the nearest day. */
function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return Number.isInteger(middle) ? Math.round((sorted[middle - 1] + sorted[middle]) / 2) : sorted[Math.floor(middle)];
}
