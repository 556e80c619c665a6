import { msg, str } from '@lit/localize';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { acceptedUnits, assessCofactors, findUnit, guideLevels, type Analyte, type Assessment, type Profile, type RangeUsed, type Warning } from '../../engine/index.js';
import { formatNumber } from '../../i18n/format.js';
import { adviceItem } from '../shared/advice-list.js';
import { adviceText } from '../shared/advice-text.js';
import { adviceWords } from '../shared/advice-words.js';
import { analyteName } from '../shared/analyte-names.js';
import { heading } from '../shared/heading.js';
import { scriptFailedNotice } from '../shared/prerendered-content.js';
import { unavailableNote } from '../shared/unavailable.js';
import { warningList } from '../shared/warning-list.js';
import { warningWords } from '../shared/warning-words.js';
import { PersonChangeNotifier } from '../shared/person-change-notifier.js';
import { B12WidgetElement } from '../shared/widget-element.js';
import { analyteFieldset } from './analyte-fieldset.js';
import { analyteResult } from './analyte-result.js';
import { cofactorCheckerStyles } from './cofactor-checker.styles.js';
import { B12_TESTS_SHOWN, COFACTORS_SHOWN } from './display-order.js';
import { emptyEntries, entriesReadIn, toAssessInput, type Entries, type EntryField } from './form-entries.js';
import { guideTable } from './guide-table.js';
import { laboratoryCredit, rangeQuestion } from './laboratory-words.js';
import { statusLabel } from './status-words.js';
import { parseUnitsAttribute, unitsProblemText, type UnitPreferences } from './units-attribute.js';

/**
 * Checks blood results for vitamin B12's cofactors (folate, ferritin, vitamin B6) and,
 * optionally, B12 itself, against a guidance profile: where each stands, what it means,
 * the safety warnings that apply, and the sources. Nothing typed leaves the page.
 *
 * Put fallback content inside the element (a static table or a link); it shows until
 * the element is ready, and when a profile cannot be loaded.
 *
 * @summary A cofactor checker for people with B12 deficiency.
 *
 * @customElement b12-cofactor-checker
 *
 * @slot - Fallback content, shown before the element upgrades and when its profile fails.
 *
 * @fires b12-assess - After every change. `detail` is the engine's assessment (`Assessment` from `b12-widgets/engine`).
 *
 * @csspart root - The widget's outer box.
 * @csspart heading - Headings.
 * @csspart analyte - One blood test: its fields and its result.
 * @csspart fields - The fieldset of one blood test.
 * @csspart input - Number inputs.
 * @csspart select - Unit pickers.
 * @csspart lab-range - The optional lab-range section.
 * @csspart laboratory - Where the profile is a laboratory's: whose ranges they are and when they were read.
 * @csspart range-used - Where a laboratory prints one range for women and one for men: which the report uses.
 * @csspart error-message - A message beside a field that needs fixing.
 * @csspart result - The result of one blood test; also `result-deficient`, `result-below-optimal`, `result-optimal`, `result-above-range`, `result-not-entered`.
 * @csspart status - The status line of a result.
 * @csspart range-bar - The bar that shows the bands and the value.
 * @csspart legend - The bands in words.
 * @csspart advice - Advice for one result.
 * @csspart position - Whose position a figure or a piece of advice is, in words.
 * @csspart warnings - A list of safety warnings.
 * @csspart warning - One warning; also `warning-urgent`, `warning-caution`, `warning-info`.
 * @csspart sources - A list of sources.
 * @csspart next-steps - What to do next.
 * @csspart actions - The clear and print buttons.
 * @csspart guide-table - The guide table in `mode="guide"`.
 * @csspart editor-notice - A problem for the page's editor (bad attribute or profile).
 *
 * @cssprop --b12-colour-deficient - Deficient band and status. Default #d5281b; dark #ff7a6e.
 * @cssprop --b12-colour-below-optimal - Below-optimal band and status. Default #c96a00; dark #f5a623.
 * @cssprop --b12-colour-optimal - Optimal band and status. Default #007f3b; dark #4cc38a.
 * @cssprop --b12-colour-above-range - Above-range band and status. Default #330072; dark #b69cff.
 */
export class B12CofactorChecker extends B12WidgetElement {
  static override styles = cofactorCheckerStyles;

  /** `check` (default): a form for the person's results. `guide`: the table of levels alone. */
  @property() mode: string = 'check';

  /** Units to start in, as the local lab reports them: `folate:nmol/L b12:pmol/L`. Tests: `b12`, `active-b12`, `folate`, `ferritin`, `b6`. */
  @property() units: string | null = null;

  /** A denser layout for narrow columns and sidebars. */
  @property({ type: Boolean, reflect: true }) compact = false;

  @state() private entries?: Entries;
  @state() private b12TherapyStarted = false;
  @state() private pregnant = false;
  /** Which of a laboratory's two ranges each report uses, where the person has said. */
  @state() private rangeUsed: Partial<Record<Analyte, RangeUsed>> = {};

  private assessment?: Assessment;
  private assessedInputs?: unknown[];
  private unitPreferences: UnitPreferences = { units: {}, problems: [] };
  /** The profile the entries were made for. */
  private entriesProfile?: Profile;
  private readonly notifier = new PersonChangeNotifier<Assessment>(this, 'b12-assess', () => this.assessment);
  /** The locale the entries were typed in, so a change of language cannot change what a number means. */
  private entriesLocale?: string;

  /** Empties every field and unticks B12 treatment and pregnancy. */
  clear(): void {
    this.entries = undefined;
    this.entriesProfile = undefined;
    this.b12TherapyStarted = false;
    this.pregnant = false;
    this.rangeUsed = {};
    this.notifier.changed();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { state } = this.profiles;
    if (state.status !== 'ready') return;
    const { profile } = state;
    if (profile !== this.entriesProfile || changed.has('units')) this.reconcileEntries(profile, changed.has('units'));
    if (this.entriesLocale !== this.locale) {
      if (this.entries && this.entriesLocale) this.entries = entriesReadIn(this.entries, this.entriesLocale, this.locale);
      this.entriesLocale = this.locale;
    }
    // The guide shows the profile's levels alone: nothing to assess.
    this.assessment = this.mode === 'guide' ? undefined : this.assessed(profile);
  }

  /**
   * Entries for a new profile or `units` attribute. A new `units` attribute is the
   * editor's choice and applies at once to the tests it names; the units the person
   * picked for other tests stay. A new profile keeps what was typed.
   */
  private reconcileEntries(profile: Profile, unitsChanged: boolean): void {
    this.unitPreferences = parseUnitsAttribute(this.units, profile);
    const { units } = this.unitPreferences;
    const fresh = emptyEntries((analyte) => units[analyte] ?? profile.analytes[analyte].canonicalUnit);
    this.entries = unitsChanged && this.entries ? withUnits(this.entries, units) : keepTypedValues(this.entries, fresh, profile);
    this.entriesProfile = profile;
  }

  /** The assessment of what is on the form, worked out again only when something it reads has changed (not for an announcement). */
  private assessed(profile: Profile): Assessment {
    const inputs = [profile, this.entries, this.locale, this.b12TherapyStarted, this.pregnant, this.rangeUsed];
    if (this.assessment && this.assessedInputs?.every((input, i) => input === inputs[i])) return this.assessment;
    this.assessedInputs = inputs;
    return assessCofactors(toAssessInput(this.entries!, this.locale, { b12TherapyStarted: this.b12TherapyStarted, pregnant: this.pregnant, rangeUsed: this.rangeUsed }), profile);
  }

  protected override renderContent(profile: Profile): TemplateResult {
    return this.mode === 'guide' ? this.renderGuide(profile) : this.renderCheck(profile);
  }

  private renderGuide(profile: Profile): TemplateResult {
    return html`${heading(this.level, msg('Cofactor levels guide'))} ${laboratoryCredit(profile.laboratory, this.locale)}
    ${guideTable({ levels: guideLevels(profile, this.unitPreferences.units), locale: this.locale, laboratoryLang: profile.laboratory?.lang })}`;
  }

  private renderCheck(profile: Profile): TemplateResult {
    const assessment = this.assessment!;
    const { items, warnings, errors, advice } = assessment;
    const example = formatNumber(12.5, this.locale);
    const section = (title: string, analytes: readonly Analyte[]) =>
      html`<section class="section">
        ${heading(this.level + 1, title, 'medium')}
        ${analytes.map((analyte) => {
          const item = items.find((i) => i.analyte === analyte)!;
          return html`<div class="analyte" part="analyte">
            ${analyteFieldset({
              analyte,
              entry: this.entries![analyte],
              units: acceptedUnits(profile.analytes[analyte]),
              errors: errors.filter((e) => e.analyte === analyte),
              example,
              question: rangeQuestion(analyte, item, this.rangeUsed[analyte], this.locale),
            })}
            ${analyteResult({
              item,
              hasInputError: errors.some((e) => e.analyte === analyte && (e.field === 'value' || e.field === 'unit')),
              warnings: warnings.filter((warning) => placeOf(warning, assessment) === analyte),
              locale: this.locale,
              adviceText: (advice, optimalFrom) => adviceText(profile, advice.id, this.locale, { optimalFrom }, adviceWords),
              laboratoryLang: profile.laboratory?.lang,
            })}
          </div>`;
        })}
      </section>`;

    return html`${scriptFailedNotice(msg('The results checker did not load. Try reloading the page. The guide below shows the levels it checks against.'))}
      ${heading(this.level, msg('Check your cofactor results'))}
      <p class="intro">
        ${msg('Enter the results from your blood test to see how they compare with the levels in this guide. This is not a diagnosis: talk to your GP about your results.')}
        <strong>${msg('Nothing you type leaves this page.')}</strong>
      </p>
      ${laboratoryCredit(profile.laboratory, this.locale)}
      <form class="form" novalidate @input=${this.onInput} @change=${this.onInput} @keydown=${this.onKeydown} @submit=${this.onSubmit}>
        <div class="checkbox">
          <input id="b12-started" type="checkbox" .checked=${this.b12TherapyStarted} @change=${this.onStartedChange} />
          <label for="b12-started">${msg('I have started B12 treatment (injections or tablets)')}</label>
        </div>
        <div class="checkbox">
          <input id="pregnant" type="checkbox" .checked=${this.pregnant} @change=${this.onPregnantChange} />
          <label for="pregnant">${msg('I am pregnant or planning a pregnancy')}</label>
        </div>
        ${warningList(
          warnings.filter((warning) => placeOf(warning, assessment) === undefined),
          this.locale,
          warningWords,
        )}
        ${section(msg('Cofactors'), COFACTORS_SHOWN)} ${section(msg('B12 results (optional)'), B12_TESTS_SHOWN)}
      </form>
      <section class="next-steps" part="next-steps">
        ${heading(this.level + 1, msg('What to do next'), 'medium')}
        <ul part="advice">
          ${advice.map((piece) => adviceItem(piece, adviceText(profile, piece.id, this.locale, piece, adviceWords)))}
          <li>${msg('This is not a diagnosis. Talk to your GP before you start or change any treatment.')}</li>
          <li>${msg(str`This guide is for adults aged ${profile.audience.minimumAgeYears} and over.`)}</li>
        </ul>
      </section>
      <div class="actions" part="actions">
        <button type="button" @click=${this.onClear}>${msg('Clear all results')}</button>
        ${this.allows('print') ? html`<button type="button" @click=${this.onPrint}>${msg('Print a summary')}</button>` : unavailableNote('print')}
      </div>`;
  }

  protected override attributeProblems(): string[] {
    const problems = this.unitPreferences.problems.map(unitsProblemText);
    if (this.mode !== 'check' && this.mode !== 'guide') {
      problems.push(msg(str`The mode attribute is "${this.mode}". Use mode="guide" for the table of levels, or leave it out for the checker.`));
    }
    return problems;
  }

  private onInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const analyte = target.dataset.analyte as Analyte | undefined;
    if (analyte && target.dataset.rangeUsed !== undefined) return this.onRangeUsedChange(analyte, target.value);
    const field = target.dataset.field as EntryField | undefined;
    if (!analyte || !field || !this.entries) return;
    if (this.entries[analyte][field] === target.value) return;
    this.entries = { ...this.entries, [analyte]: { ...this.entries[analyte], [field]: target.value } };
    this.notifier.changed();
    void this.updateComplete.then(() => this.announceResult(analyte, false));
  }

  private onRangeUsedChange(analyte: Analyte, value: string): void {
    const { [analyte]: _previous, ...others } = this.rangeUsed;
    const chosen = value === 'women' || value === 'men' ? value : undefined;
    if (chosen === _previous) return;
    this.rangeUsed = chosen ? { ...others, [analyte]: chosen } : others;
    this.notifier.changed();
    void this.updateComplete.then(() => this.announceResult(analyte, true));
  }

  private onStartedChange(event: Event): void {
    this.b12TherapyStarted = (event.target as HTMLInputElement).checked;
    this.notifier.changed();
  }

  private onPregnantChange(event: Event): void {
    this.pregnant = (event.target as HTMLInputElement).checked;
    this.notifier.changed();
  }

  /**
   * Enter in a field says the result now rather than after the typing pause. Handled on
   * keydown because a form with several text fields and no submit button never submits.
   */
  private onKeydown(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    if (event.key !== 'Enter' || target.localName !== 'input' || (target as HTMLInputElement).type === 'checkbox') return;
    event.preventDefault();
    const analyte = target.dataset.analyte as Analyte | undefined;
    if (analyte) this.announceResult(analyte, true);
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
  }

  private onClear(): void {
    this.clear();
    this.announcer.announce(
      this.speak(() => msg('All results cleared.')),
      true,
    );
    this.focusAfterUpdate('input[data-field="value"]');
  }

  private onPrint(): void {
    window.print();
  }

  private announceResult(analyte: Analyte, immediately: boolean): void {
    const assessment = this.assessment;
    if (!assessment) return;
    const item = assessment.items.find((i) => i.analyte === analyte)!;
    const error = assessment.errors.find((e) => e.analyte === analyte);
    const urgent = assessment.warnings.filter((w) => w.severity === 'urgent').length;
    const message = this.speak(() => {
      const name = analyteName(analyte);
      if (error) return msg(str`${name}: check what you typed.`);
      return urgent > 0 ? msg(str`${name}: ${statusLabel(analyte, item.status)}. There is an urgent warning.`) : msg(str`${name}: ${statusLabel(analyte, item.status)}.`);
    });
    this.announcer.announce(message, immediately);
  }
}

/**
 * The result a warning is read beside: the first test it concerns that has a result, or
 * else the first it concerns. Undefined for a warning about no test in particular, which
 * is shown above the results. Which warnings apply, and to what, is the engine's.
 */
function placeOf(warning: Warning, { items }: Assessment): Analyte | undefined {
  const entered = warning.analytes.find((analyte) => items.some((item) => item.analyte === analyte && item.status !== 'not-entered'));
  return entered ?? warning.analytes[0];
}

function withUnits(entries: Entries, units: Partial<Record<Analyte, string>>): Entries {
  const updated = { ...entries };
  for (const [analyte, unit] of Object.entries(units) as [Analyte, string][]) updated[analyte] = { ...entries[analyte], unit };
  return updated;
}

/**
 * Fresh entries for a profile, keeping what the person typed. A unit the new profile
 * does not accept goes back to the default, so no field is left on a unit it cannot use.
 */
function keepTypedValues(previous: Entries | undefined, fresh: Entries, profile: Profile): Entries {
  if (!previous) return fresh;
  const kept = { ...fresh };
  for (const analyte of Object.keys(fresh) as Analyte[]) {
    const accepted = findUnit(profile.analytes[analyte], previous[analyte].unit);
    kept[analyte] = { ...previous[analyte], unit: accepted?.unit ?? fresh[analyte].unit };
  }
  return kept;
}
