// Helpers for pages that use the built widgets the way a host page does, then report to
// the test in the parent frame.

/** Every CSP or Trusted Types violation on this page, as text. */
export const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample ?? ''}`.trim());
});

export const errors = [];
window.addEventListener('error', (event) => errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

export async function ready(element) {
  await customElements.whenDefined(element.localName);
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => resolve()));
  await element.updateComplete;
}

export async function type(element, selector, value) {
  const input = element.shadowRoot.querySelector(selector);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

export async function click(element, selector) {
  element.shadowRoot.querySelector(selector).click();
  await element.updateComplete;
  await element.updateComplete;
}

export const textOf = (element, selector) => element.shadowRoot.querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim();

/** Waits a tick so that late violation reports arrive, then tells the test. */
export async function report(result) {
  await new Promise((resolve) => setTimeout(resolve, 100));
  parent.postMessage({ ...result, violations, errors }, '*');
}
