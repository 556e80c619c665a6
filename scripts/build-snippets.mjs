// Part of `npm run build`, after the one-tag files: writes what pre-rendered snippets need.
//
//   dist/cdn/<widget>.css   each element's own styles as a file, for the snippet's
//                           declarative shadow root (a strict CSP allows a stylesheet file,
//                           not an inline <style>); taken from the built one-tag file.
//   dist/snippets/<widget>.<mode>.<lang>.html
//                           what the embed-code builder gives an editor for default choices
//                           in each view and language, files hosted at /b12-widgets/. Written
//                           by driving the builder itself (demo/embed.html) in Debian's
//                           Chromium, so the builder and these files cannot differ.
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { BROWSER_PATHS } from './lib/debian-packages.mjs';
import { freePort } from './lib/free-port.mjs';
import { startPageServer } from './lib/page-server.mjs';
import { SNIPPET_LANGUAGES, SNIPPET_VIEWS, snippetPath } from './lib/snippets.mjs';

const CHROMIUM = BROWSER_PATHS.chromium;

const pages = new Map([
  ['/build/styles', '<!doctype html><html lang="en-GB"><head><script type="module" src="/dist/cdn/b12-widgets.js"></script></head><body></body></html>'],
]);
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

  await page.goto(`${origin}/build/styles`);
  const styles = await page.evaluate(async (widgets) => {
    await Promise.all(widgets.map((name) => customElements.whenDefined(name)));
    return widgets.map((name) => [name, customElements.get(name).elementStyles.map((style) => style.cssText).join('\n')]);
  }, Object.keys(SNIPPET_VIEWS));
  for (const [widget, css] of styles) writeFileSync(`dist/cdn/${widget}.css`, `${css}\n`);

  await page.goto(`${origin}/demo/embed.html`);
  const settled = () => page.waitForFunction(() => document.querySelector('#snippet')?.dataset.state === 'ready', null, { timeout: 30_000 });
  await settled();
  mkdirSync('dist/snippets', { recursive: true });
  let written = 0;
  for (const [widget, views] of Object.entries(SNIPPET_VIEWS)) {
    await page.check(`input[name="widget"][value="${widget}"]`);
    for (const view of views) {
      for (const language of SNIPPET_LANGUAGES) {
        await page.selectOption('#mode', view);
        await page.selectOption('#lang', language);
        await settled();
        const snippet = await page.textContent('#snippet');
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
