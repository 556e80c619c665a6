import { css, html, type TemplateResult } from 'lit';

/**
 * The content an embed snippet paints before the widget's script has run: the widget's
 * first state, pre-rendered into a declarative shadow root (`<template shadowrootmode>`).
 * It stays on screen until the widget's own first render is ready (its language may still
 * be loading), and is then swapped for that render in the same task, so the page paints
 * one or the other, never a gap between them. What the person did meanwhile carries over:
 * a value typed or a choice made in a pre-rendered field, and where the focus was.
 */
export class PrerenderedContent {
  private nodes: ChildNode[] = [];

  /** Takes note of what the snippet put in the shadow root before the element upgraded. */
  adopt(root: ShadowRoot): void {
    this.nodes = [...root.childNodes];
  }

  get present(): boolean {
    return this.nodes.length > 0;
  }

  /** Removes the pre-rendered nodes now that `root` holds the widget's own render. */
  replace(root: ShadowRoot): void {
    if (!this.present) return;
    const focused = root.activeElement;
    const fields = this.nodes.flatMap((node) => (node instanceof Element ? [...node.querySelectorAll<FormField>('input, select, textarea')] : []));
    const wasFocused = fields.find((field) => field === focused);
    for (const node of this.nodes) node.remove();
    this.nodes = [];
    for (const field of fields) carryOver(field, root);
    if (wasFocused?.id) root.getElementById(wasFocused.id)?.focus();
  }
}

type FormField = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * Gives the widget's own field the value the person gave its pre-rendered twin, by way
 * of the events a person's typing would fire, so the widget reads it as it reads typing.
 */
function carryOver(from: FormField, root: ShadowRoot): void {
  const to = from.id ? root.getElementById(from.id) : null;
  if (!to || to.localName !== from.localName) return;
  if (from instanceof HTMLInputElement && (from.type === 'radio' || from.type === 'checkbox')) {
    if (from.checked === from.defaultChecked || (to as HTMLInputElement).checked === from.checked) return;
    (to as HTMLInputElement).checked = from.checked;
  } else {
    const untouched = from instanceof HTMLSelectElement ? [...from.options].every((option) => option.selected === option.defaultSelected) : from.value === from.defaultValue;
    if (untouched) return;
    (to as FormField).value = from.value;
  }
  to.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  to.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * What a pre-rendered form says if its script never runs (a file uploaded to another
 * folder, an integrity mismatch after the file changed): hidden while the script may
 * still come, shown by the styles below after a short wait. A form view renders it as
 * its first child, so it is in the pre-rendered content, in the widget's language.
 */
export function scriptFailedNotice(words: string): TemplateResult {
  return html`<p class="script-failed" hidden><strong>${words}</strong></p>`;
}

/**
 * What stands in for a form that cannot work, written by the widget itself where its
 * snippet has no table for that (the diary): hidden, as the snippet's own, until the
 * styles below show it. The same class and attribute as embed-snippet.ts writes.
 */
export function withoutScript(content: TemplateResult, lang: string, dir: 'ltr' | 'rtl'): TemplateResult {
  return html`<div class="without-script" lang=${lang} dir=${dir} hidden>${content}</div>`;
}

/*
 * The snippet holds, beside a form view, the same guidance as a table
 * (`.without-script`: the guide beside the checker, the treatment table beside the
 * plan). Only CSS can act before, or without, the script, and a strict policy allows only
 * the stylesheet file, so:
 * - without JavaScript the form, which could not work, is hidden and the table shows;
 * - with JavaScript, if the element is still not defined after 6 seconds (the README's
 *   "Limits, and why" says why 6), the form's content gives way to the notice and the
 *   table. Properties a CSS animation can change in every engine (visibility,
 *   max-height) do it; display cannot be animated in all.
 * Once the element is defined, its own render replaces all of this.
 * The notice and the table carry `hidden`, which the rules below overrule: a browser
 * that paints the snippet before its stylesheet has arrived (Firefox does, for a
 * stylesheet in a shadow root) then paints no more than the styled page will show, not
 * the form, the notice and the table one under the other, thousands of pixels tall. The
 * cost: with every file missing, script and stylesheet, the form shows alone.
 */
export const prerenderedStyles = css`
  .script-failed,
  .without-script {
    display: none;
  }
  :host(:not(:defined)) .script-failed,
  :host(:not(:defined)) .without-script {
    display: block;
    visibility: hidden;
    max-height: 0;
    overflow: hidden;
    margin: 0;
    animation: b12-script-failed 0s 6s forwards;
  }
  :host(:not(:defined)) .script-failed {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: calc(var(--_space) * 0.75);
  }
  :host(:not(:defined)) .root:has(~ .without-script) > :not(.script-failed) {
    animation: b12-script-concealed 0s 6s forwards;
  }
  @keyframes b12-script-failed {
    to {
      visibility: visible;
      max-height: none;
      overflow: visible;
      margin-block-end: var(--_space);
    }
  }
  @keyframes b12-script-concealed {
    to {
      visibility: hidden;
      max-height: 0;
      overflow: hidden;
      margin: 0;
      padding: 0;
      border-width: 0;
    }
  }
  @media (scripting: none) {
    .root:has(~ .without-script) {
      display: none;
    }
    :host(:not(:defined)) .without-script {
      visibility: visible;
      max-height: none;
      overflow: visible;
      animation: none;
    }
  }
`;
