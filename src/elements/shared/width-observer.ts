import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The width, in CSS pixels, of an element in the widget's shadow root: the diary's charts
 * are drawn at the size they are shown, so their words stay readable on a phone and at
 * 200% zoom instead of shrinking with a scaled picture.
 */
export class WidthObserver implements ReactiveController {
  width = 0;
  private observed?: Element;
  private readonly observer?: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
    if (typeof ResizeObserver === 'function') {
      this.observer = new ResizeObserver(([entry]) => {
        const width = Math.floor(entry.contentRect.width);
        if (width === this.width) return;
        this.width = width;
        // Redrawn in the next frame, not inside the observer's own: a redraw that changes
        // the layout there would be reported as a loop.
        requestAnimationFrame(() => this.host.requestUpdate());
      });
    }
  }

  /** Follows this element from now on (call after each render; the same element costs nothing). */
  observe(element: Element | null): void {
    if (!element || element === this.observed) return;
    if (this.observed) this.observer?.unobserve(this.observed);
    this.observed = element;
    this.observer?.observe(element);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observed = undefined;
  }
}
