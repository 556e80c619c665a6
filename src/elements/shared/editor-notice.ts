import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { ProfileIssue } from '../../engine/index.js';

/**
 * A message for the page's editor, not the patient: a profile or attribute the widget
 * cannot use. Shown in the page, because editors preview pages more often than they
 * open the console.
 */
export function editorNotice(problems: readonly string[], issues: readonly ProfileIssue[] = []): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  return html`<div class="editor-notice" part="editor-notice" role="alert">
    <p class="editor-notice__title">${msg('For the editor of this page')}</p>
    ${problems.map((problem) => html`<p>${problem}</p>`)}
    ${issues.length
      ? html`<ul>
          ${issues.map(({ path, message }) => html`<li><code>${path}</code>: ${message}</li>`)}
        </ul>`
      : nothing}
  </div>`;
}

/** Logs each attribute problem once per element, however often it renders. */
export function reportOnce(element: Element, logged: Set<string>, problems: readonly string[]): void {
  for (const problem of problems) {
    if (logged.has(problem)) continue;
    logged.add(problem);
    console.error(`<${element.localName}>: ${problem}`);
  }
}
