import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { intlLocale, resolveLocale } from '../../i18n/locale.js';
import { hasLocaleFailed, inLocale, isLocaleLoaded, isRightToLeft, loadLocale, matchLocale, sourceLocale, type WidgetLocale } from '../../i18n/localization.js';
import { watchPageLanguage } from './page-language.js';

/**
 * Follows the language of the page around a widget: its own `lang`, an ancestor's
 * (across shadow roots) or the document's, as they change. It loads that language's
 * words and switches to them only once they are there, so a widget never shows message
 * ids or a half-translated render. As Lit's own `LocalizedController` does for runtime
 * mode, but per widget, because each widget may speak its own language.
 */
export class LocaleController implements ReactiveController {
  /**
   * The tag numbers and dates are read and written for: always the page's own, because a
   * reader types numbers their own way (12,5 on a German page) even when the widget's
   * words fall back to English.
   */
  locale: string = sourceLocale;
  /** The language the words are in; undefined until the first language has loaded. */
  speaking?: WidgetLocale;
  private stopWatching?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // Ancestors' `lang` and the document's; the host observes its own attribute.
    this.stopWatching = watchPageLanguage(this.host, () => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.stopWatching?.();
  }

  /**
   * Takes up the page's current language, or starts loading it and asks for another
   * update when it has loaded. Called by the host before it renders (in `willUpdate`), so
   * that what the host works out in the same update already uses the new locale.
   */
  follow(): void {
    const tag = resolveLocale(this.host);
    const wanted = matchLocale(tag);
    // A language file that could not load (a chunk missing on the editor's server) leaves
    // the widget in English, not blank.
    if (hasLocaleFailed(wanted)) return this.use(sourceLocale, intlLocale(tag));
    if (!isLocaleLoaded(wanted)) {
      loadLocale(wanted).then(
        () => this.host.requestUpdate(),
        (error: unknown) => {
          console.error(`<${this.host.localName}>: the "${wanted}" translation could not be loaded, so this widget is in English.`, error);
          this.host.requestUpdate();
        },
      );
      return;
    }
    this.use(wanted, intlLocale(tag));
  }

  /** Runs `words` in the widget's language: every `msg()` inside answers in it. */
  speak<T>(words: () => T): T {
    return inLocale(this.speaking ?? sourceLocale, words);
  }

  /** `rtl` for a right-to-left language such as Urdu. */
  get direction(): 'ltr' | 'rtl' {
    return isRightToLeft(this.speaking ?? sourceLocale) ? 'rtl' : 'ltr';
  }

  private use(speaking: WidgetLocale, locale: string): void {
    this.speaking = speaking;
    this.locale = locale;
  }
}
