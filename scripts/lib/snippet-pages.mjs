// Pages for the benchmark and the tests: the files in dist/snippets/ inside a host page with
// text above and below, as an editor pastes them, with the files hosted at /b12-widgets/.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SNIPPET_LANGUAGES, SNIPPET_VIEWS, snippetPath } from './snippets.mjs';

export const HOSTED_AT = '/b12-widgets/';

/**
 * Where a hosted file is in the build: /b12-widgets/<file> is dist/cdn/<file>. The tests
 * host each page visit's files under /b12-widgets/visit<n>/ (see web-test-runner.config.mjs),
 * which maps to the same place. Undefined for any other path.
 */
export function builtPathOf(path) {
  if (!path.startsWith(HOSTED_AT)) return undefined;
  return `/dist/cdn/${path.slice(HOSTED_AT.length).replace(/^visit\d+(?:-[a-z0-9]+)?(?:-lost-[a-z]+)?\//, '')}`;
}

/** Serves /b12-widgets/* from dist/cdn/, where an editor would host the files. */
export const hostedFiles = async (context, next) => {
  context.path = builtPathOf(context.path) ?? context.path;
  return next();
};

/** Every snippet: widget, view, language and its text. */
export const snippets = () =>
  Object.entries(SNIPPET_VIEWS).flatMap(([widget, views]) =>
    views.flatMap((view) => SNIPPET_LANGUAGES.map((language) => ({ widget, view, language, text: readFileSync(snippetPath(widget, view, language), 'utf8') }))),
  );

/** A charity's page around a snippet. `script: false` leaves out the script tag: the same page as static HTML. */
export function hostPage({ text, language }, { script = true, around = true, head = '' } = {}) {
  const body = script ? text : text.replace(/<script[^>]*><\/script>\n?/, '');
  const before = around ? `<h1>About vitamin B12</h1>\n<p>The charity's own words come first, a paragraph long enough to wrap on a phone and hold a few lines of text above the widget.</p>\n` : '';
  const after = around ? `\n<p>More of the charity's page, below the widget: if anything above it moves, this moves.</p>\n<footer>The page's footer.</footer>` : '';
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host page</title>${head}</head><body>\n${before}${body}${after}\n</body></html>`;
}

/** Whether the widgets have taken over from their pre-rendered content (their own render has no <link>): `page.waitForFunction(upgradedInPage, ANY_WIDGET)`. */
export const upgradedInPage = (selector) => [...document.querySelectorAll(selector)].every((widget) => widget.shadowRoot?.querySelector('.root') && !widget.shadowRoot.querySelector('link'));

/** Records layout shifts from the start of the page, for `page.evaluate(() => window.__shift)`. */
export function recordLayoutShift() {
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

/** The script a page loads, gzip bytes per file as a server would send it, from the page's own resource list. */
export function scriptBytes(paths) {
  return paths
    .filter((path) => path.endsWith('.js'))
    .map((path) => {
      const file = builtPathOf(path).slice(1);
      return { file, gzip: gzipSync(readFileSync(file), { level: 9 }).length };
    });
}
