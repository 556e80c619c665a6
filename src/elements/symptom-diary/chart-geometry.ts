import type { Cycle } from '../../engine/index.js';
import { daysBetween } from '../../engine/iso-date.js';

/*
 * Where each mark of the diary's two charts goes, as numbers a test can check against
 * the data: a date or a day maps linearly across the plot, a score linearly up it. In a
 * right-to-left language, time runs from right to left, as the reader reads.
 */

export interface ChartBox {
  width: number;
  height: number;
  rtl: boolean;
}

export interface Plot {
  /** Where the first and the last day sit across the plot: left to right, or right to left. */
  startX: number;
  endX: number;
  top: number;
  bottom: number;
}

export interface ScoreTick {
  y: number;
  score: number;
}

/** Room for the score labels on the start side and the date labels below. */
const MARGIN = { top: 10, bottom: 28, start: 34, end: 14 };

function plotOf({ width, height, rtl }: ChartBox): Plot {
  const left = rtl ? MARGIN.end : MARGIN.start;
  const right = width - (rtl ? MARGIN.start : MARGIN.end);
  return { startX: rtl ? right : left, endX: rtl ? left : right, top: MARGIN.top, bottom: height - MARGIN.bottom };
}

const xAt = (plot: Plot, fraction: number) => plot.startX + (plot.endX - plot.startX) * fraction;
const yAt = (plot: Plot, score: number, maxScore: number) => plot.bottom - (plot.bottom - plot.top) * (score / maxScore);

/** Labels up the score axis: every whole score up to 6, else 0, the middle and the top. */
function scoreTicks(plot: Plot, maxScore: number): ScoreTick[] {
  const scores = maxScore <= 6 ? Array.from({ length: maxScore + 1 }, (_, score) => score) : [0, Math.round(maxScore / 2), maxScore];
  return scores.map((score) => ({ score, y: yAt(plot, score, maxScore) }));
}

/** The top of the score axis: the highest score recorded, and never below severe for one symptom. */
export function scoreCeiling(scores: readonly number[]): number {
  return Math.max(3, ...scores);
}

export interface TimeChart {
  plot: Plot;
  points: { x: number; y: number; date: string; score: number }[];
  injections: { x: number; date: string }[];
  /** The first and last dates shown, at the ends of the time axis. */
  dateTicks: { x: number; date: string }[];
  scoreTicks: ScoreTick[];
}

/**
 * How the person felt over time: each check-in at its date and score, each injection at
 * its date. Injections that fall on the same pixel column are marked once: ten years of
 * injections would otherwise be thousands of lines drawn over each other.
 */
export function timeChart(points: readonly { date: string; score: number }[], injections: readonly string[], maxScore: number, box: ChartBox): TimeChart {
  const plot = plotOf(box);
  const dates = [...points.map((point) => point.date), ...injections].sort();
  const [first, last] = [dates[0], dates[dates.length - 1]];
  const span = dates.length ? Math.max(1, daysBetween(first, last)) : 1;
  const x = (date: string) => xAt(plot, daysBetween(first, date) / span);
  return {
    plot,
    points: points.map((point) => ({ ...point, x: x(point.date), y: yAt(plot, point.score, maxScore) })),
    injections: onePerPixel(injections.map((date) => ({ date, x: x(date) }))),
    dateTicks: dates.length ? [...new Set([dates[0], dates[dates.length - 1]])].map((date) => ({ date, x: x(date) })) : [],
    scoreTicks: scoreTicks(plot, maxScore),
  };
}

/** The first mark in each whole-pixel column. */
function onePerPixel<T extends { x: number }>(marks: readonly T[]): T[] {
  const columns = new Set<number>();
  return marks.filter((mark) => {
    const column = Math.round(mark.x);
    if (columns.has(column)) return false;
    columns.add(column);
    return true;
  });
}

export interface CycleChart {
  plot: Plot;
  lastDay: number;
  cycles: {
    injectionDate: string;
    points: { x: number; y: number; day: number; score: number }[];
    cameBack?: { x: number; y: number; day: number };
  }[];
  /** Where each cycle's next injection came, for cycles that have one. */
  nextInjections: { x: number; day: number }[];
  dayTicks: { x: number; day: number }[];
  scoreTicks: ScoreTick[];
}

/** Each injection-to-injection cycle laid over the others by days since its injection. */
export function cycleChart(cycles: readonly Cycle[], maxScore: number, box: ChartBox): CycleChart {
  const plot = plotOf(box);
  const lastDay = Math.max(1, ...cycles.flatMap((cycle) => [cycle.lengthDays ?? 0, ...cycle.points.map((point) => point.day)]));
  const x = (day: number) => xAt(plot, day / lastDay);
  const y = (score: number) => yAt(plot, score, maxScore);
  return {
    plot,
    lastDay,
    cycles: cycles.map((cycle) => ({
      injectionDate: cycle.injectionDate,
      points: cycle.points.map((point) => ({ day: point.day, score: point.score, x: x(point.day), y: y(point.score) })),
      ...(cycle.cameBack && { cameBack: { day: cycle.cameBack.day, x: x(cycle.cameBack.day), y: y(cycle.cameBack.score) } }),
    })),
    nextInjections: [...new Set(cycles.flatMap((cycle) => (cycle.lengthDays === undefined ? [] : [cycle.lengthDays])))].map((day) => ({ day, x: x(day) })),
    dayTicks: [...new Set([0, Math.round(lastDay / 2), lastDay])].map((day) => ({ day, x: x(day) })),
    scoreTicks: scoreTicks(plot, maxScore),
  };
}
