/*
 * "Sends nothing, stores nothing", checked one way for every widget: each way a page can
 * send (fetch, XHR, beacons, WebSockets, server-sent events, new windows) is watched, and
 * resource timing catches what no wrapper sees (images, stylesheets, fonts). Storage is
 * web storage, cookies and IndexedDB's databases.
 */

/** What the page has stored: compared before and after a person uses a widget. */
export async function storageSnapshot(): Promise<{ local: number; session: number; cookie: string; databases: string[] }> {
  const databases = 'databases' in indexedDB ? (await indexedDB.databases()).map((database) => database.name ?? '') : [];
  return { local: localStorage.length, session: sessionStorage.length, cookie: document.cookie, databases };
}

export interface Watched<T> {
  result: T;
  /** Every call that would send something, as "fetch /path", "open https://…". */
  calls: string[];
  /** Files loaded meanwhile that are not the test's own modules (src/ and node_modules/). */
  loaded: string[];
}

/**
 * Runs `use` with every way of sending watched. Calls go through to the real function,
 * so a widget behaves as it would; the test then asserts `calls` and `loaded` are empty.
 */
export async function watchingTheNetwork<T>(use: () => Promise<T>): Promise<Watched<T>> {
  const calls: string[] = [];
  const wrap = <O extends object>(target: O, name: string) => {
    const owner = target as Record<string, unknown>;
    const original = owner[name] as ((...args: unknown[]) => unknown) | undefined;
    if (typeof original !== 'function') return () => {};
    owner[name] = function (this: unknown, ...args: unknown[]) {
      calls.push(`${name} ${String(args[name === 'open' && target === XMLHttpRequest.prototype ? 1 : 0])}`);
      return new.target ? Reflect.construct(original, args, new.target) : original.apply(this, args);
    };
    return () => (owner[name] = original);
  };
  const restore = [wrap(window, 'fetch'), wrap(XMLHttpRequest.prototype, 'open'), wrap(navigator, 'sendBeacon'), wrap(window, 'WebSocket'), wrap(window, 'EventSource'), wrap(window, 'open')];
  const resourcesBefore = performance.getEntriesByType('resource').length;
  let result: T;
  try {
    result = await use();
    // A request sent late (a timer, a debounce) still counts.
    await new Promise((resolve) => setTimeout(resolve, 200));
  } finally {
    restore.forEach((undo) => undo());
  }
  const loaded = performance
    .getEntriesByType('resource')
    .slice(resourcesBefore)
    .map((entry) => entry.name)
    .filter((name) => !name.includes('/src/') && !name.includes('/node_modules/'));
  return { result, calls, loaded };
}
