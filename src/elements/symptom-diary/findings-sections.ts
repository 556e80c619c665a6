import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { diaryAdvice, summariseDiary, type Diary, type DiarySummary, type Profile } from '../../engine/index.js';
import { formatNumber } from '../../i18n/format.js';
import { adviceList } from '../shared/advice-list.js';
import { adviceText, type WordsForAdvice } from '../shared/advice-text.js';
import { heading } from '../shared/heading.js';
import { maintenanceReviewWords } from '../shared/maintenance-review-words.js';
import { sourceList } from '../shared/source-list.js';
import { unavailableNote } from '../shared/unavailable.js';
import { cycleTable } from './cycle-table.js';
import { cycleChartFigure, PRINT_CHART_BOX, timeChartFigure } from './diary-charts.js';
import { diaryTable, printedEntryList, PRINTED_SYMPTOM_COLUMNS, type EntryRef } from './diary-table.js';
import { otherCausesWords, ruleWords, summarySentences } from './summary-words.js';
import type { NamedSymptom } from './symptom-words.js';

/*
 * What the diary shows once it has entries: the engine's summary in words, the two
 * charts (on screen at the widget's width, and a copy sized for paper), the cycles, and
 * the entries themselves. Everything here is drawn from the record; nothing is decided.
 */

const CHART_HEIGHT = 220;
/** A chart is drawn at this width until the widget has been measured. */
const UNMEASURED_WIDTH = 600;
/** How many of the latest entries the table shows until the person asks for all. */
const LATEST_ENTRIES = 60;
/** How many of the latest cycles the cycle chart draws, and the cycle table lists (see README, "Limits, and why"). */
const CYCLES_DRAWN = 12;
const CYCLES_LISTED = 24;

/** The diary gives one piece of advice, NG239's review of the treatment; a profile words any other. */
const diaryAdviceWords: WordsForAdvice = (id, figures, locale) => (id === 'maintenance-review-frequency' ? maintenanceReviewWords(figures, locale) : undefined);

export interface Findings {
  diary: Diary;
  summary: DiarySummary;
  symptoms: readonly NamedSymptom[];
  /** Every symptom id a check-in has recorded: the table's columns. */
  recordedIds: ReadonlySet<string>;
  profile: Profile;
  locale: string;
  rtl: boolean;
  /** The widget's measured width; 0 until measured. */
  width: number;
  /** The symptom the chart over time shows; '' for the overall score. */
  chartSymptom: string;
  showAllEntries: boolean;
  /** The sections' heading level. */
  level: number;
  /** Whether the page around the widget allows printing (its `unavailable` attribute). */
  canPrint: boolean;
}

export interface FindingsHandlers {
  onChartSymptom: (id: string) => void;
  onShowAllEntries: () => void;
  onDelete: (entry: EntryRef) => void;
}

export function findingsSections(view: Findings, handlers: FindingsHandlers): TemplateResult {
  const { diary, summary, profile, locale, level } = view;
  const box = { width: view.width || UNMEASURED_WIDTH, height: CHART_HEIGHT, rtl: view.rtl };
  const paper = { ...PRINT_CHART_BOX, rtl: view.rtl };
  const chartSummary = view.chartSymptom ? summariseDiary(diary, { symptom: view.chartSymptom }) : summary;
  const chosen = view.symptoms.find((symptom) => symptom.id === view.chartSymptom);
  const advice = diaryAdvice(summary, profile);
  const injectionDates = diary.injections.map((entry) => entry.date);
  const timeLabel = chosen
    ? msg(str`Chart of ${chosen.name} over time, from none (0) to severe (3), with your injections marked`)
    : msg('Chart of your overall score over time, with your injections marked');
  const cycleLabel = msg('Chart of your overall score by days since each injection, one line for each cycle');
  return html`<section class="findings" part="summary" aria-labelledby="findings-heading">
      <div id="findings-heading">${heading(level, msg('What your diary shows'), 'medium')}</div>
      <div class="summary">
        ${summarySentences(summary, locale).map((sentence) => html`<p class="summary__sentence">${sentence}</p>`)}
        ${adviceList(advice, (piece) => adviceText(profile, piece.id, locale, piece, diaryAdviceWords))} ${advice.length ? html`<p class="other-causes">${otherCausesWords()}</p>` : nothing}
        ${
          advice.length
            ? sourceList(
                advice.flatMap((piece) => piece.sources),
                'inline',
              )
            : nothing
        }
        <p class="not-diagnosis">${msg('This is what you recorded, not a diagnosis. Take it to your GP or nurse to talk about your treatment.')}</p>
      </div>
      <div class="charts">
        ${heading(level + 1, msg('How you felt over time'), 'small')}
        <div class="field chart-choice">
          <label for="chart-symptom">${msg('Show', { desc: 'Label of a list that chooses what the chart shows: all symptoms, or one.' })}</label>
          <select id="chart-symptom" class="input" @change=${(event: Event) => handlers.onChartSymptom((event.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${view.chartSymptom === ''}>${msg('All symptoms (overall score)')}</option>
            ${view.symptoms.map((symptom) => html`<option value=${symptom.id} ?selected=${view.chartSymptom === symptom.id}>${symptom.name}</option>`)}
          </select>
        </div>
        ${timeChartFigure(chartSummary, injectionDates, box, locale, timeLabel)} ${timeChartFigure(chartSummary, injectionDates, paper, locale, timeLabel, 'print')}
        ${heading(level + 1, msg('Your cycles side by side'), 'small')}
        <p class="hint screen-only">${msg('Each line is one cycle, from an injection to the next, counted in days since the injection.')}</p>
        ${cycleChartFigure(summary, box, locale, cycleLabel, CYCLES_DRAWN)} ${cycleChartFigure(summary, paper, locale, cycleLabel, CYCLES_DRAWN, 'print')}
      </div>
      <div class="cycle-details">
        <p class="hint">${ruleWords(locale)}</p>
        ${cycleTable(summary, locale, CYCLES_LISTED)}
      </div>
    </section>
    <section class="entries" aria-labelledby="entries-heading">
      <div id="entries-heading">${heading(level, msg('Your entries'), 'medium')}</div>
      ${view.canPrint ? html`<button type="button" class="button button--secondary screen-only" @click=${() => window.print()}>${msg('Print for your GP')}</button>` : unavailableNote('print')}
      ${entriesTable(view, handlers)}
    </section>`;
}

/** The latest entries, or all of them when asked: years of daily check-ins are a long table to draw. */
function entriesTable(view: Findings, handlers: FindingsHandlers): TemplateResult {
  const { diary, summary, locale } = view;
  const total = diary.injections.length + diary.checkIns.length;
  const limit = view.showAllEntries ? undefined : LATEST_ENTRIES;
  const recorded = view.symptoms.filter((symptom) => view.recordedIds.has(symptom.id));
  const screenTable = diaryTable(diary, summary, recorded, locale, handlers.onDelete, limit);
  // Too many symptoms for columns on paper: the printed copy lists them in one cell.
  const table =
    recorded.length > PRINTED_SYMPTOM_COLUMNS
      ? html`<div class="entries__screen">${screenTable}</div>
          <div class="entries__paper">${printedEntryList(diary, summary, recorded, locale, limit)}</div>`
      : screenTable;
  if (total <= LATEST_ENTRIES) return table;
  const shown = formatNumber(Math.min(total, limit ?? total), locale);
  return html`<p class="entries__count">${msg(str`Entries shown: ${shown} of ${formatNumber(total, locale)}. All of them are in the file you can save.`)}</p>
    ${table} ${view.showAllEntries ? nothing : html`<button type="button" class="button button--secondary screen-only" @click=${handlers.onShowAllEntries}>${msg('Show all entries')}</button>`}`;
}
