import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells the page when the person changed something, once the widget shows the change:
 * the event's detail is then what the person sees. Changes the page made itself (a new
 * profile, attribute or language) fire nothing, so a page that reacts to the event by
 * setting an attribute cannot loop.
 */
export class PersonChangeNotifier<T> implements ReactiveController {
  private pending = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly eventName: string,
    private readonly detail: () => T | undefined,
  ) {
    host.addController(this);
  }

  /** The person changed something; the event follows the update that shows it. */
  changed(): void {
    this.pending = true;
  }

  hostUpdated(): void {
    if (!this.pending) return;
    this.pending = false;
    const detail = this.detail();
    if (detail !== undefined) this.host.dispatchEvent(new CustomEvent<T>(this.eventName, { detail, bubbles: true, composed: true }));
  }
}
