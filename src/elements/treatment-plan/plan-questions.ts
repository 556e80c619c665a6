import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { CAUSES, type Cause } from '../../engine/index.js';
import { causeHint, causeLabel } from './cause-words.js';

/** The answers so far; undefined until the person chooses. */
export interface PlanAnswers {
  cause?: Cause;
  neurological?: 'yes' | 'no' | 'not-sure';
  /** `yes`: pregnant or planning a pregnancy. Breastfeeding is its own answer: it is not pregnancy. */
  pregnant?: 'yes' | 'breastfeeding' | 'no' | 'not-sure';
  folateLow?: 'yes' | 'no' | 'not-sure';
}

interface Choice {
  value: string;
  label: string;
  hint?: string;
}

/** A question as a fieldset of radios, GOV.UK style: legend, optional hint, options with hints. */
export function radioQuestion(name: keyof PlanAnswers, legend: string, choices: readonly Choice[], chosen: string | undefined, hint?: TemplateResult | string): TemplateResult {
  const hintId = `${name}-hint`;
  return html`<fieldset class="question" part="question" aria-describedby=${hint ? hintId : nothing}>
    <legend class="question__legend">${legend}</legend>
    ${hint ? html`<div class="hint" id=${hintId}>${hint}</div>` : nothing}
    <div class="radios">
      ${choices.map(({ value, label, hint: choiceHint }) => {
        const id = `${name}-${value}`;
        return html`<div class="radio">
          <input id=${id} type="radio" name=${name} value=${value} .checked=${chosen === value} data-question=${name} aria-describedby=${choiceHint ? `${id}-hint` : nothing} />
          <label for=${id}>${label}</label>
          ${choiceHint ? html`<div class="hint radio__hint" id="${id}-hint">${choiceHint}</div>` : nothing}
        </div>`;
      })}
    </div>
  </fieldset>`;
}

export function causeQuestion(chosen: Cause | undefined): TemplateResult {
  return radioQuestion(
    'cause',
    msg('What is causing your low B12?'),
    CAUSES.map((cause) => ({ value: cause, label: causeLabel(cause), hint: causeHint(cause) || undefined })),
    chosen,
  );
}

export function neurologicalQuestion(chosen: PlanAnswers['neurological']): TemplateResult {
  return radioQuestion(
    'neurological',
    msg('Do you have problems with your nerves, memory or balance?'),
    [
      // Each question has its own yes and no: Welsh answers with the question's verb
      // (Oes / Nac oes here, Ydw / Nac ydw for pregnancy, Ydy / Nac ydy for the blood test).
      { value: 'yes', label: msg('Yes', { id: 'answer.neurological.yes', desc: 'Answer to "Do you have problems with your nerves, memory or balance?"' }) },
      { value: 'no', label: msg('No', { id: 'answer.neurological.no', desc: 'Answer to "Do you have problems with your nerves, memory or balance?"' }) },
      {
        value: 'not-sure',
        label: msg('Not sure', {
          id: 'answer.neurological.not-sure',
          desc: 'Answer to "Do you have problems with your nerves, memory or balance?" Not in the first person, so that it fits every reader whatever their gender.',
        }),
        hint: msg('The plan will assume yes, to be safe. Ask your GP.'),
      },
    ],
    chosen,
    html`${msg('For example:')}
      <ul>
        <li>${msg('pins and needles, or numbness in your hands or feet')}</li>
        <li>${msg('problems with balance or walking')}</li>
        <li>${msg('memory problems, confusion or trouble thinking')}</li>
        <li>${msg('changes to your eyesight')}</li>
      </ul>`,
  );
}

export function pregnancyQuestion(chosen: PlanAnswers['pregnant']): TemplateResult {
  return radioQuestion(
    'pregnant',
    msg('Are you pregnant, planning a pregnancy or breastfeeding?'),
    [
      { value: 'yes', label: msg('Pregnant or planning a pregnancy', { id: 'answer.pregnant.yes', desc: 'Answer to "Are you pregnant, planning a pregnancy or breastfeeding?"' }) },
      { value: 'breastfeeding', label: msg('Breastfeeding', { id: 'answer.pregnant.breastfeeding', desc: 'Answer to "Are you pregnant, planning a pregnancy or breastfeeding?"' }) },
      { value: 'no', label: msg('Neither', { id: 'answer.pregnant.no', desc: 'Answer to "Are you pregnant, planning a pregnancy or breastfeeding?"' }) },
      {
        value: 'not-sure',
        label: msg('Not sure', {
          id: 'answer.pregnant.not-sure',
          desc: 'Answer to "Are you pregnant, planning a pregnancy or breastfeeding?" Not in the first person, so that it fits every reader whatever their gender.',
        }),
        hint: msg('The plan will assume you are pregnant, to be safe. Ask your GP or midwife.'),
      },
    ],
    chosen,
  );
}

export function folateQuestion(chosen: PlanAnswers['folateLow']): TemplateResult {
  return radioQuestion(
    'folateLow',
    msg('Has a blood test shown that your folate is low?'),
    [
      { value: 'yes', label: msg('Yes', { id: 'answer.folate-low.yes', desc: 'Answer to "Has a blood test shown that your folate is low?"' }) },
      { value: 'no', label: msg('No', { id: 'answer.folate-low.no', desc: 'Answer to "Has a blood test shown that your folate is low?"' }) },
      {
        value: 'not-sure',
        label: msg('Not known', {
          id: 'answer.folate-low.not-sure',
          desc: 'Answer to "Has a blood test shown that your folate is low?" Not in the first person, so that it fits every reader whatever their gender.',
        }),
      },
    ],
    chosen,
  );
}
