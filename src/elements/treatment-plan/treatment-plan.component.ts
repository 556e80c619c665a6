import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { buildTreatmentPlan, CAUSES, newPlanId, toICalendar, type Cause, type PlanInput, type Profile, type TreatmentPlan } from '../../engine/index.js';
import { formatDate } from '../../i18n/dates.js';
import { adviceList } from '../shared/advice-list.js';
import { adviceText } from '../shared/advice-text.js';
import { adviceWords } from '../shared/advice-words.js';
import { heading } from '../shared/heading.js';
import { scriptFailedNotice } from '../shared/prerendered-content.js';
import { unavailableNote } from '../shared/unavailable.js';
import { readToday } from '../shared/today.js';
import { positionTag } from '../shared/position-words.js';
import { profileText } from '../shared/profile-text.js';
import { sourceList } from '../shared/source-list.js';
import { warningList } from '../shared/warning-list.js';
import { warningWords } from '../shared/warning-words.js';
import { PersonChangeNotifier } from '../shared/person-change-notifier.js';
import { B12WidgetElement } from '../shared/widget-element.js';
import { saveFile } from '../shared/save-file.js';
import { causeLabel } from './cause-words.js';
import { dateEntry, datePartFromInput, readDateEntry, type DateEntry, type DateParts } from '../shared/date-entry.js';
import { monthCalendar, monthNavigation, monthOf, shiftMonth, type MonthView } from './month-calendar.js';
import { alternativeWords, phaseHeading, phaseSentences, reviewWords, scheduleEntryWords } from './phase-words.js';
import { causeQuestion, folateQuestion, neurologicalQuestion, pregnancyQuestion, type PlanAnswers } from './plan-questions.js';
import { planTable } from './plan-table.js';
import { nextEntry, scheduleList } from './schedule-list.js';
import { treatmentPlanStyles } from './treatment-plan.styles.js';

/**
 * A personal B12 treatment plan: from the cause of the deficiency and whether nerves are
 * affected, the loading and maintenance regimen in plain words, a dated calendar of
 * injections, a print view and an .ics file for the person's own calendar. Every dose,
 * interval and warning comes from the engine and the profile.
 *
 * @summary A B12 treatment plan with a dated calendar.
 *
 * @customElement b12-treatment-plan
 *
 * @slot - Fallback content, shown before the element upgrades and when its profile fails.
 *
 * @fires b12-plan-change - After every change that gives a plan. `detail` is the engine's `TreatmentPlan`.
 *
 * @csspart root - The widget's outer box.
 * @csspart heading - Headings.
 * @csspart question - One question.
 * @csspart input - Text inputs of the date.
 * @csspart error-message - A message beside a field that needs fixing.
 * @csspart plan - The plan once the questions are answered.
 * @csspart phase - One phase of treatment.
 * @csspart review - When the treatment is reviewed (NICE NG239).
 * @csspart advice - A list of advice, each piece labelled with whose position it is.
 * @csspart support-group - The box of advice beside the plan (named before it held national guidance too).
 * @csspart position - Whose position a phase or a piece of advice is, in words.
 * @csspart warnings - The safety warnings.
 * @csspart warning - One warning; also `warning-urgent`, `warning-caution`, `warning-info`.
 * @csspart sources - A list of sources.
 * @csspart schedule - The dated list of injections.
 * @csspart next-badge - The "Next injection" mark.
 * @csspart month-calendar - The month grid.
 * @csspart actions - Calendar and print buttons.
 * @csspart plan-table - The table in `mode="table"`.
 * @csspart editor-notice - A problem for the page's editor.
 */
export class B12TreatmentPlan extends B12WidgetElement {
  static override styles = treatmentPlanStyles;

  /** `plan` (default): questions and a personal plan. `table`: every cause and symptom group, no questions. */
  @property() mode: string = 'plan';

  /** A cause to start with, for pages about one cause: `autoimmune-gastritis`, `malabsorption`, `medication`, `diet`, `nitrous-oxide`, `unknown`. */
  @property() cause: string | null = null;

  /** The date counted as today (ISO yyyy-mm-dd), for the "next injection". Defaults to the device's date, which is also used (with a notice for the editor) when the value is not a real date. */
  @property({ attribute: false }) today?: string;

  @state() private answers: PlanAnswers = {};
  @state() private dateParts: DateParts = { day: '', month: '', year: '' };
  @state() private view: 'list' | 'month' = 'list';
  @state() private month?: MonthView;

  private date: DateEntry = { kind: 'empty' };
  /**
   * This person's plan in their calendar: each "Add to calendar" from this widget replaces
   * the events of the last one. (After a reload the widget cannot know it is the same
   * person; it stores nothing.)
   */
  private readonly calendarPlanId = newPlanId();
  private plan?: TreatmentPlan;
  private readonly notifier = new PersonChangeNotifier<TreatmentPlan>(this, 'b12-plan-change', () => this.plan);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('cause') && isCause(this.cause)) this.answers = { ...this.answers, cause: this.cause };
    this.date = readDateEntry(this.dateParts, this.day);
    const { state } = this.profiles;
    const { cause, neurological, pregnant, folateLow } = this.answers;
    this.plan =
      state.status === 'ready' && cause && neurological
        ? buildTreatmentPlan(
            {
              cause,
              // The person's answers as the engine takes them; what "not sure" means for the plan is the engine's decision.
              neurologicalSymptoms: NEUROLOGICAL_ANSWERS[neurological],
              ...(pregnant && PREGNANCY_ANSWERS[pregnant]),
              ...(folateLow && { folateLow: FOLATE_ANSWERS[folateLow] }),
              ...(this.date.kind === 'date' && { startDate: this.date.iso }),
              today: this.day,
            },
            state.profile,
          )
        : undefined;
    const next = this.plan && nextEntry(this.plan.schedule, this.day);
    if (this.plan?.schedule.length && (!this.month || (changed as PropertyValues).has('dateParts'))) this.month = monthOf((next ?? this.plan.schedule[0]).date);
  }

  protected override renderContent(profile: Profile): TemplateResult {
    return this.mode === 'table' ? this.renderTable(profile) : this.renderPlanMode(profile);
  }

  private renderTable(profile: Profile): TemplateResult {
    return html`${heading(this.level, msg('B12 treatment by cause'))}
      <p class="intro">${msg('The usual B12 treatment in the UK for adults. This is not a diagnosis: your GP or clinician decides your treatment.')}</p>
      ${planTable(profile, this.locale)}`;
  }

  private renderPlanMode(profile: Profile): TemplateResult {
    const { cause, neurological, pregnant, folateLow } = this.answers;
    return html`${scriptFailedNotice(msg('The treatment planner did not load. Try reloading the page. The table below shows the usual treatment for each cause.'))}
      ${heading(this.level, msg('Your B12 treatment plan'))}
      <p class="intro">
        ${msg('Answer the questions to see the usual treatment for someone in your situation. This is not a diagnosis: your GP or clinician decides your treatment.')}
        <strong>${msg('Nothing you enter leaves this page.')}</strong>
      </p>
      <form class="questions" novalidate @change=${this.onChange} @input=${this.onDateInput} @submit=${(event: Event) => event.preventDefault()}>
        ${causeQuestion(cause)} ${neurologicalQuestion(neurological)} ${pregnancyQuestion(pregnant)} ${folateQuestion(folateLow)}
        ${dateEntry(this.dateParts, this.date, {
          id: 'start-date',
          legend: msg('When is your first injection?'),
          hint: msg('Optional. With a date you get a calendar of your injections. For example, 27 3 2027'),
          pastNote: msg('This date is in the past. The calendar starts from it.'),
        })}
      </form>
      <section class="plan" part="plan" aria-labelledby="plan-heading">
        ${this.plan ? this.renderPlan(this.plan, profile) : html`<p class="placeholder" id="plan-heading">${msg('Answer the first two questions to see your plan.')}</p>`}
      </section>`;
  }

  private renderPlan(plan: TreatmentPlan, profile: Profile): TemplateResult {
    const sub = this.level + 1;
    const { cause } = this.answers;
    const { neurologicalSymptoms, assumedNeurologicalSymptoms, assumedPregnant } = plan.plannedFor;
    return html`<div id="plan-heading">${heading(sub, msg('Your plan'), 'medium')}</div>
      <p class=${assumedNeurologicalSymptoms || assumedPregnant ? 'planned-for' : 'planned-for print-only'}>
        ${causeLabel(cause!)}.
        ${
          assumedNeurologicalSymptoms
            ? msg('You are not sure whether you have problems with your nerves, memory or balance, so this plan is for someone who has them, to be safe. Ask your GP.')
            : neurologicalSymptoms
              ? msg('Problems with nerves, memory or balance.')
              : msg('No problems with nerves, memory or balance.')
        }
        ${assumedPregnant ? msg('You are not sure whether you are pregnant, so this plan is for someone who is, to be safe. Ask your GP or midwife.') : nothing}
      </p>
      ${warningList(plan.warnings, this.locale, warningWords)}
      <ol class="phases">
        ${plan.phases.map(
          (phase) =>
            html`<li class="phase phase--${phase.id}" part="phase" data-phase=${phase.id}>
              ${heading(sub + 1, phaseHeading(phase), 'small')}
              <p class="phase__position">${positionTag([phase.position])}</p>
              <ul>
                ${phaseSentences(phase, this.locale).map((sentence) => html`<li>${sentence}</li>`)}
              </ul>
              ${sourceList(phase.sources, 'inline')}
            </li>`,
        )}
      </ol>
      <div class="review" part="review">
        <p>${reviewWords(plan.review, this.locale)} ${positionTag([plan.review.position])}</p>
        ${sourceList(plan.review.sources, 'inline')}
      </div>
      ${
        plan.alternatives.length
          ? html`<div class="alternatives">
              ${plan.alternatives.map(
                (alternative) =>
                  html`<p data-alternative=${alternative.id}>
                      ${profileText(profile, alternative.id, this.locale) ?? alternativeWords(alternative, this.locale)} ${positionTag([alternative.position])}
                    </p>
                    ${sourceList(alternative.sources, 'inline')}`,
              )}
            </div>`
          : nothing
      }
      ${
        plan.advice.length
          ? html`<aside class="plan-advice" part="support-group" aria-label=${msg('Advice about maintenance injections')}>
              ${adviceList(plan.advice, (advice) => adviceText(profile, advice.id, this.locale, advice, adviceWords))} ${sourceList(plan.adviceSources, 'inline')}
            </aside>`
          : nothing
      }
      <p class="not-diagnosis">
        ${msg('This is not a diagnosis. Talk to your GP before you start or change any treatment.')} ${msg(str`This guide is for adults aged ${profile.audience.minimumAgeYears} and over.`)}
      </p>
      ${this.renderDates(plan)}`;
  }

  private renderDates(plan: TreatmentPlan): TemplateResult {
    const sub = this.level + 1;
    if (plan.schedule.length === 0) {
      return html`${heading(sub, msg('Your injection dates'), 'medium')}
        <p>${msg('Add the date of your first injection above to see your dates and add them to your calendar.')}</p>`;
    }
    const next = nextEntry(plan.schedule, this.day);
    return html`${heading(sub, msg('Your injection dates'), 'medium')}
      ${
        next
          ? html`<p class="next-summary">
              ${next.kind === 'review' ? msg('Next:') : msg('Your next injection:')}
              <strong><time datetime=${next.date}>${formatDate(next.date, this.locale, 'full')}</time></strong>
            </p>`
          : nothing
      }
      <div class="actions" part="actions">
        ${this.allows('downloads') ? html`<button type="button" @click=${this.onDownload}>${msg('Add to calendar (.ics file)')}</button>` : unavailableNote('downloads')}
        ${this.allows('print') ? html`<button type="button" @click=${() => window.print()}>${msg('Print this plan')}</button>` : unavailableNote('print')}
      </div>
      <div class="view-switch" role="group" aria-label=${msg('Show dates as')}>
        <button type="button" aria-pressed=${this.view === 'list' ? 'true' : 'false'} @click=${() => (this.view = 'list')}>${msg('List')}</button>
        <button type="button" aria-pressed=${this.view === 'month' ? 'true' : 'false'} @click=${() => (this.view = 'month')}>${msg('Month')}</button>
      </div>
      ${
        this.view === 'month' && this.month
          ? html`<div class="month-view">
              ${monthNavigation(this.month, this.locale, (by) => (this.month = shiftMonth(this.month!, by)))} ${monthCalendar(this.month, plan.schedule, next, this.day, this.locale)}
            </div>`
          : nothing
      }
      <div class=${this.view === 'month' ? 'print-only' : ''}>${scheduleList(plan.schedule, next, this.locale)}</div>`;
  }

  protected override attributeProblems(): string[] {
    const problems: string[] = [];
    if (this.mode !== 'plan' && this.mode !== 'table') {
      problems.push(msg(str`The mode attribute is "${this.mode}". Use mode="table" for the table of all causes, or leave it out for the personal plan.`));
    }
    if (this.cause !== null && !isCause(this.cause)) {
      problems.push(msg(str`The cause attribute is "${this.cause}". Use one of: ${CAUSES.join(', ')}.`));
    }
    const { problem } = readToday(this.today);
    if (problem) problems.push(problem());
    return problems;
  }

  /** Today as the plan counts it: `.today` when it is a real date, else the device's. */
  private get day(): string {
    return readToday(this.today).iso;
  }

  private onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const question = input.dataset.question as keyof PlanAnswers | undefined;
    if (!question || input.type !== 'radio') return;
    this.answers = { ...this.answers, [question]: input.value };
    this.notifier.changed();
    void this.updateComplete.then(() => this.announcePlan());
  }

  private onDateInput(event: Event): void {
    const typed = datePartFromInput(event);
    if (!typed) return;
    this.dateParts = { ...this.dateParts, [typed.part]: typed.value };
    this.notifier.changed();
    void this.updateComplete.then(() => this.announcePlan());
  }

  private onDownload(): void {
    if (!this.plan) return;
    const plan = this.plan;
    const ics = this.speak(() =>
      toICalendar(plan.schedule, {
        title: msg('B12 injections'),
        locale: this.locale,
        planId: this.calendarPlanId,
        summary: (entry) => scheduleEntryWords(entry, this.locale),
      }),
    );
    saveFile(ics, 'b12-injections.ics', 'text/calendar', this.renderRoot);
  }

  private announcePlan(): void {
    if (!this.plan) return;
    const urgent = this.plan.warnings.some((w) => w.severity === 'urgent');
    const next = nextEntry(this.plan.schedule, this.day);
    const parts = this.speak(() => [
      msg('Your plan has been updated.'),
      ...(urgent ? [msg('There is an urgent warning.')] : []),
      ...(next
        ? [next.kind === 'review' ? msg(str`Next: ${scheduleEntryWords(next, this.locale)}, ${formatDate(next.date, this.locale)}.`) : msg(str`Next injection: ${formatDate(next.date, this.locale)}.`)]
        : []),
    ]);
    this.announcer.announce(parts.join(' '));
  }
}

/** The radio answers as the engine's input. */
const NEUROLOGICAL_ANSWERS: Record<NonNullable<PlanAnswers['neurological']>, PlanInput['neurologicalSymptoms']> = { yes: true, no: false, 'not-sure': 'unsure' };
const PREGNANCY_ANSWERS: Record<NonNullable<PlanAnswers['pregnant']>, Pick<PlanInput, 'pregnant' | 'breastfeeding'>> = {
  yes: { pregnant: true },
  breastfeeding: { breastfeeding: true },
  no: {},
  'not-sure': { pregnant: 'unsure' },
};
const FOLATE_ANSWERS: Record<NonNullable<PlanAnswers['folateLow']>, NonNullable<PlanInput['folateLow']>> = { yes: true, no: false, 'not-sure': 'unknown' };

function isCause(value: string | null): value is Cause {
  return CAUSES.includes(value as Cause);
}
