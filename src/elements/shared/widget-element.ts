import { msg, str } from '@lit/localize';
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Profile } from '../../engine/index.js';
import { intlLocale, resolveLocale } from '../../i18n/locale.js';
import { hasLocaleFailed, inLocale, isLocaleLoaded, isRightToLeft, loadLocale, matchLocale, sourceLocale, type WidgetLocale } from '../../i18n/localization.js';
import { editorNotice, reportOnce } from './editor-notice.js';
import { inheritsBrowserDefaultFont } from './font-fallback.js';
import { parseHeadingLevel } from './heading.js';
import { LiveAnnouncer } from './live-announcer.js';
import { watchPageLanguage } from './page-language.js';
import { ProfileController } from './profile-controller.js';

/**
 * What every b12 widget has: a guidance profile (default, `.profile` or `profile-src`),
 * a language from the page, a heading level, editor notices for attributes it cannot
 * use, a live region, and fallback content while it cannot show itself. Behaviour lives
 * in the controllers; this class only declares the shared attributes and the shell
 * around each widget's own content, so the two elements do not copy it.
 *
 * @attr lang - The language of the words, numbers and dates: `en-GB`, `cy`, `es`, `pl`, `ro` or `ur`. Without it, the nearest ancestor's `lang`, then `<html lang>`, then en-GB. Changes apply at once.
 *
 * @cssprop --b12-font-family - Font of the widget. Default: the page's font; where the page sets none (the browser's serif), Frutiger W01, Arial, sans-serif.
 * @cssprop --b12-colour-text - Text. Default #212b32.
 * @cssprop --b12-colour-secondary-text - Hints and secondary text. Default #4c6272.
 * @cssprop --b12-colour-link - Links. Default #005eb8.
 * @cssprop --b12-colour-focus - Focus highlight. Default #ffeb3b.
 * @cssprop --b12-colour-border - Borders and form fields. Default #4c6272.
 * @cssprop --b12-colour-surface - Background of cards. Default #ffffff.
 * @cssprop --b12-colour-panel - Background of the widget. Default #f0f4f5.
 * @cssprop --b12-colour-error - Error messages and borders. Default #d5281b.
 * @cssprop --b12-colour-urgent - Urgent warnings. Default #d5281b.
 * @cssprop --b12-colour-caution - Caution warnings. Default #ffb81c.
 * @cssprop --b12-colour-info - Information notes. Default #005eb8.
 * @cssprop --b12-colour-deficient - Deficient band and status. Default #d5281b.
 * @cssprop --b12-colour-below-optimal - Below-optimal band and status. Default #ed8b00.
 * @cssprop --b12-colour-optimal - Optimal band and status. Default #007f3b.
 * @cssprop --b12-colour-above-range - Above-range band and status. Default #330072.
 * @cssprop --b12-radius - Corner radius of cards and fields. Default 4px.
 * @cssprop --b12-space - The spacing unit. Default 1rem.
 */
export abstract class B12WidgetElement extends LitElement {
  /** URL of a guidance profile (JSON) to use instead of the default UK one. Fetched only when set. */
  @property({ attribute: 'profile-src' }) profileSrc?: string;

  /** A guidance profile object to use instead of the default UK one; checked before use. */
  @property({ attribute: false }) profile?: Profile | unknown;

  /** The level of the widget's top heading, 1–6, to fit the page's outline. Default 2. */
  @property({ attribute: 'heading-level' }) headingLevel: string | null = null;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  protected readonly profiles = new ProfileController(this, (words) => this.speak(words));
  protected readonly announcer = new LiveAnnouncer(this);
  /**
   * The tag numbers and dates are read and written for: always the page's own, because a
   * reader types numbers their own way (12,5 on a German page) even when the widget's
   * words fall back to English.
   */
  protected locale = sourceLocale as string;
  /** The language the widget's words are in; it changes only once that language has loaded. */
  private speaking?: WidgetLocale;
  private readonly loggedProblems = new Set<string>();
  private fallbackFont = false;
  private stopWatchingLanguage?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.fallbackFont = inheritsBrowserDefaultFont(this);
    this.stopWatchingLanguage = watchPageLanguage(this, () => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLanguage?.();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('profileSrc') || changed.has('profile')) this.profiles.use(this.profileSrc, this.profile);
    this.followPageLanguage();
  }

  /** Every `msg()` in the render speaks this widget's language, whatever other widgets speak. */
  protected override update(changed: PropertyValues<this>): void {
    this.speak(() => super.update(changed));
  }

  /** Runs `words` in the widget's language: for text made outside render, such as announcements. */
  protected speak<T>(words: () => T): T {
    return inLocale(this.speaking ?? sourceLocale, words);
  }

  private followPageLanguage(): void {
    const tag = resolveLocale(this);
    const wanted = matchLocale(tag);
    // A language file that could not load (a chunk missing on the editor's server) leaves
    // the widget in English, not blank.
    if (hasLocaleFailed(wanted)) return this.applyLanguage(sourceLocale, intlLocale(tag));
    if (!isLocaleLoaded(wanted)) {
      loadLocale(wanted).then(
        () => this.requestUpdate(),
        (error: unknown) => {
          console.error(`<${this.localName}>: the "${wanted}" translation could not be loaded, so this widget is in English.`, error);
          this.requestUpdate();
        },
      );
      return;
    }
    this.applyLanguage(wanted, intlLocale(tag));
  }

  private applyLanguage(speaking: WidgetLocale, locale: string): void {
    this.speaking = speaking;
    this.locale = locale;
  }

  /** The top heading level the page asked for. */
  protected get level(): number {
    return parseHeadingLevel(this.headingLevel) ?? 2;
  }

  /** Problems with this widget's own attributes, in words for the page's editor. */
  protected abstract attributeProblems(profile: Profile): string[];

  /** The widget's content once its profile is ready. */
  protected abstract renderContent(profile: Profile): TemplateResult;

  protected override render(): TemplateResult {
    const { state } = this.profiles;
    // Until its language has loaded (a few milliseconds), the page's fallback content shows.
    if (state.status === 'loading' || !this.speaking) return html`<slot></slot>`;
    if (state.status === 'error') return html`${this.withShell(editorNotice([state.problem()], state.issues))}<slot></slot>`;

    const problems = [...this.attributeProblems(state.profile)];
    if (parseHeadingLevel(this.headingLevel) === undefined) {
      problems.push(msg(str`The heading-level attribute is "${this.headingLevel}". Use a number from 1 to 6.`));
    }
    reportOnce(this, this.loggedProblems, problems);
    return this.withShell(html`${editorNotice(problems)}${this.renderContent(state.profile)}`);
  }

  /** Fires a widget event that crosses shadow roots, for the host page. */
  protected emit<T>(name: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  }

  private withShell(content: unknown): TemplateResult {
    // lang and dir on the root, not the host: they follow the words the widget shows, so a
    // screen reader picks the right voice and Urdu reads right to left.
    const speaking = this.speaking ?? sourceLocale;
    return html`<div class="root ${this.fallbackFont ? 'fallback-font' : ''}" part="root" lang=${speaking} dir=${isRightToLeft(speaking) ? 'rtl' : 'ltr'}>
      ${content}${this.announcer.render()}
    </div>`;
  }
}
