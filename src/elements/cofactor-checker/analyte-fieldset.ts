import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AcceptedUnit, Analyte, InputError } from '../../engine/index.js';
import { analyteName, analyteShortName } from '../shared/analyte-names.js';
import { errorMessage } from '../shared/error-message.js';
import type { AnalyteEntry, EntryField } from './form-entries.js';
import { inputErrorWords } from './input-error-words.js';

export interface AnalyteFieldsetOptions {
  analyte: Analyte;
  entry: AnalyteEntry;
  units: readonly AcceptedUnit[];
  errors: readonly InputError[];
  /** A number written the reader's way, for error messages: "12.5" or "12,5". */
  example: string;
  /** A question of this test's own, after its result and unit: which of a laboratory's ranges the report uses. */
  question?: TemplateResult | typeof nothing;
}

const idFor = (analyte: Analyte, field: EntryField | 'error-value' | 'error-unit' | 'error-range' | 'range') => `${analyte}-${field}`;

/**
 * One blood test's fields: the result, its unit, and an optional lab range. The text
 * stays exactly as typed (`live()` keeps the field and state in step without
 * reformatting), and an error sits beside the field it concerns.
 */
export function analyteFieldset({ analyte, entry, units, errors, example, question = nothing }: AnalyteFieldsetOptions): TemplateResult {
  const errorOn = (...fields: InputError['field'][]) => errors.find((e) => fields.includes(e.field));
  const valueError = errorOn('value');
  const unitError = errorOn('unit');
  const rangeError = errorOn('labLow', 'labHigh');
  const rangeOpen = entry.labLow !== '' || entry.labHigh !== '' || rangeError !== undefined;
  // Each field's name says its test, so fifteen fields are not all "Result" and "Lowest";
  // each name holds its visible label, so voice control finds it (WCAG 2.5.3).
  const test = analyteShortName(analyte);

  return html`<fieldset class="fields" part="fields">
    <legend class="fields__legend">${analyteName(analyte)}</legend>
    <div class="field-row">
      <div class="field ${valueError ? 'field--error' : ''}">
        <label for=${idFor(analyte, 'value')}>${msg('Result')}</label>
        ${errorMessage(idFor(analyte, 'error-value'), valueError && inputErrorWords(valueError.code, example))}
        ${numberInput(analyte, 'value', msg(str`${test} result`), entry.value, valueError ? idFor(analyte, 'error-value') : undefined, valueError !== undefined)}
      </div>
      <div class="field ${unitError ? 'field--error' : ''}">
        <label for=${idFor(analyte, 'unit')}>${msg('Unit')}</label>
        ${errorMessage(idFor(analyte, 'error-unit'), unitError && inputErrorWords(unitError.code, example))}
        <select
          id=${idFor(analyte, 'unit')}
          class="input input--unit"
          part="select"
          data-analyte=${analyte}
          data-field="unit"
          aria-label=${msg(str`${test} unit`)}
          aria-invalid=${unitError ? 'true' : 'false'}
          aria-describedby=${unitError ? idFor(analyte, 'error-unit') : nothing}
        >
          ${units.map(({ unit }) => html`<option value=${unit} ?selected=${unit === entry.unit}>${unit}</option>`)}
        </select>
      </div>
    </div>
    ${question}
    <details class="lab-range" part="lab-range" ?open=${rangeOpen}>
      <summary>${msg('Add the range printed on your lab report (optional)')}</summary>
      <p class="hint" id=${idFor(analyte, 'range')}>${msg('Labs use different ranges. Use the same unit as your result.')}</p>
      ${errorMessage(idFor(analyte, 'error-range'), rangeError && inputErrorWords(rangeError.code, example))}
      <div class="field-row">
        ${rangeField(analyte, 'labLow', msg('Lowest'), msg(str`${test}: lowest on your lab report`), entry.labLow, rangeError)}
        ${rangeField(analyte, 'labHigh', msg('Highest'), msg(str`${test}: highest on your lab report`), entry.labHigh, rangeError)}
      </div>
    </details>
  </fieldset>`;
}

function rangeField(analyte: Analyte, field: 'labLow' | 'labHigh', label: string, name: string, value: string, error: InputError | undefined) {
  const invalid = error?.field === field;
  const describedBy = [idFor(analyte, 'range'), ...(invalid ? [idFor(analyte, 'error-range')] : [])].join(' ');
  return html`<div class="field">
    <label for=${idFor(analyte, field)}>${label}</label>
    ${numberInput(analyte, field, name, value, describedBy, invalid)}
  </div>`;
}

/**
 * A number field that keeps exactly what was typed: a text input (not type=number, which
 * refuses "12,5" in some browsers and silently empties what it cannot read) with the
 * decimal keypad on phones.
 */
function numberInput(analyte: Analyte, field: EntryField, name: string, value: string, describedBy: string | undefined, invalid: boolean) {
  return html`<input
    id=${idFor(analyte, field)}
    class="input input--number"
    part="input"
    type="text"
    inputmode="decimal"
    autocomplete="off"
    spellcheck="false"
    data-analyte=${analyte}
    data-field=${field}
    aria-label=${name}
    .value=${live(value)}
    aria-invalid=${invalid ? 'true' : 'false'}
    aria-describedby=${describedBy ?? nothing}
  />`;
}
