/** Counts listeners on window and document, and timers, that are still live. */
export function trackListenersAndTimers() {
  const listeners = new Map<string, number>();
  const key = (target: EventTarget, type: string) => `${target === window ? 'window' : 'document'} ${type}`;
  const targets = [window, document] as EventTarget[];
  const originals = targets.map((target) => ({ add: target.addEventListener, remove: target.removeEventListener }));
  targets.forEach((target, i) => {
    target.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
      listeners.set(key(target, type), (listeners.get(key(target, type)) ?? 0) + 1);
      return (originals[i].add as (...args: unknown[]) => void).call(this, type, ...rest);
    } as EventTarget['addEventListener'];
    target.removeEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
      listeners.set(key(target, type), (listeners.get(key(target, type)) ?? 0) - 1);
      return (originals[i].remove as (...args: unknown[]) => void).call(this, type, ...rest);
    } as EventTarget['removeEventListener'];
  });
  const pending = new Set<unknown>();
  const { setTimeout: set, clearTimeout: clear } = window;
  window.setTimeout = ((handler: () => void, ms?: number) => {
    const id = set(() => {
      pending.delete(id);
      handler();
    }, ms);
    pending.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id: number) => {
    pending.delete(id);
    clear(id);
  }) as typeof window.clearTimeout;
  return {
    live: () => ({ listeners: [...listeners.entries()].filter(([, n]) => n !== 0), timers: pending.size }),
    restore: () => {
      targets.forEach((target, i) => Object.assign(target, { addEventListener: originals[i].add, removeEventListener: originals[i].remove }));
      Object.assign(window, { setTimeout: set, clearTimeout: clear });
    },
  };
}
