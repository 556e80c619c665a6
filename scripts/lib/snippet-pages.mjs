// Pages for the benchmark and the tests: the files in dist/snippets/ inside a host page with
// text above and below, as an editor pastes them, with the files hosted at /b12-widgets/.
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SNIPPET_LANGUAGES, SNIPPET_VIEWS, snippetPath } from './snippets.mjs';

export const HOSTED_AT = '/b12-widgets/';

/** Serves /b12-widgets/* from dist/cdn/, where an editor would host the files. */
export const hostedFiles = async (context, next) => {
  if (context.path.startsWith(HOSTED_AT)) context.path = `/dist/cdn/${context.path.slice(HOSTED_AT.length)}`;
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

/** Whether the widget has taken over from its pre-rendered content (its own render has no <link>). */
export const upgradedInPage = () =>
  [...document.querySelectorAll('b12-cofactor-checker, b12-treatment-plan')].every(
    (widget) => widget.shadowRoot?.querySelector(".root") && !widget.shadowRoot.querySelector("link"),
  );

/** Records layout shifts from the start of the page, for `page.evaluate(() => window.__shift)`. */
export function recordLayoutShift() {
  window.__shift = 0;
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__shift += entry.value;
      window.__shifts.push(entry.sources?.map((source) => source.node?.nodeName).join(','));
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** The script a page loads, gzip bytes per file as a server would send it, from the page's own resource list. */
export function scriptBytes(paths) {
  return paths
    .filter((path) => path.endsWith('.js'))
    .map((path) => {
      const file = `dist/cdn/${path.slice(HOSTED_AT.length)}`;
      statSync(file);
      return { file, gzip: gzipSync(readFileSync(file), { level: 9 }).length };
    });
}
