import { msg } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';

/**
 * GOV.UK's error message: above the field it is about, its `id` named by the field's
 * `aria-describedby`, with a hidden "Error:" so a screen reader says what it is.
 */
export function errorMessage(id: string, text: string | undefined): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return html`<p class="error-message" id=${id} part="error-message"><span class="visually-hidden">${msg('Error:')}</span> ${text}</p>`;
}

export const errorMessageStyles = css`
  .error-message {
    color: var(--_error);
    font-weight: 700;
    margin: 0;
    max-width: 20em;
  }
`;
