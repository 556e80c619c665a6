import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { StorageRefusal } from './diary-store.js';

/*
 * Where the diary lives, in words, and the person's choices about it: keep it on this
 * device, or delete it from the device. The promise is exact: nothing is kept until they
 * choose, and nothing is ever sent anywhere. (Files: file-panel.ts.)
 */

/**
 * Where the diary is, as the device holds it. `kept` with `failed`: the diary is kept, but
 * the latest change could not be written (a full disk); what was kept before still is.
 */
export type Keeping = { state: 'checking' } | { state: 'memory' } | { state: 'kept'; failed?: StorageRefusal } | { state: 'refused'; reason: StorageRefusal };

export interface KeepingHandlers {
  onKeep: () => void;
  onAskDelete: () => void;
  onConfirmDelete: () => void;
  onCancelDelete: () => void;
}

function refusalWords(reason: StorageRefusal): string {
  switch (reason) {
    case 'unavailable':
      return msg('Your diary cannot be kept on this device: this browser does not let websites keep data here.');
    case 'refused':
      return msg('Your diary cannot be kept on this device: your browser refused. This happens in private browsing, or when a setting blocks websites from keeping data.');
    case 'full':
      return msg("Your diary cannot be kept on this device: the device's storage is full.");
  }
}

/** The latest change was not kept; earlier entries still are. */
function writeFailureWords(reason: StorageRefusal): string {
  return reason === 'full'
    ? msg("Your latest change could not be kept on this device: the device's storage is full. What was kept before is still kept. To keep a copy of everything, save your diary as a file.")
    : msg('Your latest change could not be kept on this device: your browser refused. What was kept before is still kept. To keep a copy of everything, save your diary as a file.');
}

/**
 * The three states a page can open in, "checking", "memory" and "kept", share one place,
 * as tall as the tallest of them, and only the current one is seen: the pre-rendered
 * snippet shows "checking" before the script runs, and when the script has looked at the
 * device the words change in place, without moving the forms below (issue 27). The
 * others are there for their height only: hidden from sight, from the keyboard and from
 * screen readers. A refusal comes after the person's own press, so it takes the place.
 */
export function keepingPanel(keeping: Keeping, confirmingDelete: boolean, handlers: KeepingHandlers): TemplateResult {
  if (keeping.state === 'refused') {
    return html`<p class="keeping__status" role="alert"><strong>${refusalWords(keeping.reason)}</strong></p>
      <p>${msg('Your diary works until you close this page. To keep a copy, save it as a file.')}</p>`;
  }
  const layer = (state: Keeping['state'], content: TemplateResult) =>
    html`<div class="keeping__state ${state === keeping.state ? 'keeping__state--current' : ''}" data-keeping=${state} .inert=${state !== keeping.state}>${content}</div>`;
  return html`<div class="keeping__states">
    ${layer('checking', html`<p class="keeping__status">${msg('Looking for a diary kept on this device.')}</p>`)}
    ${layer(
      'memory',
      html`<p class="keeping__status">
          <strong>${msg('Nothing is kept. When you close this page, your diary is gone.')}</strong>
          ${msg('Nothing you enter is sent anywhere.')}
        </p>
        <p>${msg('To come back to it, keep it in this browser on this device. Anyone who uses this browser on this device could then see it.')}</p>
        <button type="button" class="button" @click=${handlers.onKeep}>${msg('Keep my diary on this device')}</button>`,
    )}
    ${layer('kept', keptContent(keeping.state === 'kept' ? keeping.failed : undefined, confirmingDelete && keeping.state === 'kept', handlers))}
  </div>`;
}

function keptContent(failed: StorageRefusal | undefined, confirmingDelete: boolean, handlers: KeepingHandlers): TemplateResult {
  return html`<p class="keeping__status">
      <strong>${msg('Your diary is kept in this browser on this device, for this website only.')}</strong>
      ${msg('Anyone who uses this browser on this device can see it. It is not sent anywhere.')}
    </p>
    ${failed ? html`<p class="keeping__failed" role="alert"><strong>${writeFailureWords(failed)}</strong></p>` : nothing}
    ${
      confirmingDelete
        ? html`<div class="confirm" role="group" aria-labelledby="confirm-delete">
            <p id="confirm-delete"><strong>${msg('Delete your diary from this device? This cannot be undone. Save it as a file first if you want a copy.')}</strong></p>
            <div class="field-row">
              <button type="button" class="button button--warning" @click=${handlers.onConfirmDelete}>${msg('Yes, delete my diary')}</button>
              <button type="button" class="button button--secondary" @click=${handlers.onCancelDelete}>${msg('Cancel')}</button>
            </div>
          </div>`
        : html`<button type="button" class="button button--warning" @click=${handlers.onAskDelete}>${msg('Delete my diary from this device')}</button>`
    }`;
}
