// Browser tests in the three engines that Debian packages: Chromium, Firefox ESR and
// WebKitGTK. Nothing here downloads a browser: each comes from a Debian package
// (scripts/lib/debian-packages.mjs). Run through `npm run test:browsers`, which starts
// WebKit's driver under a virtual display first.
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { builtPathOf, hostPage, HOSTED_AT } from './scripts/lib/snippet-pages.mjs';
import { BROWSER_PATHS } from './scripts/lib/debian-packages.mjs';
import { snippetPath } from './scripts/lib/snippets.mjs';
import demoServer from './web-dev-server.config.mjs';

export const WEBKIT_DRIVER_PORT = Number(process.env.B12_WEBKIT_DRIVER_PORT ?? 4445);

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: BROWSER_PATHS.chromium,
        headless: true,
        // Root needs --no-sandbox; the rest keep Chromium from reaching for a network it does not have.
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--js-flags=--expose-gc'],
      },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      concurrency: 1,
      launchOptions: { browser: 'firefox', executablePath: BROWSER_PATHS.firefox, headless: true },
    }),
  webkit: () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: WEBKIT_DRIVER_PORT,
      path: '/',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver refuses BiDi sessions.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: BROWSER_PATHS.miniBrowser,
          args: ['--automation'],
        },
      },
    }),
};

const chosen = (process.env.BROWSERS ?? 'chromium,firefox,webkit')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
for (const name of chosen) {
  if (!(name in launchers)) throw new Error(`Unknown browser "${name}" in BROWSERS; use any of: ${Object.keys(launchers).join(', ')}`);
}

/**
 * The policy an NHS or charity page might send. Lit needs exactly one allowance: its
 * Trusted Types policy, named lit-html. Nothing else is relaxed.
 */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * Each copy of Lit creates the lit-html policy; a page that may load the bundle twice
 * (a CMS block and a theme both adding it) must allow that, or the second copy throws.
 */
export const STRICT_CSP_TWO_COPIES = `${STRICT_CSP} 'allow-duplicates'`;

/** What the endless profile has sent so far, and whether the client has hung up. */
const endless = { sent: 0, closed: false };
let gzipBomb;

/** Test-only responses the security suite needs from a real server. */
async function securityFixtures(context, next) {
  if (context.path === '/test/security/slow-valid-profile.json') {
    // The default profile, after a pause: long enough to remove the element mid-load.
    // From the build (npm test builds first), so it always matches the schema.
    const { defaultProfile } = await import('./dist/engine/index.js');
    await new Promise((resolve) => setTimeout(resolve, Number(context.query.ms ?? 600)));
    context.type = 'application/json';
    context.body = JSON.stringify(defaultProfile);
    return;
  }
  if (context.path === '/test/security/endless-profile.json') {
    // 300 MB, chunked, with no Content-Length, at about 25 MB/s: the widget must stop
    // reading at its limit and hang up. The pace keeps a browser's network process from
    // taking in the whole body on loopback before the page has read its first megabyte.
    Object.assign(endless, { sent: 0, closed: false });
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    let left = (300 * 1024 * 1024) / chunk.length;
    context.type = 'application/json';
    const body = new Readable({
      read() {
        setTimeout(() => {
          endless.sent += chunk.length;
          this.push(left-- > 0 ? chunk : null);
        }, 10);
      },
    });
    context.req.on('close', () => (endless.closed = true));
    context.res.on('close', () => (endless.closed = true));
    context.body = body;
    return;
  }
  if (context.path === '/test/security/endless-profile-sent') {
    context.body = JSON.stringify(endless);
    return;
  }
  if (context.path === '/test/security/gzip-bomb-profile.json') {
    // About 200 KB on the wire that inflates to 200 MB.
    gzipBomb ??= gzipSync(Buffer.alloc(200 * 1024 * 1024, 0x20), { level: 9 });
    context.set('Content-Encoding', 'gzip');
    context.type = 'application/json';
    context.body = gzipBomb;
    return;
  }
  if (context.path.startsWith('/test/security/pages/')) {
    await next();
    // Two copies of the bundle, or two different one-tag files, each bring a Lit: the README's policy for them allows duplicates.
    context.set('Content-Security-Policy', /two-(copies|files)/.test(context.path) ? STRICT_CSP_TWO_COPIES : STRICT_CSP);
    return;
  }
  if (context.path === '/test/security/huge-profile.json') {
    // 5 MB: far past the 1 MB a profile may be.
    context.type = 'application/json';
    context.body = `{"padding":"${'x'.repeat(5 * 1024 * 1024)}"}`;
    return;
  }
  if (context.path === '/test/security/slow-profile.json') {
    // Longer than the widgets' 10-second limit on a profile.
    await new Promise((resolve) => setTimeout(resolve, 12_000));
    context.type = 'application/json';
    context.body = '{}';
    return;
  }
  if (/^\/dist\/cdn\/chunks\/b12-treatment-plan\.ro-[\w-]+\.js$/.test(context.path)) {
    // A language chunk an editor forgot to upload (see test/elements/distribution/).
    context.status = 404;
    return;
  }
  return next();
}

/**
 * Gates that hold the widgets' script files back, one per test page (its `key`), so a test
 * sees what a page paints before they run. Per page, because Chromium and Firefox run the
 * same tests at once: one browser opening its gate must not open the other's.
 */
const scriptGates = new Map();

/**
 * The built snippets (dist/snippets/) in a host page, as an editor pastes them, served
 * with the strict policy and with the files hosted at /b12-widgets/ (from dist/cdn/).
 * /snippet-gate/close?key=K holds the script files of K's visits back until
 * /snippet-gate/open?key=K.
 * /snippet-page/<visit>/<snippet>.html, where <visit> is visit<n>-<key>, hosts the files
 * under /b12-widgets/<visit>/, so each visit fetches them afresh: browsers reuse a module
 * another page loaded, cache headers or not. A visit ending -lost-script answers 404 for
 * its scripts, -lost-files for every file: an editor who uploaded the files to another
 * folder, or changed them under an integrity hash.
 */
/**
 * /pseudo/… is the project root (src/, node_modules/), with the pseudo-language
 * (scripts/pseudo-locale.mjs) in place of the first translation's words: a page that
 * loads the widgets from /pseudo/src/ and sets that language sees every message in the
 * pseudo-language (test/pseudo/). The language file is imported by an address the dev
 * server makes absolute, so it is known by who asks for it: a module under /pseudo/.
 */
const PSEUDO_CARRIER = JSON.parse(readFileSync('lit-localize.json', 'utf8')).targetLocales[0];
function pseudoSources(context, next) {
  const [, path] = /^\/pseudo(\/.*)$/.exec(context.path) ?? [];
  const carrier = (path ?? context.path).replace(/\.js$/, '.ts') === `/src/generated/locales/${PSEUDO_CARRIER}.ts`;
  const fromPseudo = path !== undefined || new URL(context.get('referer') || 'http://x/').pathname.startsWith('/pseudo/');
  if (carrier && fromPseudo) context.path = '/test/pseudo/generated/pseudo.ts';
  else if (path !== undefined) context.path = path;
  return next();
}

async function snippetPages(context, next) {
  if (context.path === '/snippet-gate/close') {
    let open;
    const closed = new Promise((resolve) => (open = resolve));
    scriptGates.set(context.query.key, { closed, open });
    context.body = 'closed';
    return;
  }
  if (context.path === '/snippet-gate/open') {
    scriptGates.get(context.query.key)?.open();
    scriptGates.delete(context.query.key);
    context.body = 'open';
    return;
  }
  const page = /^\/snippet-page\/(visit\d+-[a-z0-9]+(?:-lost-script|-lost-files)?)\/(b12-[a-z-]+)\.([a-z]+)\.([A-Za-z-]+)\.html$/.exec(context.path);
  if (page) {
    const [, visit, widget, view, language] = page;
    const snippet = readFileSync(snippetPath(widget, view, language), 'utf8').replaceAll(`"${HOSTED_AT}`, `"${HOSTED_AT}${visit}/`);
    context.type = 'html';
    context.set('Content-Security-Policy', STRICT_CSP);
    context.body = hostPage(
      { text: snippet, language },
      {
        head: '<script src="/test/elements/distribution/pages/violation-recorder.js"></script><link rel="stylesheet" href="/test/elements/distribution/pages/host.css">',
      },
    );
    return;
  }
  const built = builtPathOf(context.path);
  if (built === undefined) return next();
  const [, key, lost] = /^\/b12-widgets\/visit\d+-([a-z0-9]+)(?:-lost-(script|files))?\//.exec(context.path) ?? [];
  if (lost === 'files' || (lost === 'script' && built.endsWith('.js'))) {
    context.status = 404;
    return;
  }
  const gate = key && scriptGates.get(key);
  if (gate && built.endsWith('.js')) await gate.closed;
  context.path = built;
  return next();
}

/**
 * `emulate-forced-colors` { active }: Windows High Contrast, in Chromium.
 * `print-pdf` { format }: prints the page to PDF (A4 or Letter) in Chromium, as a person's
 * Print does, and says how many pages it took.
 * `save-screenshot` { name, selector }: a PNG of one element, written to
 * test-results/screenshots/<browser>/, so a person can look over every example in every
 * engine after a run. Chromium and Firefox through Puppeteer; WebKitGTK through WebDriver.
 */
const screenshots = {
  name: 'b12-commands',
  async executeCommand({ command, payload, session }) {
    if (command === 'emulate-forced-colors') {
      // @web/test-runner-commands offers forced colours through Playwright only; Chromium
      // emulates them through the same DevTools call Puppeteer uses for other media features.
      const page = session.browser.getPage?.(session.id);
      if (!page) return { supported: false };
      await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }]);
      return { supported: true };
    }
    if (command === 'print-pdf') {
      // The browser's own printing, as Print to PDF does it with default margins (about
      // 1 cm): what a person hands their GP, whatever the window's width was.
      const page = session.browser.getPage?.(session.id);
      if (!page) return { supported: false };
      // A test that emulated "screen" would otherwise print screen styles: Print never does.
      await page.emulateMediaType(null);
      const pdf = await page.pdf({ format: payload.format, margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } });
      const pages = (
        Buffer.from(pdf)
          .toString('latin1')
          .match(/\/Type\s*\/Page\b(?!s)/g) ?? []
      ).length;
      if (payload.name) {
        mkdirSync('test-results', { recursive: true });
        writeFileSync(join('test-results', `${payload.name}.pdf`), pdf);
      }
      return { supported: true, pages };
    }
    if (command !== 'save-screenshot') return undefined;
    const { name, selector } = payload;
    const launcher = session.browser;
    const png =
      typeof launcher.getPage === 'function'
        ? await (await launcher.getPage(session.id).$(selector)).screenshot()
        : await launcher.takeScreenshot(session.id, `return document.querySelector(${JSON.stringify(selector)})`);
    const folder = join('test-results', 'screenshots', launcher.name.toLowerCase().replace(/\W+/g, '-'));
    mkdirSync(folder, { recursive: true });
    const file = join(folder, `${name}.png`);
    writeFileSync(file, png);
    return { file, bytes: png.length };
  },
};

/**
 * The React test page (test/react/react-app.ts) bundled with React 19, which ships only
 * CommonJS: served at react-app.bundle.js beside it. The widgets' modules stay outside
 * the bundle, imported from the addresses the test's own imports get, so the page and
 * the test share one copy of each element.
 */
const reactApp = {
  name: 'react-app',
  async serve(context) {
    if (context.path !== '/test/react/react-app.bundle.js') return undefined;
    const result = await build({
      entryPoints: ['test/react/react-app.ts'],
      bundle: true,
      format: 'esm',
      write: false,
      external: ['../../src/*'],
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'silent',
    });
    // The same addresses the test's own imports of src/ get (the TypeScript files themselves).
    const body = result.outputFiles[0].text.replace(/(["'])\.\.\/\.\.\/src\/([\w/.-]+)\.js\1/g, '$1/src/$2.ts$1');
    return { body, type: 'js' };
  },
};

export default {
  files: ['test/engine/**/*.test.ts', 'test/elements/**/*.test.ts', 'test/security/**/*.test.ts', 'test/react/**/*.test.ts', 'test/pseudo/**/*.test.ts'],
  middleware: [securityFixtures, snippetPages, pseudoSources],
  nodeResolve: true,
  // The demo server's plugins: .js files (dist/cdn/) are served byte for byte, so integrity hashes hold.
  plugins: [...demoServer.plugins, reactApp, screenshots],
  browsers: chosen.map((name) => launchers[name]()),
  concurrency: 1,
  // The engine suite runs its property tests in every browser; give them room on a 2-core machine.
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  browserStartTimeout: 60000,
};
