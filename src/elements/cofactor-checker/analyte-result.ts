import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { isB12Test, type Advice, type AssessedResult, type ResultWarning } from '../../engine/index.js';
import { decimalsFor, formatNumber } from '../../i18n/format.js';
import { adviceList } from '../shared/advice-list.js';
import { analyteName } from '../shared/analyte-names.js';
import { icon } from '../shared/icons.js';
import { warningList } from '../shared/warning-list.js';
import { warningWords } from '../shared/warning-words.js';
import { bandLegend, type BandFigures } from './band-legend.js';
import { figureSources } from './figure-sources.js';
import { figureIn } from './display-units.js';
import { aboveOneRangeSentence, laboratoryTestNote, upperLimitText } from './laboratory-words.js';
import { rangeBar } from './range-bar.js';
import { statusIcon, statusLabel, statusMeaning } from './status-words.js';

export interface AnalyteResultOptions {
  item: AssessedResult;
  /** The person typed something the engine could not read. */
  hasInputError: boolean;
  warnings: readonly ResultWarning[];
  locale: string;
  adviceText: (advice: Advice, optimalFrom: string) => string;
  /** The language the profile's laboratory writes its notes in. */
  laboratoryLang?: string;
}

/**
 * Where one result stands: status in words and by shape, the value in both common
 * units, the bands as a bar and in words, the lab's own range, advice, the warnings that
 * concern it, and whose position each figure is. The same parts are there before
 * anything is typed, so the layout does not jump when a result appears.
 */
export function analyteResult({ item, hasInputError, warnings, locale, adviceText, laboratoryLang }: AnalyteResultOptions): TemplateResult {
  const figure = (canonical: number) => figureIn(canonical, item.acceptedUnit, locale);
  const { deficientBelow, optimalFrom } = item.thresholds;
  const figures: BandFigures = { deficientBelow: figure(deficientBelow), optimalFrom: figure(optimalFrom), upperLimit: upperLimitText(item, locale) };

  return html`<div class="result result--${item.status}" part="result result-${item.status}" data-analyte=${item.analyte}>
    <p class="print-only result__name">${analyteName(item.analyte)}</p>
    <p class="result__status" part="status">
      ${icon(statusIcon(item.status))}
      <span class="result__status-label">${statusLabel(item.analyte, item.status)}</span>
    </p>
    <p class="result__meaning">${hasInputError ? msg('Check what you typed above.') : html`${valueSentence(item, locale)} ${statusMeaning(item.analyte, item.status)}`}</p>
    ${hasInputError ? nothing : aboveOneRangeSentence(item)} ${rangeBar(item)} ${bandLegend(item.analyte, figures)} ${labRangeSentence(item)} ${laboratoryTestNote(item, locale, laboratoryLang)}
    ${adviceList(item.advice, (advice) => adviceText(advice, figures.optimalFrom))} ${warningList(warnings, locale, warningWords)} ${figureSources(item, figures)}
  </div>`;
}

function valueSentence(item: AssessedResult, locale: string): TemplateResult | typeof nothing {
  if (item.value === null || item.canonicalValue === null) return nothing;
  const typed = `${formatNumber(item.value, locale, decimalsFor(item.value))} ${item.acceptedUnit.unit}`;
  const companion = item.companionUnit;
  if (!companion) return html`<span class="result__value">${msg(str`Your result: ${typed}.`)}</span>`;
  const converted = figureIn(item.canonicalValue, companion, locale);
  return html`<span class="result__value">${msg(str`Your result: ${typed} (${converted}).`)}</span>`;
}

/**
 * Where the result sits in the person's own lab range, and, where the lab and this guide
 * disagree, which to go by: the lab's report and the GP's reading (labs use different
 * methods; RUH Bath says NG239's cut-offs do not apply to its B12 method).
 */
function labRangeSentence(item: AssessedResult): TemplateResult | typeof nothing {
  const reading = item.labRange;
  if (!reading?.position) return nothing;
  const where = {
    below: msg('Your result is below the range on your lab report.'),
    within: msg('Your result is within the range on your lab report.'),
    above: msg('Your result is above the range on your lab report.'),
  }[reading.position];
  if (reading.matchesGuide === false) {
    return html`<div class="result__lab-range result__lab-range--differs" part="lab-range-result">
      <p>${where}</p>
      <p>
        <strong>${msg('Your lab’s range and this guide say different things about this result. Go by your lab report and what your GP says.')}</strong>
        ${msg('Labs use different tests and set their own ranges.')}
      </p>
    </div>`;
  }
  const optimalNote =
    reading.position === 'within' && item.status === 'below-optimal'
      ? isB12Test(item.analyte)
        ? msg('Labs report whether a result is in their usual range. NICE guidance also marks a grey area where further tests can help.')
        : msg('Labs report whether a result is in the usual range; this guide also shows whether it is at the optimal level.')
      : '';
  return html`<div class="result__lab-range" part="lab-range-result"><p>${where} ${optimalNote}</p></div>`;
}
