/**
 * Tells widgets when a `lang` attribute changes in the document or in any shadow root
 * they sit inside, so a page that switches language (or an ancestor that does, even
 * inside another component) re-renders them in the new one. A mutation observer on the
 * document does not see into shadow roots, so each root on the way up gets its own, shared
 * by every widget beneath it and stopped when the last one leaves.
 */
const watched = new Map<Document | ShadowRoot, { observer: MutationObserver; listeners: Set<() => void> }>();

/** The document and every shadow root between it and the element. */
function rootsAbove(element: Element): (Document | ShadowRoot)[] {
  const roots: (Document | ShadowRoot)[] = [document];
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) roots.push(root);
  return roots;
}

export function watchPageLanguage(element: Element, onChange: () => void): () => void {
  const roots = rootsAbove(element);
  for (const root of roots) {
    let watch = watched.get(root);
    if (!watch) {
      const listeners = new Set<() => void>();
      const observer = new MutationObserver(() => listeners.forEach((listener) => listener()));
      observer.observe(root instanceof Document ? root.documentElement : root, { attributes: true, attributeFilter: ['lang'], subtree: true });
      watch = { observer, listeners };
      watched.set(root, watch);
    }
    watch.listeners.add(onChange);
  }
  return () => {
    for (const root of roots) {
      const watch = watched.get(root);
      watch?.listeners.delete(onChange);
      if (watch?.listeners.size === 0) {
        watch.observer.disconnect();
        watched.delete(root);
      }
    }
  };
}
