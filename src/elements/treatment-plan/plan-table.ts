import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { buildTreatmentTable, type Profile, type Source, type TreatmentPlan } from '../../engine/index.js';
import { durationMonths } from '../shared/count-words.js';
import { dataCell, dataTable } from '../shared/data-table.js';
import { positionTag } from '../shared/position-words.js';
import { profileText } from '../shared/profile-text.js';
import { sourceList } from '../shared/source-list.js';
import { warningList } from '../shared/warning-list.js';
import { warningWords } from '../shared/warning-words.js';
import { causeLabel } from './cause-words.js';
import { alternativeWords, phaseHeading, phaseSentences } from './phase-words.js';

/**
 * Every cause with and without nerve symptoms, for information pages read without the
 * questions. Each cell is the engine's plan for that case in the same words the personal
 * plan uses, each phase with whose position it is; each row carries the warnings that
 * always belong to its cause, and under the table come the nerve-symptoms warning and
 * the review.
 */
export function planTable(profile: Profile, locale: string): TemplateResult {
  const table = buildTreatmentTable(profile);
  const columns = [msg('Cause'), msg('Without nerve symptoms'), msg('With nerve symptoms'), msg('Always for this cause')];
  const sources = new Map<string, Source>();
  const cite = (list: readonly Source[]) => list.forEach((source) => sources.set(source.id, source));
  const cell = (plan: TreatmentPlan, column: number) => {
    plan.phases.forEach((phase) => cite(phase.sources));
    plan.alternatives.forEach((alternative) => cite(alternative.sources));
    return dataCell(
      columns[column],
      html`${plan.phases.map((phase) => html`<p data-phase=${phase.id}><strong>${phaseHeading(phase)}.</strong> ${phaseSentences(phase, locale).join(' ')} ${positionTag([phase.position])}</p>`)}
      ${plan.alternatives.map(
        (alternative) =>
          html`<p data-alternative=${alternative.id}>${profileText(profile, alternative.id, locale) ?? alternativeWords(alternative, locale)} ${positionTag([alternative.position])}</p>`,
      )}`,
    );
  };
  const rows = table.rows.map(
    (row) =>
      html`<tr role="row" data-cause=${row.cause}>
        <th scope="row" role="rowheader">${causeLabel(row.cause)}</th>
        ${cell(row.withoutNeurologicalSymptoms, 1)}${cell(row.withNeurologicalSymptoms, 2)} ${dataCell(columns[3], row.warnings.length ? warningList(row.warnings, locale, warningWords) : '–')}
      </tr>`,
  );
  const { review } = table;
  cite(review.sources);
  return html`${dataTable({ name: 'plan-table', caption: msg('B12 treatment by cause and by nerve symptoms'), columns, rows })}
    <div class="table-warnings">${warningList(table.warnings, locale, warningWords)}</div>
    <div class="review" part="review">
      <p>
        ${msg(
          str`Review with your GP after ${durationMonths(review.afterMonths, locale)} of treatment, or after ${durationMonths(review.afterMonthsPregnant, locale)} in pregnancy or breastfeeding: how your symptoms are, how the treatment suits you, and whether the cause is known.`,
        )}
        ${positionTag([review.position])}
      </p>
    </div>
    ${sourceList([...sources.values()])}`;
}
