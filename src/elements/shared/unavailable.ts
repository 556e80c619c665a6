import { msg, str } from '@lit/localize';
import { css, html, type TemplateResult } from 'lit';

/*
 * What the page around a widget does not allow, from its `unavailable` attribute: a
 * frame whose sandbox lacks allow-modals cannot print, one without allow-downloads cannot
 * save files, and the browser ignores both requests without telling the page. The frame
 * page passes on what its address says (the builder writes the address and the sandbox
 * together). In place of each button it cannot honour, the widget says so, and what to
 * do instead: never a button that silently does nothing.
 */

export type HostFeature = 'print' | 'downloads';
const FEATURES: readonly HostFeature[] = ['print', 'downloads'];

/** The features `unavailable` names, and any word in it that is not one. */
export function readUnavailable(value: string | null | undefined): { features: ReadonlySet<HostFeature>; unknown: string[] } {
  const words = (value ?? '').split(/\s+/).filter(Boolean);
  return {
    features: new Set(words.filter((word): word is HostFeature => (FEATURES as readonly string[]).includes(word))),
    unknown: words.filter((word) => !(FEATURES as readonly string[]).includes(word)),
  };
}

/** The problem with an `unavailable` attribute, in words for the page's editor; undefined when it has none. */
export function unavailableProblem(value: string | null | undefined): string | undefined {
  const { unknown } = readUnavailable(value);
  if (!unknown.length) return undefined;
  const words = unknown.join(' ').slice(0, 60);
  return msg(str`The unavailable attribute lists "${words}". Use print, downloads, or both.`, {
    desc: 'For the web page editor. Keep the words print and downloads in English: they are attribute values.',
  });
}

/** Said in place of a button the page does not allow. */
export function unavailableNote(feature: HostFeature): TemplateResult {
  const words =
    feature === 'print'
      ? msg('This page does not let the widget print. To keep a copy, write it down or take a screenshot.', {
          desc: 'Shown in place of a Print button when the website that shows the widget does not allow printing.',
        })
      : msg('This page does not let the widget save files. To keep a copy, write it down or take a screenshot.', {
          desc: 'Shown in place of a Save or Add to calendar button when the website that shows the widget does not allow downloads.',
        });
  return html`<p class="unavailable-note" data-unavailable=${feature}>${words}</p>`;
}

export const unavailableNoteStyles = css`
  .unavailable-note {
    max-width: 40em;
    margin: 0;
  }
`;
