import { msg } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
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
    ${
      issues.length
        ? html`<ul>
            ${issues.map(({ path, message }) => html`<li><code>${path}</code>: ${message}</li>`)}
          </ul>`
        : nothing
    }
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

export const editorNoticeStyles = css`
  .editor-notice {
    border: 4px solid var(--_error);
    background: var(--_surface);
    padding: var(--_space);
    margin-block-end: var(--_space);
  }
  .editor-notice__title {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .editor-notice {
      border: 2px solid CanvasText;
      border-inline-start-width: 8px;
    }
  }
`;
