/**
 * Tells widgets when any `lang` attribute in the document changes, so a page that
 * switches language (or an ancestor that does) re-renders them in the new one. One
 * observer serves every widget on the page and stops when the last one leaves.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

export function watchPageLanguage(onChange: () => void): () => void {
  listeners.add(onChange);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((listener) => listener()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
