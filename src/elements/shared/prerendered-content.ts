import { css } from 'lit';

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
 * Without JavaScript a pre-rendered form could not work, so it is hidden and the table the
 * snippet holds in <noscript> shows in its place.
 */
export const prerenderedStyles = css`
  @media (scripting: none) {
    .root:has(~ noscript) {
      display: none;
    }
  }
`;
