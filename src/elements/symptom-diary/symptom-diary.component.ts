import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import {
  diaryAdvice,
  diaryToAdd,
  diaryWarnings,
  diaryDateProblem,
  diarySymptoms,
  diarySymptomSources,
  DIARY_LIMITS,
  emptyDiary,
  joinOwnSymptoms,
  mergeDiaries,
  newEntryId,
  sameSymptomName,
  summariseDiary,
  toDiaryCsv,
  toDiaryJson,
  type Diary,
  type DiarySummary,
  type Profile,
  type SymptomLevel,
  type Warning,
} from '../../engine/index.js';
import { formatDate } from '../../i18n/dates.js';
import { formatNumber } from '../../i18n/format.js';
import { adviceList } from '../shared/advice-list.js';
import { adviceText } from '../shared/advice-text.js';
import { maintenanceReviewWords } from '../shared/maintenance-review-words.js';
import type { WordsForAdvice } from '../shared/advice-text.js';
import { readDateEntry, requireDate, type DateEntry, type DateParts } from '../shared/date-entry.js';
import { heading } from '../shared/heading.js';
import { readToday } from '../shared/today.js';
import { saveFile } from '../shared/save-file.js';
import { sourceList } from '../shared/source-list.js';
import { B12WidgetElement } from '../shared/widget-element.js';
import { cycleChartFigure, PRINT_CHART_BOX, timeChartFigure } from './diary-charts.js';
import { DiaryStore, listenToOtherTabs, StorageRefused } from './diary-store.js';
import { cycleTable } from './cycle-table.js';
import { diaryTable, printedEntryList, PRINTED_SYMPTOM_COLUMNS, type EntryRef } from './diary-table.js';
import { checkInForm, injectionForm, type CheckInDraft, type CheckInProblem, type InjectionDraft, type OwnSymptomProblem } from './entry-forms.js';
import { filePanel, keepingPanel, type FileOutcome, type Keeping } from './keeping-panel.js';
import { otherCausesWords, ruleWords, summarySentences } from './summary-words.js';
import { diaryUrgentWarningWords } from '../shared/diary-urgent-words.js';
import { fallbackWarningWords, warningList, type WordsForWarning } from '../shared/warning-list.js';
import { symptomDiaryStyles } from './symptom-diary.styles.js';
import { levelWords, namedSymptoms, type NamedSymptom } from './symptom-words.js';
import { WidthObserver } from './width-observer.js';

/** The diary gives one piece of advice, NG239's review of the treatment; a profile words any other. */
const diaryAdviceWords: WordsForAdvice = (id, figures, locale) => (id === 'maintenance-review-frequency' ? maintenanceReviewWords(figures, locale) : undefined);

/** The diary gives only its safety net; any other warning a newer engine gives is still shown. */
const diaryWarningWords: WordsForWarning = (warning) => (warning.id === 'diary-urgent-symptoms' ? diaryUrgentWarningWords() : fallbackWarningWords(warning.id));

/** What changed, for the page: never what was recorded. */
export type DiaryChange = 'entries' | 'keeping' | 'file';

const CHART_HEIGHT = 220;
/** How many of the latest entries the table shows until the person asks for all. */
const LATEST_ENTRIES = 60;
/** How many of the latest cycles the cycle chart draws, and the cycle table lists (see README, "Limits, and why"). */
const CYCLES_DRAWN = 12;
const CYCLES_LISTED = 24;
/** A chart is drawn at this width until the widget has been measured. */
const UNMEASURED_WIDTH = 600;

const dateParts = (iso: string): DateParts => ({ day: String(Number(iso.slice(8, 10))), month: String(Number(iso.slice(5, 7))), year: iso.slice(0, 4) });

/**
 * A private symptom diary for people on B12 injections: they record their injections
 * and, on any day, how each symptom is. It shows whether symptoms come back before the
 * next injection (a chart over time, the cycles laid over each other, and the engine's
 * summary in words) for the conversation with their GP, and prints on one page.
 *
 * Nothing is kept unless the person chooses "Keep my diary on this device" (then in
 * IndexedDB, for this website only), and nothing is ever sent anywhere.
 *
 * @summary A private diary of B12 injections and symptoms.
 *
 * @customElement b12-symptom-diary
 *
 * @slot - Fallback content, shown before the element upgrades and when its profile fails.
 *
 * @fires b12-diary-change - After the person adds or deletes entries, keeps or deletes the diary on the device, or saves or opens a file. `detail.change` is `entries`, `keeping` or `file`; the event never carries what was recorded.
 *
 * @csspart root - The widget's outer box.
 * @csspart heading - Headings.
 * @csspart keeping - Where the diary is kept, and the choice to keep or delete it.
 * @csspart check-in-form - The form for how the person feels.
 * @csspart injection-form - The form for an injection.
 * @csspart symptom - One symptom's question.
 * @csspart input - Text inputs.
 * @csspart error-message - A message beside a field that needs fixing.
 * @csspart summary - The summary in words and the charts.
 * @csspart advice - Advice, each piece labelled with whose position it is.
 * @csspart position - Whose position a piece of advice is, in words.
 * @csspart cycle-table - The table of cycles: best day and the day symptoms came back.
 * @csspart diary-table - The table of entries.
 * @csspart sources - A list of sources.
 * @csspart editor-notice - A problem for the page's editor.
 */
export class B12SymptomDiary extends B12WidgetElement {
  static override styles = symptomDiaryStyles;

  /** The date counted as today (ISO yyyy-mm-dd): new entries start at it, and no entry or opened file may be later. Defaults to the device's date, which is also used (with a notice for the editor) when the value is not a real date. */
  @property({ attribute: false }) today?: string;

  @state() private diary: Diary = emptyDiary();
  @state() private keeping: Keeping = { state: 'checking' };
  @state() private confirmingDelete = false;
  @state() private injectionDraft: InjectionDraft = { date: { day: '', month: '', year: '' }, what: '' };
  @state() private checkInDraft: CheckInDraft = { date: { day: '', month: '', year: '' }, levels: {}, note: '', ownSymptomName: '' };
  /** Errors show once the person has tried to save; until then a half-typed date is not wrong. */
  @state() private tried = { injection: false, checkIn: false };
  @state() private ownSymptomProblem?: OwnSymptomProblem;
  @state() private chartSymptom = '';
  @state() private fileOutcome?: FileOutcome;
  @state() private showAllEntries = false;
  /** The entry deleted last, until it is restored or something else is recorded. */
  @state() private deleted?: { store: EntryRef['store']; entry: Diary['injections'][number] | Diary['checkIns'][number] };

  private store?: DiaryStore;
  private stopListening?: () => void;
  private readonly chartWidth = new WidthObserver(this);
  private summary: DiarySummary = summariseDiary(emptyDiary());
  /** The safety net for the diary and profile it was found for: it changes only with them. */
  private safetyNet: { diary?: Diary; profile?: Profile; warnings: Warning[] } = { warnings: [] };
  /** Every symptom id a check-in has recorded: kept names in the list, and the table's columns. */
  private recordedIds = new Set<string>();
  private symptoms: NamedSymptom[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopListening = listenToOtherTabs((message) => void this.onOtherTab(message));
    void this.findKeptDiary();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
    this.letGoOfStore();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // New entries start at today's date; what the person types afterwards is theirs.
    if (changed.has('today') || !this.hasUpdated) {
      this.injectionDraft = { ...this.injectionDraft, date: dateParts(this.day) };
      this.checkInDraft = { ...this.checkInDraft, date: dateParts(this.day) };
    }
    // Only when the entries change: not on each keystroke in the forms, which with years of
    // entries would re-sort all of them every time.
    if ((changed as PropertyValues).has('diary')) {
      this.summary = summariseDiary(this.diary);
      this.recordedIds = new Set(this.diary.checkIns.flatMap((entry) => Object.keys(entry.levels)));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.chartWidth.observe(this.renderRoot.querySelector('.root'));
  }

  protected override attributeProblems(): string[] {
    const { problem } = readToday(this.today);
    return problem ? [problem()] : [];
  }

  /** Today as the diary counts it: `.today` when it is a real date, else the device's. */
  private get day(): string {
    return readToday(this.today).iso;
  }

  private dateOf(parts: DateParts, tried: boolean): DateEntry {
    const entry = readDateEntry(parts, this.day, diaryDateProblem);
    return tried ? requireDate(entry) : entry.kind === 'error' ? { kind: 'empty' } : entry;
  }

  protected override renderContent(profile: Profile): TemplateResult {
    const sub = this.level + 1;
    this.symptoms = this.speak(() => namedSymptoms(profile, diarySymptoms(profile), this.diary.ownSymptoms, this.recordedIds, this.locale));
    const hasEntries = this.diary.injections.length + this.diary.checkIns.length > 0;
    const urgent = this.urgentWarnings(profile);
    return html`${heading(this.level, msg('Your symptom diary'))}
      <p class="intro">
        ${msg('Record your B12 injections and how you feel. The diary shows whether your symptoms come back before your next injection, so you can talk about it with your GP. It is not a diagnosis.')}
      </p>
      <section class="keeping" part="keeping" aria-labelledby="keeping-heading" data-state=${this.keeping.state}>
        <div id="keeping-heading">${heading(sub, msg('Where your diary is kept'), 'medium')}</div>
        ${keepingPanel(this.keeping, this.confirmingDelete, {
          onKeep: () => void this.keepOnDevice(),
          onAskDelete: () => (this.confirmingDelete = true),
          onConfirmDelete: () => void this.deleteFromDevice(),
          onCancelDelete: () => (this.confirmingDelete = false),
        })}
      </section>
      ${urgent.length ? html`<div class="safety-net">${warningList(urgent, this.locale, diaryWarningWords)}</div>` : nothing}
      <section class="record" aria-labelledby="check-in-heading">
        <div id="check-in-heading">${heading(sub, msg('How do you feel?'), 'medium')}</div>
        ${checkInForm(
          this.checkInDraft,
          this.dateOf(this.checkInDraft.date, this.tried.checkIn),
          this.symptoms,
          { checkIn: this.checkInProblem(), ownSymptom: this.ownSymptomProblem },
          { onSubmit: (event) => this.saveCheckIn(event), onAddSymptom: () => this.addOwnSymptom() },
          this.locale,
        )}
        <p class="safety-line">
          ${msg('If nerve symptoms are new or getting worse quickly, do not wait for your next injection: contact your GP today or call 111. In an emergency, call 999.', {
            desc: 'A short safety line always shown under the check-in form. Keep each instruction as an instruction, not a statement or a possibility.',
          })}
        </p>
      </section>
      <section class="record" aria-labelledby="injection-heading">
        <div id="injection-heading">${heading(sub, msg('Add an injection'), 'medium')}</div>
        ${injectionForm(this.injectionDraft, this.dateOf(this.injectionDraft.date, this.tried.injection), this.locale, (event) => this.saveInjection(event))}
      </section>
      ${this.renderDeleted()}
      ${hasEntries
        ? // Pictures and tables change only with the diary, its size or its language: a tap in
          // the check-in form does not redraw them (with years of entries, that is most of the work).
          guard([this.diary, this.chartWidth.width, this.textDirection, this.locale, this.chartSymptom, this.showAllEntries, profile, this.level], () => this.renderFindings(profile, sub))
        : nothing}
      <section class="file" aria-labelledby="file-heading">
        <div id="file-heading">${heading(sub, msg('Save or open a file'), 'medium')}</div>
        ${filePanel(this.fileOutcome, hasEntries, this.locale, {
          onExportJson: () => this.exportFile('json'),
          onExportCsv: () => this.exportFile('csv'),
          onImport: (event) => void this.importFile(event),
        })}
      </section>
      <div class="symptom-sources">
        <p>${msg('The symptom list is a selection of common symptoms from NICE guidance and the NHS website. It is not complete: add your own.')}</p>
        ${sourceList(diarySymptomSources(profile), 'inline')}
      </div>`;
  }

  private renderFindings(profile: Profile, sub: number): TemplateResult {
    const rtl = this.textDirection === 'rtl';
    const box = { width: this.chartWidth.width || UNMEASURED_WIDTH, height: CHART_HEIGHT, rtl };
    const paper = { ...PRINT_CHART_BOX, rtl };
    const chartSummary = this.chartSymptom ? summariseDiary(this.diary, { symptom: this.chartSymptom }) : this.summary;
    const chosen = this.symptoms.find((symptom) => symptom.id === this.chartSymptom);
    const advice = diaryAdvice(this.summary, profile);
    const injectionDates = this.diary.injections.map((entry) => entry.date);
    const timeLabel = chosen ? msg(str`Chart of ${chosen.name} over time, from none (0) to severe (3), with your injections marked`) : msg('Chart of your overall score over time, with your injections marked');
    const cycleLabel = msg('Chart of your overall score by days since each injection, one line for each cycle');
    return html`<section class="findings" part="summary" aria-labelledby="findings-heading">
        <div id="findings-heading">${heading(sub, msg('What your diary shows'), 'medium')}</div>
        <div class="summary">
          ${summarySentences(this.summary, this.locale).map((sentence) => html`<p class="summary__sentence">${sentence}</p>`)}
          ${adviceList(advice, (piece) => adviceText(profile, piece.id, this.locale, piece, diaryAdviceWords))}
          ${advice.length ? html`<p class="other-causes">${otherCausesWords()}</p>` : nothing}
          ${advice.length ? sourceList(advice.flatMap((piece) => piece.sources), 'inline') : nothing}
          <p class="not-diagnosis">${msg('This is what you recorded, not a diagnosis. Take it to your GP or nurse to talk about your treatment.')}</p>
        </div>
        <div class="charts">
          ${heading(sub + 1, msg('How you felt over time'), 'small')}
          <div class="field chart-choice">
            <label for="chart-symptom">${msg('Show', { desc: 'Label of a list that chooses what the chart shows: all symptoms, or one.' })}</label>
            <select id="chart-symptom" class="input" @change=${(event: Event) => (this.chartSymptom = (event.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${this.chartSymptom === ''}>${msg('All symptoms (overall score)')}</option>
              ${this.symptoms.map((symptom) => html`<option value=${symptom.id} ?selected=${this.chartSymptom === symptom.id}>${symptom.name}</option>`)}
            </select>
          </div>
          ${timeChartFigure(chartSummary, injectionDates, box, this.locale, timeLabel)}
          ${timeChartFigure(chartSummary, injectionDates, paper, this.locale, timeLabel, 'print')}
          ${heading(sub + 1, msg('Your cycles side by side'), 'small')}
          <p class="hint screen-only">${msg('Each line is one cycle, from an injection to the next, counted in days since the injection.')}</p>
          ${cycleChartFigure(this.summary, box, this.locale, cycleLabel, CYCLES_DRAWN)}
          ${cycleChartFigure(this.summary, paper, this.locale, cycleLabel, CYCLES_DRAWN, 'print')}
        </div>
        <div class="cycle-details">
          <p class="hint">${ruleWords(this.locale)}</p>
          ${cycleTable(this.summary, this.locale, CYCLES_LISTED)}
        </div>
      </section>
      <section class="entries" aria-labelledby="entries-heading">
        <div id="entries-heading">${heading(sub, msg('Your entries'), 'medium')}</div>
        <button type="button" class="button button--secondary screen-only" @click=${() => window.print()}>${msg('Print for your GP')}</button>
        ${this.renderEntries()}
      </section>`;
  }

  /** The diary's safety net (engine rule `diary-urgent-symptoms`): found again only when the diary or profile changes. */
  private urgentWarnings(profile: Profile): Warning[] {
    if (this.safetyNet.diary !== this.diary || this.safetyNet.profile !== profile) {
      this.safetyNet = { diary: this.diary, profile, warnings: diaryWarnings(this.diary, profile) };
    }
    return this.safetyNet.warnings;
  }

  /** The latest entries, or all of them when asked: years of daily check-ins are a long table to draw. */
  private renderEntries(): TemplateResult {
    const total = this.diary.injections.length + this.diary.checkIns.length;
    const limit = this.showAllEntries ? undefined : LATEST_ENTRIES;
    const recorded = this.recordedSymptoms();
    const screenTable = diaryTable(this.diary, this.summary, recorded, this.locale, (entry) => void this.deleteEntry(entry), limit);
    // Too many symptoms for columns on paper: the printed copy lists them in one cell.
    const table =
      recorded.length > PRINTED_SYMPTOM_COLUMNS
        ? html`<div class="entries__screen">${screenTable}</div>
            <div class="entries__paper">${printedEntryList(this.diary, this.summary, recorded, this.locale, limit)}</div>`
        : screenTable;
    if (total <= LATEST_ENTRIES) return table;
    const shown = formatNumber(Math.min(total, limit ?? total), this.locale);
    return html`<p class="entries__count">${msg(str`Entries shown: ${shown} of ${formatNumber(total, this.locale)}. All of them are in the file you can save.`)}</p>
      ${table}
      ${this.showAllEntries
        ? nothing
        : html`<button type="button" class="button button--secondary screen-only" @click=${() => (this.showAllEntries = true)}>${msg('Show all entries')}</button>`}`;
  }

  /** The symptoms recorded at least once: the table's columns. */
  private recordedSymptoms(): NamedSymptom[] {
    return this.symptoms.filter((symptom) => this.recordedIds.has(symptom.id));
  }

  private checkInProblem(): CheckInProblem | undefined {
    return this.tried.checkIn && Object.keys(this.checkInDraft.levels).length === 0 ? 'no-levels' : undefined;
  }

  // Drafts follow what is typed, so a re-render (a new language, another tab's entry) keeps it.
  protected override firstUpdated(): void {
    this.renderRoot.addEventListener('input', (event) => this.onDraftInput(event));
    this.renderRoot.addEventListener('change', (event) => this.onDraftInput(event));
  }

  private onDraftInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const form = input.closest('form')?.dataset.form;
    if (input.dataset.datePart) {
      const part = input.dataset.datePart as keyof DateParts;
      if (form === 'injection') this.injectionDraft = { ...this.injectionDraft, date: { ...this.injectionDraft.date, [part]: input.value } };
      if (form === 'check-in') this.checkInDraft = { ...this.checkInDraft, date: { ...this.checkInDraft.date, [part]: input.value } };
    } else if (input.dataset.symptom && input.type === 'radio' && input.checked) {
      this.checkInDraft = { ...this.checkInDraft, levels: { ...this.checkInDraft.levels, [input.dataset.symptom]: Number(input.value) as SymptomLevel } };
    } else if (input.dataset.draft === 'what') {
      this.injectionDraft = { ...this.injectionDraft, what: input.value };
    } else if (input.dataset.draft === 'note' || input.dataset.draft === 'ownSymptomName') {
      this.checkInDraft = { ...this.checkInDraft, [input.dataset.draft]: input.value };
    }
  }

  private saveInjection(event: Event): void {
    event.preventDefault();
    this.tried = { ...this.tried, injection: true };
    const date = this.dateOf(this.injectionDraft.date, true);
    if (date.kind !== 'date') return this.focusFirstError('injection');
    const what = this.injectionDraft.what.trim();
    const entry = { id: newEntryId(), date: date.iso, ...(what && { what }) };
    this.record({ injections: [entry] });
    this.injectionDraft = { ...this.injectionDraft, what: '' };
    this.tried = { ...this.tried, injection: false };
    this.announcer.announce(this.speak(() => msg(str`Injection added for ${formatDate(date.iso, this.locale)}.`)), true);
  }

  private saveCheckIn(event: Event): void {
    event.preventDefault();
    this.tried = { ...this.tried, checkIn: true };
    const date = this.dateOf(this.checkInDraft.date, true);
    if (date.kind !== 'date' || Object.keys(this.checkInDraft.levels).length === 0) return this.focusFirstError('check-in');
    const note = this.checkInDraft.note.trim();
    const entry = { id: newEntryId(), date: date.iso, levels: { ...this.checkInDraft.levels }, ...(note && { note }) };
    this.record({ checkIns: [entry] });
    this.checkInDraft = { ...this.checkInDraft, levels: {}, note: '' };
    this.tried = { ...this.tried, checkIn: false };
    this.announcer.announce(this.speak(() => msg(str`Check-in saved for ${formatDate(date.iso, this.locale)}.`)), true);
  }

  private addOwnSymptom(): void {
    const name = this.checkInDraft.ownSymptomName.trim();
    const listed = this.symptoms.some((symptom) => sameSymptomName(symptom.name, name, this.locale));
    this.ownSymptomProblem = !name ? 'empty' : listed ? 'already-listed' : this.diary.ownSymptoms.length >= DIARY_LIMITS.ownSymptoms ? 'too-many' : undefined;
    if (this.ownSymptomProblem) return this.focusFirstError('check-in');
    const symptom = { id: newEntryId('own-'), name };
    this.record({ ownSymptoms: [symptom] });
    this.checkInDraft = { ...this.checkInDraft, ownSymptomName: '' };
    this.announcer.announce(this.speak(() => msg(str`${name} added to the list.`)), true);
    void this.updateComplete.then(() => (this.renderRoot.querySelector(`[data-symptom="${symptom.id}"] input`) as HTMLElement | null)?.focus());
  }

  /** Puts focus on the first field with an error, as GOV.UK forms do, once it is shown. */
  private focusFirstError(form: string): void {
    void this.updateComplete.then(() => {
      const field = this.renderRoot.querySelector<HTMLElement>(`form[data-form="${form}"] [aria-invalid="true"], form[data-form="${form}"] .question--error input`);
      field?.focus();
    });
  }

  /** Adds entries to the diary, and to the device when it is kept there. */
  private record(entries: Partial<Diary>): void {
    this.diary = mergeDiaries(this.diary, { ...emptyDiary(), ...entries });
    this.deleted = undefined;
    this.changed('entries');
    void this.write((store) => store.put(entries));
  }

  /**
   * Writes a change to the kept diary. A failure (a full disk) leaves the diary kept, as
   * it is: the entries written before are still on the device, so the person is told
   * that this change was not kept, and can still delete the rest.
   */
  private async write(change: (store: DiaryStore) => Promise<void>): Promise<void> {
    const store = this.store;
    if (!store) return;
    try {
      await change(store);
      if (this.keeping.state === 'kept' && this.keeping.failed) this.keeping = { state: 'kept' };
    } catch (error) {
      if (store !== this.store) return;
      this.keeping = { state: 'kept', failed: error instanceof StorageRefused ? error.reason : 'refused' };
    }
  }

  /**
   * Deletes at once, as people expect of a row's button, and offers to undo it. Focus
   * moves to "Undo", since the button that had it has gone with its row.
   */
  private async deleteEntry({ store, id }: EntryRef): Promise<void> {
    const entry = this.diary[store].find((candidate) => candidate.id === id);
    if (!entry) return;
    this.diary = { ...this.diary, [store]: this.diary[store].filter((candidate) => candidate.id !== id) };
    this.deleted = { store, entry };
    this.changed('entries');
    this.announcer.announce(this.speak(() => msg(str`Entry for ${formatDate(entry.date, this.locale)} deleted.`)), true);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#undo-delete')?.focus());
    await this.write((kept) => kept.remove(store, id));
  }

  private undoDelete(): void {
    if (!this.deleted) return;
    const { store, entry } = this.deleted;
    this.record({ [store]: [entry] });
    this.announcer.announce(this.speak(() => msg(str`Entry for ${formatDate(entry.date, this.locale)} restored.`)), true);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-delete="${entry.id}"]`)?.focus());
  }

  private renderDeleted(): TemplateResult | typeof nothing {
    if (!this.deleted) return nothing;
    // Announced by the live region when it happens; here for sight, and to name the button.
    return html`<div class="deleted">
      <p id="deleted-entry">${msg(str`Entry for ${formatDate(this.deleted.entry.date, this.locale)} deleted.`)}</p>
      <button type="button" id="undo-delete" class="button button--secondary" aria-describedby="deleted-entry" @click=${() => this.undoDelete()}>${msg('Undo')}</button>
    </div>`;
  }

  private async findKeptDiary(): Promise<void> {
    const store = await DiaryStore.findKept();
    if (!this.isConnected) return store?.close();
    if (!store) {
      if (this.keeping.state === 'checking') this.keeping = { state: 'memory' };
      return;
    }
    await this.useStore(store);
  }

  /** From now on the diary is kept in `store`: what is only in memory joins what it holds. */
  private async useStore(store: DiaryStore): Promise<void> {
    this.letGoOfStore();
    this.store = store;
    store.onDeleted = () => this.lostStore(store);
    try {
      // What was typed here before joins what the device kept: an own symptom named like
      // one kept there (added in another visit) becomes that one, not a second question.
      const kept = await store.read();
      const ownHere = new Set(this.diary.ownSymptoms.map((symptom) => symptom.id));
      const listed = [...this.symptoms.filter((symptom) => !ownHere.has(symptom.id)), ...kept.ownSymptoms];
      await store.put(joinOwnSymptoms(this.diary, listed, this.locale));
      // Again after the wait: an entry recorded meanwhile stays on screen.
      this.diary = mergeDiaries(kept, joinOwnSymptoms(this.diary, listed, this.locale));
      this.keeping = { state: 'kept' };
    } catch (error) {
      this.storageFailed(error);
    }
  }

  private async keepOnDevice(): Promise<void> {
    try {
      await this.useStore(await DiaryStore.create());
      this.announcer.announce(this.speak(() => msg('Your diary is now kept on this device.')), true);
    } catch (error) {
      this.storageFailed(error);
    }
    this.changed('keeping');
  }

  private async deleteFromDevice(): Promise<void> {
    this.letGoOfStore();
    this.confirmingDelete = false;
    try {
      await DiaryStore.deleteKept();
      this.diary = emptyDiary();
      this.keeping = { state: 'memory' };
      this.announcer.announce(this.speak(() => msg('Your diary has been deleted from this device.')), true);
    } catch (error) {
      this.storageFailed(error);
    }
    this.changed('keeping');
  }

  /**
   * The kept diary was deleted from outside the widget (the page, the browser's settings):
   * nothing is kept any more, and the widget says so. What is on screen stays, in memory.
   */
  private lostStore(store: DiaryStore): void {
    if (store !== this.store) return;
    this.letGoOfStore();
    this.confirmingDelete = false;
    this.keeping = { state: 'memory' };
  }

  /** Closes the connection to the kept diary, so that nothing holds it open (deleting it waits for that). */
  private letGoOfStore(): void {
    this.store?.close();
    this.store = undefined;
  }

  private storageFailed(error: unknown): void {
    this.letGoOfStore();
    this.keeping = { state: 'refused', reason: error instanceof StorageRefused ? error.reason : 'refused' };
  }

  private async onOtherTab(message: 'changed' | 'deleted'): Promise<void> {
    if (message === 'deleted') {
      if (this.keeping.state !== 'kept') return;
      this.letGoOfStore();
      this.diary = emptyDiary();
      this.keeping = { state: 'memory' };
      return;
    }
    if (this.store) {
      this.diary = await this.store.read().catch(() => this.diary);
    } else if (this.keeping.state !== 'refused') {
      // The person chose to keep their diary on this device in another tab: this tab joins it.
      const store = await DiaryStore.findKept();
      if (store) await this.useStore(store);
    }
  }

  private exportFile(kind: 'json' | 'csv'): void {
    const text =
      kind === 'json'
        ? toDiaryJson(this.diary)
        : this.speak(() =>
            toDiaryCsv(this.diary, {
              date: msg('Date'),
              injection: msg('Injection'),
              note: msg('Note'),
              score: msg('Overall score'),
              symptoms: this.symptoms,
              level: (level) => levelWords(level as SymptomLevel),
            }),
          );
    saveFile(text, `b12-symptom-diary.${kind}`, kind === 'json' ? 'application/json' : 'text/csv', this.renderRoot);
    this.changed('file');
  }

  private async importFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    // A file many times a diary's size is refused unread.
    if (file.size > DIARY_LIMITS.fileCharacters * 4) {
      this.fileOutcome = { kind: 'problem', problem: 'too-large' };
      return;
    }
    try {
      const [{ readDiaryFile }, text] = await Promise.all([import('../../engine/diary-file.js'), file.text()]);
      const reading = readDiaryFile(text, this.day);
      if ('problem' in reading) {
        this.fileOutcome = { kind: 'problem', problem: reading.problem };
        return;
      }
      const added = diaryToAdd(this.diary, reading.diary, this.symptoms, this.locale);
      if ('problem' in added) {
        this.fileOutcome = { kind: 'problem', problem: added.problem };
        return;
      }
      this.record(added.diary);
      this.fileOutcome = { kind: 'added' };
      this.changed('file');
    } catch {
      this.fileOutcome = { kind: 'problem', problem: 'unreadable' };
    }
  }

  private changed(change: DiaryChange): void {
    void this.updateComplete.then(() => this.dispatchEvent(new CustomEvent<{ change: DiaryChange }>('b12-diary-change', { detail: { change }, bubbles: true, composed: true })));
  }
}
