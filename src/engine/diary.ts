import { daysBetween, parseIsoDate } from './iso-date.js';

/*
 * The symptom diary's summary: injection-to-injection cycles, and on which day of each
 * cycle the person's symptoms got clearly worse again. It reports what the person
 * recorded, in their own scores; it does not judge whether a dose is right. That is a
 * conversation with their GP, which the summary is for.
 *
 * The rule, in words a clinician can check:
 * - A check-in's overall score is the sum of its symptoms' levels: none 0, mild 1,
 *   moderate 2, severe 3.
 * - A cycle runs from one injection (day 0) up to the day before the next. A check-in
 *   on an injection day belongs to the cycle that injection starts.
 * - In each cycle, the best day is the first check-in with the cycle's lowest score.
 * - Symptoms "got worse again" on the first check-in after the best day whose score is
 *   at least CLEARLY_WORSE (2) higher: one symptom two levels worse, or two symptoms one
 *   level worse each. One symptom one level worse is not counted, as a day's variation.
 * - The summary looks at the last three complete cycles (a cycle is complete once the
 *   next injection is recorded) and gives the earliest and latest such day among them.
 */

/** How a symptom was on a check-in: 0 none, 1 mild, 2 moderate, 3 severe. */
export type SymptomLevel = 0 | 1 | 2 | 3;

export interface CheckIn {
  /** ISO date, yyyy-mm-dd. */
  date: string;
  /** Each recorded symptom's level, by symptom id. */
  levels: Readonly<Record<string, SymptomLevel>>;
}

export interface DiaryEntries {
  injections: readonly { date: string }[];
  checkIns: readonly CheckIn[];
}

/** How much higher than a cycle's best score counts as clearly worse again. */
export const CLEARLY_WORSE = 2;
/** How many of the latest complete cycles the summary looks at. */
export const CYCLES_SUMMARISED = 3;

export interface CyclePoint {
  date: string;
  /** Days since the cycle's injection: 0 on the injection day. */
  day: number;
  score: number;
}

export interface Cycle {
  injectionDate: string;
  /** Days from this injection to the next; undefined for the cycle still running. */
  lengthDays?: number;
  points: CyclePoint[];
  /** The first check-in with the cycle's lowest score. */
  best?: CyclePoint;
  /** The first check-in after the best day that is clearly worse (see the rule above). */
  worseAgain?: CyclePoint;
}

export interface DiarySummary {
  cycles: Cycle[];
  /** Check-ins dated before the first injection, which belong to no cycle. */
  beforeFirstInjection: CyclePoint[];
  /** Among the last complete cycles: how many were looked at, how many got worse again, and on which days. */
  recent?: { cyclesLookedAt: number; cyclesWorseAgain: number; fromDay?: number; toDay?: number };
  /** The middle gap between injections, in days (the lower middle for an even count). */
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

export function overallScore(levels: Readonly<Record<string, SymptomLevel>>): number {
  return Object.values(levels).reduce<number>((sum, level) => sum + level, 0);
}


/**
 * Cycles and their return days from a diary. Entries with a date that is not a real date
 * are left out. With `symptom`, scores are that one symptom's level, and check-ins that
 * did not record it are left out.
 */
export function summariseDiary({ injections, checkIns }: DiaryEntries, { symptom }: { symptom?: string } = {}): DiarySummary {
  const real = (date: string) => parseIsoDate(date) !== undefined;
  const injectionDates = [...new Set(injections.map((injection) => injection.date).filter(real))].sort();
  const scored = symptom === undefined ? checkIns : checkIns.filter((checkIn) => Object.hasOwn(checkIn.levels, symptom)).map((checkIn) => ({ ...checkIn, levels: { [symptom]: checkIn.levels[symptom] } }));
  const entries = scored.filter((checkIn) => real(checkIn.date)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const cycles: Cycle[] = injectionDates.map((date, index) => {
    const next = injectionDates[index + 1];
    const points = entries
      .filter((checkIn) => checkIn.date >= date && (next === undefined || checkIn.date < next))
      .map((checkIn) => ({ date: checkIn.date, day: daysBetween(date, checkIn.date), score: overallScore(checkIn.levels) }));
    return { injectionDate: date, lengthDays: next === undefined ? undefined : daysBetween(date, next), points, ...turningPoints(points) };
  });
  const first = injectionDates[0];
  const beforeFirstInjection = entries
    .filter((checkIn) => first === undefined || checkIn.date < first)
    .map((checkIn) => ({ date: checkIn.date, day: first === undefined ? 0 : daysBetween(first, checkIn.date), score: overallScore(checkIn.levels) }));

  const gaps = cycles.flatMap((cycle) => (cycle.lengthDays === undefined ? [] : [cycle.lengthDays]));
  return { cycles, beforeFirstInjection, recent: recentReturns(cycles), usualIntervalDays: gaps.length ? [...gaps].sort((a, b) => a - b)[Math.floor((gaps.length - 1) / 2)] : undefined };
}

function turningPoints(points: CyclePoint[]): Pick<Cycle, 'best' | 'worseAgain'> {
  if (points.length === 0) return {};
  const best = points.reduce((lowest, point) => (point.score < lowest.score ? point : lowest));
  const worseAgain = points.find((point) => point.day > best.day && point.score >= best.score + CLEARLY_WORSE);
  return { best, worseAgain };
}

function recentReturns(cycles: Cycle[]): DiarySummary['recent'] {
  const complete = cycles.filter((cycle) => cycle.lengthDays !== undefined).slice(-CYCLES_SUMMARISED);
  if (complete.length === 0) return undefined;
  const days = complete.flatMap((cycle) => (cycle.worseAgain ? [cycle.worseAgain.day] : []));
  return {
    cyclesLookedAt: complete.length,
    cyclesWorseAgain: days.length,
    ...(days.length ? { fromDay: Math.min(...days), toDay: Math.max(...days) } : {}),
  };
}
