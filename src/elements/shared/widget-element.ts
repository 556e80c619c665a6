import { msg, str } from '@lit/localize';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Profile } from '../../engine/index.js';
import { editorNotice, reportOnce } from './editor-notice.js';
import { inheritsBrowserDefaultFont } from './font-fallback.js';
import { parseHeadingLevel } from './heading.js';
import { LiveAnnouncer } from './live-announcer.js';
import { LocaleController } from './locale-controller.js';
import { PrerenderedContent, withoutScript } from './prerendered-content.js';
import { ProfileController } from './profile-controller.js';
import { readUnavailable, unavailableProblem, type HostFeature } from './unavailable.js';

/** Resolves once the browser has painted the next frame. */
const afterNextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * What every b12 widget has: a guidance profile (default, `.profile` or `profile-src`),
 * a language from the page, a heading level, editor notices for attributes it cannot
 * use, a live region, and fallback content while it cannot show itself. Behaviour lives
 * in the controllers; this class only declares the shared attributes and the shell
 * around each widget's own content, so the widgets do not copy it.
 *
 * @attr lang - The language of the words, numbers and dates: `en-GB`, `cy`, `es`, `pl`, `ro` or `ur`. Without it, the nearest ancestor's `lang`, then `<html lang>`, then en-GB. Changes apply at once.
 *
 * @cssprop --b12-font-family - Font of the widget. Default: the page's font; where the page sets none (the browser's serif), Frutiger W01, Arial, sans-serif.
 * @cssprop --b12-colour-text - Text. Default #212b32; dark #f0f4f5.
 * @cssprop --b12-colour-secondary-text - Hints and secondary text. Default #4c6272; dark #b7c3cc.
 * @cssprop --b12-colour-link - Links. Default #005eb8; dark #8cc8ff.
 * @cssprop --b12-colour-focus - Focus highlight. Default #ffeb3b.
 * @cssprop --b12-colour-focus-text - Text on the focus highlight. Default #212b32.
 * @cssprop --b12-colour-border - Borders and form fields. Default #4c6272; dark #97a9b5.
 * @cssprop --b12-colour-surface - Background of cards. Default #ffffff; dark #262e33.
 * @cssprop --b12-colour-panel - Background of the widget. Default #f0f4f5; dark #1a1f23.
 * @cssprop --b12-colour-error - Error messages and borders. Default #d5281b; dark #ff8f85.
 * @cssprop --b12-colour-urgent - Urgent warnings. Default #d5281b; dark #ff8f85.
 * @cssprop --b12-colour-caution - Caution warnings. Default #ffb81c.
 * @cssprop --b12-colour-info - Information notes. Default #005eb8; dark #8cc8ff.
 * @cssprop --b12-radius - Corner radius of cards and fields. Default 4px.
 * @cssprop --b12-space - The spacing unit. Default 1rem.
 */
export abstract class B12WidgetElement extends LitElement {
  /** URL of a guidance profile (JSON) to use instead of the default UK one. Fetched only when set. */
  @property({ attribute: 'profile-src' }) profileSrc?: string;

  /** A guidance profile object to use instead of the default UK one; checked before use. */
  @property({ attribute: false }) profile?: unknown;

  /** The level of the widget's top heading, 1–6, to fit the page's outline. Default 2. */
  @property({ attribute: 'heading-level' }) headingLevel: string | null = null;

  /**
   * What the page around the widget does not allow: `print`, `downloads`, or both. In
   * place of those buttons the widget says so, and what to do instead. For a frame whose
   * sandbox lacks allow-modals or allow-downloads, where the browser would ignore the
   * button without a word (the frame page sets it from its address).
   */
  @property() unavailable: string | null = null;

  /**
   * Set by the snippet pre-renderer (src/embed/prerender.ts) before the element is put in
   * its page, never by a page: the widget shows the first screen every reader gets before
   * its script has run. It reads nothing from the device (an editor's own diary must not
   * end up in their snippet) and fills in nothing that changes by the day, such as
   * today's date, which would be stale by the time a reader sees it.
   * @internal
   */
  prerendering = false;

  private readonly language = new LocaleController(this);
  protected readonly profiles = new ProfileController(this, (words) => this.speak(words));
  protected readonly announcer = new LiveAnnouncer(this);
  private readonly loggedProblems = new Set<string>();
  private readonly prerendered = new PrerenderedContent();
  private fallbackFont = false;
  /** Whether the page's font has been read since the widget was last put in a page. */
  private fontRead = false;

  // The host's own `lang` is observed here rather than by the LocaleController's
  // mutation observer, which reports a microtask late: a change applies in the same update.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * A shadow root the page already holds (the embed snippet's pre-rendered content) is
   * kept: the widget renders after it and removes it once its own content is ready.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (root instanceof ShadowRoot && root.firstChild) {
      this.prerendered.adopt(root);
      // Lit would render before the first pre-rendered node, which is about to go.
      this.renderOptions.renderBefore = undefined;
    }
    return root;
  }

  /**
   * With pre-rendered content on screen, the first render waits until the page has been
   * painted: the reader sees the content at once, and the work of taking it over (the
   * same content again) comes after, not before, that first paint.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated && this.prerendered.present) await afterNextPaint();
    return super.scheduleUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.fontRead = false;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Read here, not when connected: connected happens while the page is still being
    // parsed, where reading a computed style makes the browser work out every style of
    // the page so far, only to do it again for the first paint.
    if (!this.fontRead) {
      this.fontRead = true;
      this.fallbackFont = inheritsBrowserDefaultFont(this);
    }
    if (changed.has('profileSrc') || changed.has('profile')) this.profiles.use(this.profileSrc, this.profile);
    this.language.follow();
  }

  /** The tag numbers and dates are read and written for (see `LocaleController.locale`). */
  protected get locale(): string {
    return this.language.locale;
  }

  /** Every `msg()` in the render speaks this widget's language, whatever other widgets speak. */
  protected override update(changed: PropertyValues<this>): void {
    this.speak(() => super.update(changed));
    if (this.showsItself && this.renderRoot instanceof ShadowRoot) this.prerendered.replace(this.renderRoot);
  }

  /** False while the profile or the language is loading, when the fallback or pre-rendered content shows. */
  private get showsItself(): boolean {
    return this.profiles.state.status !== 'loading' && this.language.speaking !== undefined;
  }

  /** Which way the widget's words run: right to left for Urdu. */
  protected get textDirection(): 'ltr' | 'rtl' {
    return this.language.direction;
  }

  /** Runs `words` in the widget's language: for text made outside render, such as announcements. */
  protected speak<T>(words: () => T): T {
    return this.language.speak(words);
  }

  /** Whether the page around the widget allows printing, or saving files. */
  protected allows(feature: HostFeature): boolean {
    return !readUnavailable(this.unavailable).features.has(feature);
  }

  /** The top heading level the page asked for. */
  protected get level(): number {
    return parseHeadingLevel(this.headingLevel) ?? 2;
  }

  /**
   * Moves focus to what `selector` finds once the current update is drawn: the field to
   * fix, or the button that takes the place of the one that had focus.
   */
  protected focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  /** Problems with this widget's own attributes, in words for the page's editor. */
  protected abstract attributeProblems(): string[];

  /** The widget's content once its profile is ready. */
  protected abstract renderContent(profile: Profile): TemplateResult;

  /**
   * What a reader gets in place of a form when its script cannot run, for a widget whose
   * snippet has no table to put there (see prerenderedStyles): rendered hidden after the
   * widget's content when pre-rendered, so that the snippet holds it, in its language.
   */
  protected renderWithoutScript(): TemplateResult | undefined {
    return undefined;
  }

  protected override render(): unknown {
    const { state } = this.profiles;
    // Until its language has loaded (a few milliseconds), the page's fallback content
    // shows, or the pre-rendered content where the snippet has it.
    if (state.status === 'loading' || !this.showsItself) return this.prerendered.present ? nothing : html`<slot></slot>`;
    if (state.status === 'error') return html`${this.withShell(editorNotice([state.problem()], state.issues))}<slot></slot>`;

    const problems = [...this.attributeProblems()];
    if (parseHeadingLevel(this.headingLevel) === undefined) {
      problems.push(msg(str`The heading-level attribute is "${this.headingLevel}". Use a number from 1 to 6.`));
    }
    const unavailable = unavailableProblem(this.unavailable);
    if (unavailable) problems.push(unavailable);
    reportOnce(this, this.loggedProblems, problems);
    // Only the snippet needs it: a defined element shows itself, never this.
    const instead = this.prerendering ? this.renderWithoutScript() : undefined;
    return html`${this.withShell(html`${editorNotice(problems)}${this.renderContent(state.profile)}`)}${instead ? withoutScript(instead, this.language.speaking!, this.language.direction) : nothing}`;
  }

  private withShell(content: unknown): TemplateResult {
    // lang and dir on the root, not the host: they follow the words the widget shows, so a
    // screen reader picks the right voice and Urdu reads right to left.
    return html`<div class="root ${this.fallbackFont ? 'fallback-font' : ''}" part="root" lang=${this.language.speaking!} dir=${this.language.direction}>${content}${this.announcer.render()}</div>`;
  }
}
