import { msg, str } from '@lit/localize';
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Profile } from '../../engine/index.js';
import { resolveLocale } from '../../i18n/locale.js';
import { editorNotice, reportOnce } from './editor-notice.js';
import { inheritsBrowserDefaultFont } from './font-fallback.js';
import { parseHeadingLevel } from './heading.js';
import { LiveAnnouncer } from './live-announcer.js';
import { ProfileController } from './profile-controller.js';

/**
 * What every b12 widget has: a guidance profile (default, `.profile` or `profile-src`),
 * a language from the page, a heading level, editor notices for attributes it cannot
 * use, a live region, and fallback content while it cannot show itself. Behaviour lives
 * in the controllers; this class only declares the shared attributes and the shell
 * around each widget's own content, so the two elements do not copy it.
 */
export abstract class B12WidgetElement extends LitElement {
  /** URL of a guidance profile (JSON) to use instead of the default UK one. Fetched only when set. */
  @property({ attribute: 'profile-src' }) profileSrc?: string;

  /** A guidance profile object to use instead of the default UK one; checked before use. */
  @property({ attribute: false }) profile?: Profile | unknown;

  /** The level of the widget's top heading, 1–6, to fit the page's outline. Default 2. */
  @property({ attribute: 'heading-level' }) headingLevel: string | null = null;

  protected readonly profiles = new ProfileController(this);
  protected readonly announcer = new LiveAnnouncer(this);
  /** The reader's language: the element's `lang`, an ancestor's, or the page's. */
  protected locale = 'en-GB';
  private readonly loggedProblems = new Set<string>();
  private fallbackFont = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.fallbackFont = inheritsBrowserDefaultFont(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('profileSrc') || changed.has('profile')) this.profiles.use(this.profileSrc, this.profile);
    this.locale = resolveLocale(this);
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
    if (state.status === 'loading') return html`<slot></slot>`;
    if (state.status === 'error') return html`${this.withShell(editorNotice([state.problem], state.issues))}<slot></slot>`;

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
    return html`<div class="root ${this.fallbackFont ? 'fallback-font' : ''}" part="root">${content}${this.announcer.render()}</div>`;
  }
}
