import { expect, fixture, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import type { Analyte } from '../../src/engine/index.js';
import { addDays, formatIsoDate, localIsoDate, parseIsoDate } from '../../src/engine/iso-date.js';

/** Renders an element in a page and waits for it, and any profile it loads, to settle. */
export async function render<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await settled(el);
  return el;
}

export async function settled(el: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
    await nextFrame();
  }
}

/**
 * Waits until a widget shows its own content, or its editor notice. A profile is checked
 * after the schema's module loads, which on a busy machine can take longer than
 * `settled`'s few frames.
 */
export async function shown(el: Element, timeout = 5000): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('.root'), `<${el.localName}> never showed its content or its editor notice`, { timeout });
  await settled(el);
}

export const shadow = (el: Element) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];

export const field = (el: Element, analyte: Analyte, name: 'value' | 'unit' | 'labLow' | 'labHigh' = 'value') => $<HTMLInputElement & HTMLSelectElement>(el, `#${analyte}-${name}`)!;

/** The plan's phases, in the order shown. */
export const phaseIds = (el: Element) => $$(el, '.phase').map((phase) => phase.dataset.phase);

export const resultCard = (el: Element, analyte: Analyte) => $(el, `.result[data-analyte="${analyte}"]`)!;

/** Visible text, spaces collapsed. */
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Types as a person does: focus the field and press keys. One key per command, because
 * WebKitWebDriver drops repeated identical keys within one action ("300" arrives as
 * "30"). Characters outside the Basic Multilingual Plane (emoji), which WebDriver cannot
 * type, are pasted, as people on phones do.
 */
export async function typeInto(el: Element, input: HTMLInputElement, value: string): Promise<void> {
  input.focus();
  for (const char of value) {
    if (char.length > 1) paste(input, char);
    else await sendKeys({ type: char });
  }
  await settled(el);
}

/** A paste into the focused field at the caret, with the input event a real paste fires. */
export function paste(input: HTMLInputElement, text: string): void {
  input.setRangeText(text, input.selectionStart ?? input.value.length, input.selectionEnd ?? input.value.length, 'end');
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste', data: text }));
}

/** Clears a field as a person does: select all and delete. */
export async function clearField(el: Element, input: HTMLInputElement): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await settled(el);
}

/** Picks a unit as a person does with a keyboard-operable select. */
export async function chooseUnit(el: Element, analyte: Analyte, unit: string): Promise<void> {
  const select = field(el, analyte, 'unit');
  select.value = unit;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settled(el);
}

/** Is the element laid out on screen (not display:none, not an unslotted child)? */
export const isShown = (node: Element) => node.getClientRects().length > 0;

/**
 * Applies the element's own `@media <condition>` rules as the browser would when the
 * condition holds (print, forced colours, reduced motion), in any engine: they are adopted
 * again, unwrapped, after the element's styles, so the cascade decides as it would then.
 * Assert what a person gets (computed styles, what is shown), then call the returned
 * function to stop. test/elements/media.test.ts checks the real thing in Chromium.
 */
export function asIfMedia(el: Element, condition: RegExp): () => void {
  const root = shadow(el);
  const rules = root.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && condition.test(rule.conditionText ?? rule.media.mediaText))
    .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
  if (rules.length === 0) throw new Error(`<${el.localName}> has no @media rules for ${condition}`);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return () => (root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet));
}

/** Chooses a radio as a person does: a click on it. */
export async function choose(el: Element, id: string): Promise<void> {
  $<HTMLInputElement>(el, `#${id}`)!.click();
  await settled(el);
}

/** Quietens console.error for a block and returns what was logged. */
export async function withConsoleErrors<T>(run: () => Promise<T>): Promise<{ result: T; logged: string[] }> {
  const original = console.error;
  const logged: string[] = [];
  console.error = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
  try {
    return { result: await run(), logged };
  } finally {
    console.error = original;
  }
}

/** An ISO date `days` from today on this device. */
export function isoFromToday(days: number): string {
  return formatIsoDate(addDays(parseIsoDate(localIsoDate(new Date()))!, days));
}

/** Opens an analyte's optional lab-range section as a person does: a click on its summary. */
export async function openLabRange(el: Element, analyte: Analyte): Promise<void> {
  field(el, analyte, 'labLow').closest('details')!.querySelector('summary')!.click();
  await settled(el);
}

/** Runs an action with window.print replaced, and says how many times it was called. */
export function countPrints(action: () => void): number {
  const original = window.print;
  let printed = 0;
  window.print = () => void printed++;
  try {
    action();
  } finally {
    window.print = original;
  }
  return printed;
}

/** Runs an action with file downloads intercepted, and gives back each saved file and the link clicked for it. */
export function captureDownloads(action: () => void): { files: Blob[]; links: HTMLAnchorElement[] } {
  const files: Blob[] = [];
  const links: HTMLAnchorElement[] = [];
  const createObjectURL = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob | MediaSource) => (files.push(blob as Blob), 'blob:test');
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    links.push(this);
  };
  try {
    action();
  } finally {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  }
  return { files, links };
}

/** Types an ISO date into the plan's day, month and year fields, as a person would write it. */
export const typeStartDate = (el: Element, iso: string) => typeDateFields(el, 'start-date', iso);

/**
 * Types an ISO date into a widget's day, month and year fields (`<idPrefix>-day` and so
 * on), replacing what is there, as a person writes it: no leading zeros.
 */
export async function typeDateFields(el: Element, idPrefix: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  for (const [part, value] of [
    ['day', String(Number(day))],
    ['month', String(Number(month))],
    ['year', year],
  ] as const) {
    const input = $<HTMLInputElement>(el, `#${idPrefix}-${part}`)!;
    if (input.value) await clearField(el, input);
    await typeInto(el, input, value);
  }
}

/**
 * Asserts that a node is not there. Compared as a boolean: when chai reports an element
 * from a shadow root it brings down the test runner's page instead of failing the test.
 */
export function expectAbsent(node: Element | null, what: string): void {
  expect(node === null, `${what} should not be there, but there is a <${node?.localName}>`).to.equal(true);
}

/** A plan answered for a diet cause without nerve symptoms, starting tomorrow, shown as a month grid. */
export async function planInMonthView(): Promise<HTMLElement> {
  const el = await render<HTMLElement>(html`<b12-treatment-plan></b12-treatment-plan>`);
  await choose(el, 'cause-diet');
  await choose(el, 'neurological-no');
  await typeStartDate(el, isoFromToday(1));
  $$<HTMLButtonElement>(el, '.view-switch button')
    .find((button) => text(button) === 'Month')!
    .click();
  await settled(el);
  return el;
}

/** A system colour (CanvasText, Canvas…) as this browser computes it, to compare with a computed style. */
export function systemColour(name: string): string {
  const probe = document.body.appendChild(document.createElement('span'));
  probe.style.color = name;
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}
