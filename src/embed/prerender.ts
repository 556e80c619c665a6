// The widget's first state as HTML, for the declarative shadow root of an embed snippet:
// the real element is rendered off screen, in the chosen language and view, and its shadow
// tree written out. Runs in the browser: the embed-code builder and the snippet build
// (scripts/build-snippets.mjs) both call it through snippetFor(), so the two cannot differ.
import type { WidgetTag } from '../widgets.js';

/**
 * What a widget with these attributes shows before anyone has touched it.
 * @param profile the profile its `profile-src` will give it, where that address is not
 *   served here yet (the builder's profile maker makes the file the editor then hosts).
 */
export async function prerender(widget: WidgetTag, attributes: readonly (readonly [string, string])[], profile?: unknown): Promise<string> {
  await customElements.whenDefined(widget);
  const element = document.createElement(widget) as HTMLElement & { prerendering: boolean; profile?: unknown };
  element.prerendering = true;
  if (profile !== undefined) element.profile = profile;
  for (const [name, value] of attributes) element.setAttribute(name, value);
  const stage = document.createElement('div');
  // Out of sight, out of the tab order and out of the accessibility tree while it renders.
  stage.inert = true;
  stage.style.cssText = 'position:absolute;left:-10000px;top:0;width:40rem';
  stage.append(element);
  document.body.append(stage);
  try {
    await shown(element);
    return serialize(element.shadowRoot!);
  } finally {
    stage.remove();
  }
}

async function shown(element: HTMLElement): Promise<void> {
  const deadline = performance.now() + 10_000;
  while (!element.shadowRoot?.querySelector('.root')) {
    if (performance.now() > deadline) throw new Error(`<${element.localName}> did not render within 10 seconds.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

/**
 * The shadow tree as markup. What Lit sets as properties becomes attributes, so a
 * checked radio is checked before the script runs; Lit's comment markers go. A style
 * attribute would be refused by a strict Content-Security-Policy, so there must be none.
 */
function serialize(root: ShadowRoot): string {
  const copy = document.createElement('div');
  for (const node of root.childNodes) copy.append(node.cloneNode(true));
  const fields = 'input, textarea, option';
  const live = [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLOptionElement>(fields)];
  copy.querySelectorAll<HTMLElement>(fields).forEach((field, index) => {
    const source = live[index];
    if (source instanceof HTMLOptionElement) field.toggleAttribute('selected', source.selected);
    else if (source instanceof HTMLTextAreaElement) field.textContent = source.value;
    else if (source.type === 'radio' || source.type === 'checkbox') field.toggleAttribute('checked', source.checked);
    else if (source.value) field.setAttribute('value', source.value);
  });
  const comments = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const markers: ChildNode[] = [];
  while (comments.nextNode()) markers.push(comments.currentNode as ChildNode);
  for (const marker of markers) marker.remove();
  const styled = copy.querySelector('[style]');
  if (styled) throw new Error(`The pre-rendered <${styled.localName}> has a style attribute, which a strict Content-Security-Policy refuses.`);
  return copy.innerHTML.replace(/>\s+</g, '> <').trim();
}
