import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Analyte, GuideLevel, Laboratory, RangeUsed } from '../../engine/index.js';
import { formatLongDate } from '../../i18n/dates.js';
import { analyteName, analyteShortName } from '../shared/analyte-names.js';
import { positionLabel } from '../shared/position-words.js';
import { figureIn } from './display-units.js';

/** The laboratory's notes are quoted in the language it writes them in. */
const DEFAULT_NOTE_LANGUAGE = 'en-GB';

/**
 * Whose ranges the widget shows and when they were read, said once, with the
 * laboratory's own note on its method: a trust's page shows its own laboratory's figures,
 * and a reader needs to know they are that laboratory's, and how old.
 */
export function laboratoryCredit(laboratory: Laboratory | undefined, locale: string): TemplateResult | typeof nothing {
  if (!laboratory) return nothing;
  return html`<div class="laboratory" part="laboratory">
    <p>
      <strong>${msg(str`Ranges from ${laboratory.name}, read ${formatLongDate(laboratory.readOn, locale)}.`)}</strong>
      ${msg(str`Figures marked “${positionLabel('nhs-laboratory')}” are this laboratory’s; the others are this guide’s.`)} ${msg('Your own lab report and your GP come first.')}
      <a href=${laboratory.url} rel="noopener noreferrer">${msg('Go to the laboratory’s page')}</a>
    </p>
    ${laboratory.note ? quoted(laboratory.note, laboratory.lang) : nothing}
  </div>`;
}

/**
 * The laboratory's reference range for one test, where it prints a lower end the bands do
 * not show, and its own words on the test, quoted; under the test's name where the test
 * is not otherwise named (the guide).
 */
export function laboratoryTestNote(level: GuideLevel, locale: string, laboratoryLang: string | undefined, named = false): TemplateResult | typeof nothing {
  const range = level.laboratory?.range;
  const note = level.laboratory?.note;
  if (range?.low === undefined && !note) return nothing;
  const name = named ? html`<strong>${analyteName(level.analyte)}.</strong> ` : nothing;
  return html`<div class="laboratory laboratory--test">
    ${range?.low !== undefined ? html`<p>${name}${msg(str`The laboratory’s range: ${rangeText({ low: range.low, high: range.high }, level, locale)}.`)}</p>` : nothing}
    ${note ? quoted(note, laboratoryLang, range?.low === undefined ? name : nothing) : nothing}
  </div>`;
}

function quoted(note: string, lang = DEFAULT_NOTE_LANGUAGE, name: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<p>${name}${msg('The laboratory says:')} <q lang=${lang}>${note}</q></p>`;
}

/** A range in the reader's unit: "100 to 310 µg/L", "up to 310 µg/L" or "3.9 µg/L or more", as the laboratory prints its ends. */
export function rangeText({ low, high }: { low?: number; high?: number }, level: GuideLevel, locale: string): string {
  const figure = (canonical: number) => figureIn(canonical, level.acceptedUnit, locale);
  if (high === undefined) return low === undefined ? '' : msg(str`${figure(low)} or more`);
  return low === undefined ? msg(str`up to ${figure(high)}`) : msg(str`${figure(low)} to ${figure(high)}`);
}

/**
 * Where the laboratory prints one range for women and one for men: which the person's
 * report uses, with "I don't know" chosen until they say, since a report may name neither.
 */
export function rangeQuestion(analyte: Analyte, level: GuideLevel, chosen: RangeUsed | undefined, locale: string): TemplateResult | typeof nothing {
  const ranges = level.laboratory?.rangesBySex;
  if (!ranges) return nothing;
  const name = `${analyte}-range-used`;
  const choice = (value: RangeUsed | '', label: string) => {
    const id = `${name}-${value || 'unknown'}`;
    return html`<div class="radio">
      <input id=${id} type="radio" name=${name} value=${value} .checked=${(chosen ?? '') === value} data-analyte=${analyte} data-range-used />
      <label for=${id}>${label}</label>
    </div>`;
  };
  return html`<fieldset class="question range-used" part="range-used" aria-describedby="${name}-hint">
    <legend class="range-used__legend">${msg(str`${analyteShortName(analyte)}: which range does your report use?`)}</legend>
    <p class="hint" id="${name}-hint">${msg('The laboratory prints one range for women and one for men.')}</p>
    <div class="radios">
      ${choice('women', msg(str`For women: ${rangeText(ranges.women, level, locale)}`))} ${choice('men', msg(str`For men: ${rangeText(ranges.men, level, locale)}`))} ${choice('', msg('I don’t know'))}
    </div>
  </fieldset>`;
}

/**
 * Where the person has not said which range their report uses and the result is above
 * one but not the other: the widget cannot call it above range, and says why.
 */
export function aboveOneRangeSentence(level: GuideLevel & { aboveRangeOf?: RangeUsed }): TemplateResult | typeof nothing {
  if (!level.aboveRangeOf) return nothing;
  return html`<p class="result__between-ranges">
    ${level.aboveRangeOf === 'women' ? msg('Your result is above the range for women but within the range for men.') : msg('Your result is above the range for men but within the range for women.')}
    ${msg('Choose the range your report uses, or ask your GP which applies to you.')}
  </p>`;
}

/**
 * The upper limit in words: one figure, or, where the laboratory prints two and the
 * person has not said which their report uses, both.
 */
export function upperLimitText(level: GuideLevel, locale: string): string | undefined {
  const figure = (canonical: number) => figureIn(canonical, level.acceptedUnit, locale);
  const ranges = level.laboratory?.rangesBySex;
  if (ranges && !level.rangeUsed) return msg(str`${figure(ranges.women.high)} for women, ${figure(ranges.men.high)} for men`);
  return level.thresholds.upperLimit === undefined ? undefined : figure(level.thresholds.upperLimit);
}
