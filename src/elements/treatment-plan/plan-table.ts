import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { buildTreatmentPlan, CAUSES, type Profile, type Source } from '../../engine/index.js';
import { dataCell, dataTable } from '../shared/data-table.js';
import { positionTag } from '../shared/position-words.js';
import { sourceList } from '../shared/source-list.js';
import { causeLabel } from './cause-words.js';
import { phaseHeading, phaseSentences } from './phase-words.js';

/**
 * Every cause with and without nerve symptoms, for information pages. Each cell is the
 * engine's plan for that case in the same words the personal plan uses, each phase with
 * whose position it is.
 */
export function planTable(profile: Profile, locale: string): TemplateResult {
  const columns = [msg('Cause'), msg('Without nerve symptoms'), msg('With nerve symptoms')];
  const sources = new Map<string, Source>();
  const cell = (cause: (typeof CAUSES)[number], neurologicalSymptoms: boolean, column: number) => {
    const plan = buildTreatmentPlan({ cause, neurologicalSymptoms }, profile);
    for (const phase of plan.phases) for (const source of phase.sources) sources.set(source.id, source);
    return dataCell(
      columns[column],
      plan.phases.map((phase) => html`<p data-phase=${phase.id}><strong>${phaseHeading(phase)}.</strong> ${phaseSentences(phase, locale).join(' ')} ${positionTag([phase.position])}</p>`),
    );
  };
  const rows = CAUSES.map(
    (cause) => html`<tr role="row" data-cause=${cause}>
      <th scope="row" role="rowheader">${causeLabel(cause)}</th>
      ${cell(cause, false, 1)}${cell(cause, true, 2)}
    </tr>`,
  );
  return html`${dataTable({ name: 'plan-table', caption: msg('B12 treatment by cause and by nerve symptoms'), columns, rows })}
    ${sourceList([...sources.values()])}`;
}
