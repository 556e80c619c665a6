// Part of `npm run build`, after the one-tag files: writes what pre-rendered snippets need.
//
//   dist/cdn/<widget>.css   each element's own styles as a file, for the snippet's
//                           declarative shadow root (a strict CSP allows a stylesheet file,
//                           not an inline <style>); taken from the built one-tag file.
//   dist/snippets/<widget>.<mode>.<lang>.html
//                           what the embed-code builder gives an editor for default choices
//                           in each view and language, files hosted at /b12-widgets/. Made
//                           by the builder's own module (src/embed/snippet-for.ts) in
//                           Debian's Chromium, so the builder and these files cannot differ.
// Run with tsx: node --import tsx scripts/build-snippets.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { COMBINED_FILE, WIDGETS } from '../src/widgets.ts';
import { BROWSER_PATHS } from './lib/debian-packages.mjs';
import { freePort } from './lib/free-port.mjs';
import { startPageServer } from './lib/page-server.mjs';
import { SNIPPET_LANGUAGES, SNIPPET_VIEWS, snippetPath } from './lib/snippets.mjs';

const CHROMIUM = BROWSER_PATHS.chromium;

// Every widget, from the built one-tag files the snippets point to, and the snippet maker.
const scripts = [`${COMBINED_FILE}.js`, ...WIDGETS.filter((widget) => !widget.inCombinedFile).map((widget) => `${widget.tag}.js`)]
  .map((file) => `<script type="module" src="/dist/cdn/${file}"></script>`)
  .join('');
const maker = `<script type="module">import { defaultChoices, snippetFor } from '/src/embed/snippet-for.ts'; window.snippetOf = async (widget, view, language) => (await snippetFor(defaultChoices(widget, view, language))).text; window.ready = true;</script>`;
// The page has a font of its own, as the builder's has: the first screen is written as a
// page with its own font shows it (without the widget's font for pages that set none).
const pages = new Map([['/build/snippets', `<!doctype html><html lang="en-GB"><head>${scripts}${maker}<style>body { font-family: Arial, sans-serif; }</style></head><body></body></html>`]]);
const { server, origin } = await startPageServer({ port: await freePort(), pages });
let browser;
try {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
} catch (error) {
  await server.stop();
  console.error(`build-snippets: Chromium (${CHROMIUM}) is needed to pre-render the snippets. Run "npm run setup" to install it.\n${error.message}`);
  process.exit(1);
}

try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`build-snippets: page error: ${error.message}`));
  await page.goto(`${origin}/build/snippets`);
  await page.waitForFunction(() => window.ready, null, { timeout: 30_000 });

  const tags = Object.keys(SNIPPET_VIEWS);
  const styles = await page.evaluate(async (widgets) => {
    await Promise.all(widgets.map((name) => customElements.whenDefined(name)));
    return widgets.map((name) => [
      name,
      customElements
        .get(name)
        .elementStyles.map((style) => style.cssText)
        .join('\n'),
    ]);
  }, tags);
  for (const [widget, css] of styles) writeFileSync(`dist/cdn/${widget}.css`, `${css}\n`);

  mkdirSync('dist/snippets', { recursive: true });
  let written = 0;
  for (const [widget, views] of Object.entries(SNIPPET_VIEWS)) {
    for (const view of views) {
      for (const language of SNIPPET_LANGUAGES) {
        const snippet = await page.evaluate(([w, v, l]) => window.snippetOf(w, v, l), [widget, view, language]);
        writeFileSync(snippetPath(widget, view, language), `${snippet}\n`);
        written++;
      }
    }
  }
  console.log(`build-snippets: wrote ${styles.length} stylesheets to dist/cdn/ and ${written} snippets to dist/snippets/.`);
} finally {
  await browser.close();
  await server.stop();
}
