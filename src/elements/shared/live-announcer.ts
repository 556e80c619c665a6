import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** Long enough for a person to finish typing a number, short enough to feel live. */
const SETTLE_MS = 700;

/**
 * Tells screen reader users what changed, once they pause typing, through a polite live
 * region that is always in the page (a region added at the same moment as its text is
 * not announced by every screen reader).
 */
export class LiveAnnouncer implements ReactiveController {
  message = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  announce(message: string, immediately = false): void {
    clearTimeout(this.timer);
    // A keystroke's announcement can be asked for after the page removed the widget in
    // the same turn: nobody is there to hear it, and no timer should outlive the widget.
    if (!this.host.isConnected) return;
    const say = () => {
      // The same words twice in a row are not re-read unless the region changes first.
      this.message = this.message === message ? `${message}\u00A0` : message;
      this.host.requestUpdate();
    };
    if (immediately) say();
    else this.timer = setTimeout(say, SETTLE_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.message}</div>`;
  }
}
