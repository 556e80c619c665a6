import { msg, str } from '@lit/localize';
import { css, html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { DiarySummary } from '../../engine/index.js';
import { formatDate } from '../../i18n/dates.js';
import { formatNumber } from '../../i18n/format.js';
import { cycleChart, scoreCeiling, timeChart, type ChartBox, type Plot, type ScoreTick } from './chart-geometry.js';

/*
 * The diary's two pictures, drawn as SVG from `chart-geometry`. Each is an image with a
 * name and a one-line description; the table below them holds the same data for screen
 * readers and print, so the pictures add nothing a reader without them would miss.
 */

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Each chart is drawn twice: for the screen, at the widget's width, and for paper, at
 * `PRINT_CHART_BOX`, the size it prints at, so its labels print at their own size (8.5pt)
 * from any window. The paper copy shows only in print; it has no name of its own, as the
 * screen copy is the one a screen reader meets.
 */
export type ChartCopy = 'screen' | 'print';

/** A chart's size on paper: half the width of A4 or Letter less 1 cm margins, in CSS px. */
export const PRINT_CHART_BOX = { width: 350, height: 100 } as const;

/**
 * A chart as a figure: the drawing, named for screen readers on the screen copy, and
 * its key below. The paper copy is hidden from them; the screen copy is the one they meet.
 */
function chartFigure(kind: 'time' | 'cycles', copy: ChartCopy, box: ChartBox, label: string, drawing: SVGTemplateResult, key: TemplateResult): TemplateResult {
  const screen = copy === 'screen';
  const titleId = kind === 'time' ? 'time-chart-title' : 'cycle-chart-title';
  return html`<figure class=${screen ? `chart chart--${kind} chart--screen` : `chart chart--print chart--print-${kind}`}>
    <svg
      class="chart__svg"
      width=${box.width}
      height=${box.height}
      viewBox="0 0 ${box.width} ${box.height}"
      role=${screen ? 'img' : nothing}
      aria-labelledby=${screen ? titleId : nothing}
      aria-hidden=${screen ? nothing : 'true'}
    >
      ${screen ? svg`<title id=${titleId}>${label}</title>` : nothing}${drawing}
    </svg>
    <figcaption class="chart__key">${key}</figcaption>
  </figure>`;
}

function axes(plot: Plot, ticks: readonly ScoreTick[], box: ChartBox, locale: string): SVGTemplateResult {
  const labelX = box.rtl ? box.width - 4 : 4;
  return svg`<g class="axes" aria-hidden="true">
    ${ticks.map(
      (tick) => svg`<line class="grid" x1=${round(plot.startX)} x2=${round(plot.endX)} y1=${round(tick.y)} y2=${round(tick.y)}></line>
      <text class="label" x=${labelX} y=${round(tick.y)} dominant-baseline="middle" text-anchor="start">${formatNumber(tick.score, locale)}</text>`,
    )}
  </g>`;
}

/** How the person felt over time, with each injection marked. */
export function timeChartFigure(summary: DiarySummary, injections: readonly string[], box: ChartBox, locale: string, label: string, copy: ChartCopy = 'screen'): TemplateResult {
  const points = [...summary.beforeFirstInjection, ...summary.cycles.flatMap((cycle) => cycle.points)];
  const chart = timeChart(points, injections, scoreCeiling(points.map((point) => point.score)), box);
  const bottom = round(chart.plot.bottom);
  const line = chart.points.map((point) => `${round(point.x)},${round(point.y)}`).join(' ');
  return chartFigure(
    'time',
    copy,
    box,
    label,
    svg`${axes(chart.plot, chart.scoreTicks, box, locale)}
      ${chart.injections.map(
        (injection) => svg`<g class="injection" data-date=${injection.date}>
          <line x1=${round(injection.x)} x2=${round(injection.x)} y1=${round(chart.plot.top)} y2=${bottom}></line>
          <path d="M ${round(injection.x - 5)} ${bottom + 9} l 5 -8 l 5 8 z"></path>
        </g>`,
      )}
      <polyline class="trend" points=${line}></polyline>
      ${chart.points.map((point) => svg`<circle class="point" r="4" cx=${round(point.x)} cy=${round(point.y)} data-date=${point.date} data-score=${point.score}></circle>`)}
      ${chart.dateTicks.map((tick, i) => svg`<text class="label" x=${round(tick.x)} y=${box.height - 4} text-anchor=${i === 0 ? 'start' : 'end'}>${formatDate(tick.date, locale)}</text>`)}`,
    html`<span class="key key--point" aria-hidden="true"></span>${msg('A check-in: higher means worse')} <span class="key key--injection" aria-hidden="true"></span>${msg('An injection')}`,
  );
}

/** Each cycle laid over the others by days since its injection, with the day symptoms came back ringed. */
export function cycleChartFigure(summary: DiarySummary, box: ChartBox, locale: string, label: string, limit: number, copy: ChartCopy = 'screen'): TemplateResult {
  // Lines laid over each other: past a dozen they are a blur, and each costs a redraw.
  const cycles = summary.cycles.slice(-limit);
  const scores = cycles.flatMap((cycle) => cycle.points.map((point) => point.score));
  const chart = cycleChart(cycles, scoreCeiling(scores), box);
  const count = chart.cycles.length;
  return chartFigure(
    'cycles',
    copy,
    box,
    label,
    svg`${axes(chart.plot, chart.scoreTicks, box, locale)}
      ${chart.nextInjections.map(
        (next) => svg`<line class="next-injection" data-day=${next.day} x1=${round(next.x)} x2=${round(next.x)} y1=${round(chart.plot.top)} y2=${round(chart.plot.bottom)}></line>`,
      )}
      ${chart.cycles.map(
        (cycle, i) => svg`<g class="cycle ${i === count - 1 ? 'cycle--latest' : ''}" data-injection=${cycle.injectionDate}>
          <polyline points=${cycle.points.map((point) => `${round(point.x)},${round(point.y)}`).join(' ')}></polyline>
          ${cycle.points.map((point) => svg`<circle class="point" r="3" cx=${round(point.x)} cy=${round(point.y)} data-day=${point.day} data-score=${point.score}></circle>`)}
          ${cycle.cameBack ? svg`<circle class="came-back" r="8" cx=${round(cycle.cameBack.x)} cy=${round(cycle.cameBack.y)} data-day=${cycle.cameBack.day}></circle>` : ''}
        </g>`,
      )}
      ${chart.dayTicks.map(
        (tick, i) =>
          svg`<text class="label" x=${round(tick.x)} y=${box.height - 4} text-anchor=${i === 0 ? 'start' : i === chart.dayTicks.length - 1 ? 'end' : 'middle'}>${msg(str`Day ${formatNumber(tick.day, locale)}`)}</text>`,
      )}`,
    html`<span class="key key--latest" aria-hidden="true"></span>${msg('Your latest cycle')} <span class="key key--earlier" aria-hidden="true"></span>${msg('Earlier cycles')}
      <span class="key key--worse" aria-hidden="true"></span>${msg('Came back', { desc: 'Key of a chart: a ring marks the day symptoms came back before the next injection.' })}
      <span class="key key--next" aria-hidden="true"></span>${msg('Next injection')}
      ${cycles.length < summary.cycles.length ? html`<span class="chart__limit">${msg(str`Your latest ${formatNumber(cycles.length, locale)} cycles are drawn.`)}</span>` : ''}`,
  );
}

export const chartStyles = css`
  .chart--print {
    display: none;
  }
  .chart {
    margin: 0 0 var(--_space);
  }
  .chart__svg {
    display: block;
    max-width: 100%;
    overflow: visible;
    background: var(--_surface);
  }
  .chart .grid {
    stroke: var(--_border);
    stroke-opacity: 0.35;
  }
  .chart .label {
    fill: var(--_secondary);
    font-size: 0.8125rem;
  }
  .chart .trend,
  .chart .cycle polyline {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2;
  }
  .chart .cycle polyline {
    stroke: var(--_secondary);
    stroke-dasharray: 4 3;
  }
  .chart .cycle--latest polyline {
    stroke: var(--_text);
    stroke-width: 3;
    stroke-dasharray: none;
  }
  .chart .point {
    fill: var(--_text);
  }
  .chart .injection line,
  .chart .next-injection {
    stroke: var(--_link);
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  .chart .injection path {
    fill: var(--_link);
  }
  .chart .came-back {
    fill: none;
    stroke: var(--_error);
    stroke-width: 3;
  }
  .chart__key {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    font-size: 0.875em;
    color: var(--_secondary);
    margin-block-start: 0.25em;
  }
  .key {
    display: inline-block;
    inline-size: 1.25em;
    block-size: 0;
    border-block-start: 3px solid var(--_text);
    margin-inline-start: 0.5em;
  }
  .key--point {
    inline-size: 0.6em;
    block-size: 0.6em;
    border: 0;
    border-radius: 50%;
    background: var(--_text);
  }
  .key--injection,
  .key--next {
    border-block-start: 3px dashed var(--_link);
  }
  .key--earlier {
    border-block-start: 3px dashed var(--_secondary);
  }
  .key--worse {
    inline-size: 0.8em;
    block-size: 0.8em;
    border: 3px solid var(--_error);
    border-radius: 50%;
  }
  @media (forced-colors: active) {
    .chart .trend,
    .chart .cycle polyline,
    .chart .grid,
    .chart .injection line,
    .chart .next-injection,
    .chart .came-back {
      stroke: CanvasText;
    }
    .chart .point,
    .chart .label,
    .chart .injection path {
      fill: CanvasText;
    }
    .key,
    .key--point {
      border-color: CanvasText;
      background: CanvasText;
      forced-color-adjust: none;
    }
  }
`;
