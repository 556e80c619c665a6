import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { companionUnit, findUnit, type AcceptedUnit, type AnalyteGuidance, type AssessedResult, type Warning } from '../../engine/index.js';
import { decimalsFor, formatNumber } from '../../i18n/format.js';
import { analyteName } from '../shared/analyte-names.js';
import { icon } from '../shared/icons.js';
import { isSupportGroupPosition, sourceKindLabel, sourceList } from '../shared/source-list.js';
import { warningList } from '../shared/warning-list.js';
import { figureIn } from './display-units.js';
import { bandLegend, rangeBar } from './range-bar.js';
import { statusIcon, statusLabel, statusMeaning } from './status-words.js';

export interface AnalyteResultOptions {
  item: AssessedResult;
  /** The person typed something the engine could not read. */
  hasInputError: boolean;
  guidance: AnalyteGuidance;
  warnings: readonly Warning[];
  locale: string;
  adviceText: (id: string, item: AssessedResult) => string;
}

/**
 * Where one result stands: status in words and by shape, the value in both common
 * units, the bands as a bar and in words, the lab's own range, advice, the warnings that
 * concern it, and sources. The same parts are there before anything is typed, so the
 * layout does not jump when a result appears.
 */
export function analyteResult({ item, hasInputError, guidance, warnings, locale, adviceText }: AnalyteResultOptions): TemplateResult {
  const unit: AcceptedUnit = findUnit(guidance, item.unit) ?? { unit: item.canonicalUnit, toCanonical: 1 };
  const figure = (canonical: number) => figureIn(canonical, unit, locale);
  const { deficientBelow, optimalFrom, upperLimit } = item.thresholds;
  const supportGroupOptimal = isSupportGroupPosition(item.thresholdSources.optimalFrom);

  return html`<div class="result result--${item.status}" part="result result-${item.status}" data-analyte=${item.analyte}>
    <p class="print-only result__name">${analyteName(item.analyte)}</p>
    <p class="result__status" part="status">
      ${icon(statusIcon(item.status))}
      <span class="result__status-label">${statusLabel(item.analyte, item.status)}</span>
    </p>
    <p class="result__meaning">
      ${hasInputError ? msg('Check what you typed above.') : html`${valueSentence(item, guidance, locale)} ${statusMeaning(item.analyte, item.status)}`}
    </p>
    ${rangeBar(item)}
    ${bandLegend(
      {
        deficient: statusLabel(item.analyte, 'deficient'),
        belowOptimal: statusLabel(item.analyte, 'below-optimal'),
        optimal: statusLabel(item.analyte, 'optimal'),
        aboveRange: statusLabel(item.analyte, 'above-range'),
      },
      { deficientBelow: figure(deficientBelow), optimalFrom: figure(optimalFrom), upperLimit: upperLimit === undefined ? undefined : figure(upperLimit) },
    )}
    ${supportGroupOptimal
      ? html`<p class="hint">${msg(str`The optimal level is a ${sourceKindLabel({ kind: 'support-group' })}, not national guidance.`)}</p>`
      : nothing}
    ${labRangeSentence(item)}
    ${item.adviceIds.length
      ? html`<ul class="advice" part="advice">
          ${item.adviceIds.map((id) => html`<li>${adviceText(id, item)}</li>`)}
        </ul>`
      : nothing}
    ${warningList(warnings, (value) => formatNumber(value, locale))}
    ${sourceList(item.sources, 'inline')}
  </div>`;
}

function valueSentence(item: AssessedResult, guidance: AnalyteGuidance, locale: string): TemplateResult | typeof nothing {
  if (item.value === null || item.canonicalValue === null) return nothing;
  const typed = `${formatNumber(item.value, locale, decimalsFor(item.value))} ${item.unit}`;
  const companion = companionUnit(guidance, item.unit);
  if (!companion) return html`<span class="result__value">${msg(str`Your result: ${typed}.`)}</span>`;
  const converted = figureIn(item.canonicalValue, companion, locale);
  return html`<span class="result__value">${msg(str`Your result: ${typed} (${converted}).`)}</span>`;
}

function labRangeSentence(item: AssessedResult): TemplateResult | typeof nothing {
  const position = item.labRange?.position;
  if (!position) return nothing;
  const words = {
    below: msg('Your result is below the range on your lab report.'),
    within: msg('Your result is within the range on your lab report.'),
    above: msg('Your result is above the range on your lab report.'),
  }[position];
  const extra =
    position === 'within' && item.status !== 'optimal' && item.status !== 'not-entered'
      ? msg('Labs report whether a result is in the usual range; this guide also shows whether it is at the optimal level.')
      : '';
  return html`<p class="result__lab-range" part="lab-range-result">${words} ${extra}</p>`;
}
