import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells the page when the person changed something, once the widget shows the change:
 * the event's detail is then what the person sees. Changes the page made itself (a new
 * profile, attribute or language) fire nothing, so a page that reacts to the event by
 * setting an attribute cannot loop.
 */
export class PersonChangeNotifier<T> implements ReactiveController {
  /** The events owed: one per `changed()` with a detail of its own, one for any number without. */
  private pending: (T | undefined)[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly eventName: string,
    private readonly detail: () => T | undefined,
  ) {
    host.addController(this);
  }

  /**
   * The person changed something; the event follows the update that shows it. Its detail
   * is `detail` when given (one event each: the diary says what kind of change), else
   * what the constructor's function gives then (one event, however many changes).
   */
  changed(detail?: T): void {
    if (detail !== undefined || !this.pending.includes(undefined)) this.pending.push(detail);
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    for (const owed of this.pending.splice(0)) {
      const detail = owed ?? this.detail();
      if (detail !== undefined) this.host.dispatchEvent(new CustomEvent<T>(this.eventName, { detail, bubbles: true, composed: true }));
    }
  }
}
