import { msg, str } from '@lit/localize';
import { css, html, type TemplateResult } from 'lit';
import type { Profile } from '../../engine/index.js';
import { formatNumber } from '../../i18n/format.js';
import { heading } from '../shared/heading.js';
import { B12WidgetElement } from '../shared/widget-element.js';
import { widgetStyles } from '../shared/widget-styles.js';

/**
 * The usual loading course in one sentence, from the guidance profile.
 *
 * @summary The loading course in one sentence.
 *
 * @customElement b12-loading-course
 *
 * @slot - Fallback content, shown before the element upgrades and when its profile fails.
 *
 * @csspart root - The widget's outer box.
 * @csspart heading - Its heading.
 */
export class B12LoadingCourse extends B12WidgetElement {
  static override styles = [widgetStyles, css``];

  protected override attributeProblems(): string[] {
    return [];
  }

  protected override renderContent(profile: Profile): TemplateResult {
    const { doses, durationDays } = profile.plans.loading;
    const count = formatNumber(doses, this.locale);
    const days = formatNumber(durationDays, this.locale);
    return html`${heading(this.level, msg('The loading course'))}
      <p>${msg(str`${count} injections over ${days} days. Talk to your GP about yours.`)}</p>`;
  }
}
