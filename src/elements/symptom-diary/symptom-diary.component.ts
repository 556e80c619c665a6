import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import {
  diaryWarnings,
  diarySymptoms,
  diarySymptomSources,
  DIARY_LIMITS,
  emptyDiary,
  mergeDiaries,
  newEntryId,
  sameSymptomName,
  summariseDiary,
  type Diary,
  type DiarySummary,
  type Profile,
  type Warning,
} from '../../engine/index.js';
import { formatDate } from '../../i18n/dates.js';
import { diaryUrgentWarningWords } from '../shared/diary-urgent-words.js';
import { heading } from '../shared/heading.js';
import { scriptFailedNotice } from '../shared/prerendered-content.js';
import { PersonChangeNotifier } from '../shared/person-change-notifier.js';
import { saveFile } from '../shared/save-file.js';
import { sourceList } from '../shared/source-list.js';
import { readToday } from '../shared/today.js';
import { fallbackWarningWords, warningList, type WordsForWarning } from '../shared/warning-list.js';
import { B12WidgetElement } from '../shared/widget-element.js';
import { DiaryDrafts } from './diary-drafts.js';
import { DiaryKeeping } from './diary-keeping.js';
import type { EntryRef } from './diary-table.js';
import { checkInForm, injectionForm } from './entry-forms.js';
import { diaryFileText, filePanel, readFileToAdd, type FileOutcome } from './file-panel.js';
import { findingsSections } from './findings-sections.js';
import { keepingPanel } from './keeping-panel.js';
import { symptomDiaryStyles } from './symptom-diary.styles.js';
import { namedSymptoms, type NamedSymptom } from './symptom-words.js';
import { WidthObserver } from '../shared/width-observer.js';

/** The diary gives only its safety net; any other warning a newer engine gives is still shown. */
const diaryWarningWords: WordsForWarning = (warning) => (warning.id === 'diary-urgent-symptoms' ? diaryUrgentWarningWords() : fallbackWarningWords(warning.id));

/** What changed, for the page: never what was recorded. */
export type DiaryChange = 'entries' | 'keeping' | 'file';

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
  @state() private chartSymptom = '';
  @state() private fileOutcome?: FileOutcome;
  @state() private showAllEntries = false;
  /** The entry deleted last, until it is restored or something else is recorded. */
  @state() private deleted?: { store: EntryRef['store']; entry: Diary['injections'][number] | Diary['checkIns'][number] };

  private readonly drafts = new DiaryDrafts(this);
  private readonly keeping = new DiaryKeeping(this, {
    diary: () => this.diary,
    show: (diary) => (this.diary = diary),
    listedSymptoms: () => this.symptoms,
    locale: () => this.locale,
    mayReadDevice: () => !this.prerendering,
  });
  private readonly notifier = new PersonChangeNotifier<{ change: DiaryChange }>(this, 'b12-diary-change', () => undefined);
  private readonly chartWidth = new WidthObserver(this);
  private summary: DiarySummary = summariseDiary(emptyDiary());
  /** The safety net for the diary and profile it was found for: it changes only with them. */
  private safetyNet: { diary?: Diary; profile?: Profile; warnings: Warning[] } = { warnings: [] };
  /** Every symptom id a check-in has recorded: kept names in the list, and the table's columns. */
  private recordedIds = new Set<string>();
  /** The symptoms asked about, in the widget's language: built-in, the profile's, the person's own, and any a file recorded. */
  private symptoms: NamedSymptom[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A pre-rendered snippet leaves the dates empty: the day it was made is not the day it is read.
    if (!this.prerendering && (changed.has('today') || !this.hasUpdated)) this.drafts.startAt(this.day);
    // Only when the entries change: not on each keystroke in the forms, which with years of
    // entries would re-sort all of them every time.
    if ((changed as PropertyValues).has('diary')) {
      this.summary = summariseDiary(this.diary);
      this.recordedIds = new Set(this.diary.checkIns.flatMap((entry) => Object.keys(entry.levels)));
    }
    const { state } = this.profiles;
    if (state.status === 'ready') this.symptoms = this.speak(() => namedSymptoms(state.profile, diarySymptoms(state.profile), this.diary.ownSymptoms, this.recordedIds, this.locale));
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

  protected override renderContent(profile: Profile): TemplateResult {
    const sub = this.level + 1;
    const hasEntries = this.diary.injections.length + this.diary.checkIns.length > 0;
    const urgent = this.urgentWarnings(profile);
    return html`${scriptFailedNotice(msg('The symptom diary did not load. Try reloading the page.'))} ${heading(this.level, msg('Your symptom diary'))}
      <p class="intro">
        ${msg('Record your B12 injections and how you feel. The diary shows whether your symptoms come back before your next injection, so you can talk about it with your GP. It is not a diagnosis.')}
      </p>
      <section class="keeping" part="keeping" aria-labelledby="keeping-heading" data-state=${this.keeping.keeping.state}>
        <div id="keeping-heading">${heading(sub, msg('Where your diary is kept'), 'medium')}</div>
        ${keepingPanel(this.keeping.keeping, this.keeping.confirmingDelete, {
          onKeep: () => void this.keepOnDevice(),
          onAskDelete: () => this.keeping.askToDelete(true),
          onConfirmDelete: () => void this.deleteFromDevice(),
          onCancelDelete: () => this.keeping.askToDelete(false),
        })}
      </section>
      ${urgent.length ? html`<div class="safety-net">${warningList(urgent, this.locale, diaryWarningWords)}</div>` : nothing}
      <section class="record" aria-labelledby="check-in-heading">
        <div id="check-in-heading">${heading(sub, msg('How do you feel?'), 'medium')}</div>
        ${checkInForm(
          this.drafts.checkIn,
          this.drafts.dateOf('check-in', this.day),
          this.symptoms,
          { checkIn: this.drafts.checkInProblem(), ownSymptom: this.drafts.ownSymptomProblem },
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
        ${injectionForm(this.drafts.injection, this.drafts.dateOf('injection', this.day), this.locale, (event) => this.saveInjection(event))}
      </section>
      ${this.renderDeleted()}
      ${
        hasEntries
          ? // Pictures and tables change only with the diary, its size or its language: a tap in
            // the check-in form does not redraw them (with years of entries, that is most of the work).
            guard([this.diary, this.chartWidth.width, this.textDirection, this.locale, this.chartSymptom, this.showAllEntries, profile, this.level, this.unavailable], () =>
              findingsSections(
                {
                  diary: this.diary,
                  summary: this.summary,
                  symptoms: this.symptoms,
                  recordedIds: this.recordedIds,
                  profile,
                  locale: this.locale,
                  rtl: this.textDirection === 'rtl',
                  width: this.chartWidth.width,
                  chartSymptom: this.chartSymptom,
                  showAllEntries: this.showAllEntries,
                  level: sub,
                  canPrint: this.allows('print'),
                },
                {
                  onChartSymptom: (id) => (this.chartSymptom = id),
                  onShowAllEntries: () => (this.showAllEntries = true),
                  onDelete: (entry) => void this.deleteEntry(entry),
                },
              ),
            )
          : nothing
      }
      <section class="file" aria-labelledby="file-heading">
        <div id="file-heading">${heading(sub, msg('Save or open a file'), 'medium')}</div>
        ${filePanel(this.fileOutcome, hasEntries, this.allows('downloads'), this.locale, {
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

  /** Without its script the diary cannot record anything: what to do instead (a snippet shows it). */
  protected override renderWithoutScript(): TemplateResult {
    return html`${heading(this.level, msg('Your symptom diary'))}
      <p>
        ${msg(
          'The symptom diary needs JavaScript to work. Until it works, you can keep a diary on paper: write down the date of each injection, and how each symptom is on any day. Take it to your GP.',
          {
            desc: 'Shown instead of the symptom diary when the browser cannot run it. An instruction: keep a paper diary, take it to your GP.',
          },
        )}
      </p>`;
  }

  /** The diary's safety net (engine rule `diary-urgent-symptoms`): found again only when the diary or profile changes. */
  private urgentWarnings(profile: Profile): Warning[] {
    if (this.safetyNet.diary !== this.diary || this.safetyNet.profile !== profile) {
      this.safetyNet = { diary: this.diary, profile, warnings: diaryWarnings(this.diary, profile) };
    }
    return this.safetyNet.warnings;
  }

  // Drafts follow what is typed, so a re-render (a new language, another tab's entry) keeps it.
  protected override firstUpdated(): void {
    this.renderRoot.addEventListener('input', (event) => this.drafts.read(event));
    this.renderRoot.addEventListener('change', (event) => this.drafts.read(event));
  }

  private saveInjection(event: Event): void {
    event.preventDefault();
    const entry = this.drafts.takeInjection(this.day);
    if (!entry) return this.focusFirstError('injection');
    this.record({ injections: [entry] });
    this.announcer.announce(
      this.speak(() => msg(str`Injection added for ${formatDate(entry.date, this.locale)}.`)),
      true,
    );
  }

  private saveCheckIn(event: Event): void {
    event.preventDefault();
    const entry = this.drafts.takeCheckIn(this.day);
    if (!entry) return this.focusFirstError('check-in');
    this.record({ checkIns: [entry] });
    this.announcer.announce(
      this.speak(() => msg(str`Check-in saved for ${formatDate(entry.date, this.locale)}.`)),
      true,
    );
  }

  private addOwnSymptom(): void {
    const name = this.drafts.takeOwnSymptomName((typed) =>
      !typed
        ? 'empty'
        : this.symptoms.some((symptom) => sameSymptomName(symptom.name, typed, this.locale))
          ? 'already-listed'
          : this.diary.ownSymptoms.length >= DIARY_LIMITS.ownSymptoms
            ? 'too-many'
            : undefined,
    );
    if (name === undefined) return this.focusFirstError('check-in');
    const symptom = { id: newEntryId('own-'), name };
    this.record({ ownSymptoms: [symptom] });
    this.announcer.announce(
      this.speak(() => msg(str`${name} added to the list.`)),
      true,
    );
    this.focusAfterUpdate(`[data-symptom="${symptom.id}"] input`);
  }

  /** Puts focus on the first field with an error, as GOV.UK forms do, once it is shown. */
  private focusFirstError(form: string): void {
    this.focusAfterUpdate(`form[data-form="${form}"] [aria-invalid="true"], form[data-form="${form}"] .question--error input`);
  }

  /** Adds entries to the diary, and to the device when it is kept there. */
  private record(entries: Partial<Diary>): void {
    this.diary = mergeDiaries(this.diary, { ...emptyDiary(), ...entries });
    this.deleted = undefined;
    this.notifier.changed({ change: 'entries' });
    void this.keeping.keepEntries(entries);
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
    this.notifier.changed({ change: 'entries' });
    this.announcer.announce(
      this.speak(() => msg(str`Entry for ${formatDate(entry.date, this.locale)} deleted.`)),
      true,
    );
    this.focusAfterUpdate('#undo-delete');
    await this.keeping.removeEntry(store, id);
  }

  private undoDelete(): void {
    if (!this.deleted) return;
    const { store, entry } = this.deleted;
    this.record({ [store]: [entry] });
    this.announcer.announce(
      this.speak(() => msg(str`Entry for ${formatDate(entry.date, this.locale)} restored.`)),
      true,
    );
    this.focusAfterUpdate(`[data-delete="${entry.id}"]`);
  }

  private renderDeleted(): TemplateResult | typeof nothing {
    if (!this.deleted) return nothing;
    // Announced by the live region when it happens; here for sight, and to name the button.
    return html`<div class="deleted">
      <p id="deleted-entry">${msg(str`Entry for ${formatDate(this.deleted.entry.date, this.locale)} deleted.`)}</p>
      <button type="button" id="undo-delete" class="button button--secondary" aria-describedby="deleted-entry" @click=${() => this.undoDelete()}>${msg('Undo')}</button>
    </div>`;
  }

  private async keepOnDevice(): Promise<void> {
    if (await this.keeping.keep())
      this.announcer.announce(
        this.speak(() => msg('Your diary is now kept on this device.')),
        true,
      );
    this.notifier.changed({ change: 'keeping' });
  }

  private async deleteFromDevice(): Promise<void> {
    if (await this.keeping.deleteKept())
      this.announcer.announce(
        this.speak(() => msg('Your diary has been deleted from this device.')),
        true,
      );
    this.notifier.changed({ change: 'keeping' });
  }

  private exportFile(kind: 'json' | 'csv'): void {
    const text = this.speak(() => diaryFileText(this.diary, kind, this.symptoms));
    saveFile(text, `b12-symptom-diary.${kind}`, kind === 'json' ? 'application/json' : 'text/csv', this.renderRoot);
    this.notifier.changed({ change: 'file' });
  }

  private async importFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    const added = await readFileToAdd(file, this.diary, this.day, this.symptoms, this.locale);
    if ('problem' in added) {
      this.fileOutcome = { kind: 'problem', problem: added.problem };
      return;
    }
    this.record(added.diary);
    this.fileOutcome = { kind: 'added' };
    this.notifier.changed({ change: 'file' });
  }
}
