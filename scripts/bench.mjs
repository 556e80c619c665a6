// `npm run bench`: how fast the built widgets are in Debian's Chromium, in numbers.
// A benchmark, not a test: it prints figures and targets and never fails on timing.
//
// 1. First render of the bare element (no pre-rendered content): each widget, and the same
//    content as static HTML (declarative shadow DOM with the same styles) on the same page. Reported: when each is first painted,
//    from navigation start, and the ratio (target ≤ 2×).
// 2. Input latency: 200 inputs into the checker, from the input event to the updated
//    result in the DOM and to the next frame that shows it: p50 and p95 (target p95 ≤ 16 ms).
// 3. Layout shift while a page loads and the widgets replace their fallback content
//    (target 0): the demo as `npm start` serves it, and an editor's page with the one-tag file.
// 4. Language switch: all four widget elements on one page (checkers and plans), from a change of <html lang> to every
//    widget painted in the new language; the first time includes loading the language.
// 5. Pre-rendered snippets (dist/snippets/, files hosted at /b12-widgets/), in a host page
//    with text above and below: layout shift for all 24 at 375 and 1280 px (target 0);
//    time until each view is painted against the same page as static HTML with no script
//    (target ≤ 1.2×); script bytes per page; where the time goes until the checker and the
//    plan can be used with the CPU slowed 4×, with the file that follows the page's
//    language and with the language's own file.
// 6. The same snippets in Firefox ESR (scripts/lib/bench-firefox.mjs): movement, paint against
//    static HTML and usable time, as far as Firefox can measure them.
// 7. The symptom diary (dist/cdn/b12-symptom-diary.js), CPU slowed 4×: time until it can be
//    used; then, for three diaries (two years of daily check-ins, five years of weekly
//    use, and 9,828 injections over ten years, near the file limits), how long opening the
//    file takes to show its summary, charts and table, and how long saving one more
//    check-in takes.
//
// Each run ends with its figures as one Markdown table, to paste into the README.
//
// Run `npm run build` first: it measures dist/cdn/, what pages load.
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { chromium } from 'playwright-core';
import { firefoxReport } from './lib/bench-firefox.mjs';
import { BROWSER_PATHS } from './lib/debian-packages.mjs';
import { freePort } from './lib/free-port.mjs';
import { median, percentile } from './lib/percentile.mjs';
import { startPageServer } from './lib/page-server.mjs';
import { hostedFiles, hostPage, HOSTED_AT, recordLayoutShift, scriptBytes, snippets, upgradedInPage } from './lib/snippet-pages.mjs';
import { ANY_WIDGET, COMBINED_FILE, WIDGETS as ALL_WIDGETS } from '../src/widgets.ts';
import { SNIPPET_LANGUAGES, SNIPPET_VIEWS } from './lib/snippets.mjs';
import { languageChunks } from '../src/embed/embed-snippet.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const INPUTS = 200;
/** The widgets of the combined file: first render, layout shift and language switch. */
const COMBINED = ALL_WIDGETS.filter((widget) => widget.inCombinedFile);
const COMBINED_SELECTOR = COMBINED.map((widget) => widget.tag).join(', ');
/** Each view of each, as an element with no content: { 'b12-cofactor-checker mode="guide"': markup, … }. */
const WIDGETS = Object.fromEntries(
  COMBINED.flatMap((widget) =>
    widget.snippetViews.map((view) => {
      const mode = view === widget.defaultMode ? '' : ` mode="${view}"`;
      return [`${widget.tag}${mode}`, `<${widget.tag}${mode}></${widget.tag}>`];
    }),
  ),
);

if (!existsSync(`dist/cdn/${COMBINED_FILE}.js`) || !existsSync('dist/snippets')) {
  console.error('dist/cdn/ or dist/snippets/ is missing: run `npm run build` first.');
  process.exit(1);
}
// The diary's own file writer, from the built engine: the bench's files are what "Save" gives.
const { toDiaryJson } = await import('../dist/engine/index.js');

const pages = new Map();
const { server, origin } = await startPageServer({ port: await freePort(), pages, middleware: [hostedFiles] });
const browser = await chromium.launch({ executablePath: BROWSER_PATHS.chromium, args: ['--no-sandbox'] });

/** This run's figures, printed at its end as one Markdown table for the README's "Size and speed". */
const summary = [];
let firefoxVersion;
const record = (measure, value, target = '') => summary.push({ measure, value, target });
function printSummary() {
  if (!summary.length) return;
  console.log(`\nThis run as a table for the README (${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, loopback):\n`);
  console.log(`Chromium ${browser.version()}${firefoxVersion ? `, Firefox ${firefoxVersion}; rows not marked Firefox are Chromium's` : ''}\n`);
  console.log('| measure | this run | target |\n| --- | --- | --- |');
  for (const { measure, value, target } of summary) console.log(`| ${measure} | ${value} | ${target} |`);
}
const ms = (value) => `${value.toFixed(1)} ms`;

/** The widget as static HTML: its rendered shadow tree and styles, as declarative shadow DOM. */
async function staticCopy(markup) {
  pages.set('/bench/capture', `<!doctype html><html lang="en-GB"><body>${markup}<script type="module" src="/dist/cdn/b12-widgets.js"></script></body></html>`);
  const page = await browser.newPage();
  await page.goto(`${origin}/bench/capture`);
  const html = await page.evaluate(async () => {
    const element = document.body.firstElementChild;
    await customElements.whenDefined(element.localName);
    await element.updateComplete;
    const css = element.shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    return `<div class="static-copy"><template shadowrootmode="open"><style>${css}</style>${element.shadowRoot.innerHTML}</template></div>`;
  });
  await page.close();
  return html;
}

async function firstRender(name, markup) {
  const copy = await staticCopy(markup);
  // The static copy comes first, so the first contentful paint is the static content's.
  pages.set(
    '/bench/first-render',
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><script type="module" src="/dist/cdn/b12-widgets.js"></script></head>
     <body>${copy}${markup}<script type="module">
       const widget = document.querySelector('${markup.match(/^<([\w-]+)/)[1]}');
       await customElements.whenDefined(widget.localName);
       await widget.updateComplete;
       requestAnimationFrame(() => setTimeout(() => performance.mark('widget-painted')));
     </script></body></html>`,
  );
  const staticTimes = [];
  const widgetTimes = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage();
    await page.goto(`${origin}/bench/first-render`);
    const { staticPaint, widgetPaint } = await page.evaluate(async () => {
      const painted = () => performance.getEntriesByName('widget-painted').length && performance.getEntriesByName('first-contentful-paint').length;
      while (!painted()) await new Promise((resolve) => setTimeout(resolve, 10));
      return {
        staticPaint: performance.getEntriesByName('first-contentful-paint')[0].startTime,
        widgetPaint: performance.getEntriesByName('widget-painted')[0].startTime,
      };
    });
    staticTimes.push(staticPaint);
    widgetTimes.push(widgetPaint);
    await page.close();
  }
  const ratio = median(widgetTimes) / median(staticTimes);
  return { name, static: median(staticTimes), widget: median(widgetTimes), ratio };
}

async function inputLatency() {
  pages.set('/bench/input', `<!doctype html><html lang="en-GB"><body><b12-cofactor-checker></b12-cofactor-checker><script type="module" src="/dist/cdn/b12-widgets.js"></script></body></html>`);
  const page = await browser.newPage();
  await page.goto(`${origin}/bench/input`);
  const samples = await page.evaluate(async (count) => {
    const checker = document.querySelector('b12-cofactor-checker');
    await customElements.whenDefined('b12-cofactor-checker');
    await checker.updateComplete;
    const field = checker.shadowRoot.querySelector('#folate-value');
    const toDom = [];
    const toFrame = [];
    for (let i = 0; i < count; i++) {
      // Values that cross bands, so the result really changes most of the time.
      const value = String([1.5, 4, 12.5, 25, 8, 15.2][i % 6] + (i % 7) / 10);
      const start = performance.now();
      field.value = value;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
      await checker.updateComplete;
      toDom.push(performance.now() - start);
      await new Promise((resolve) => requestAnimationFrame(() => resolve()));
      toFrame.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return { toDom, toFrame };
  }, INPUTS);
  await page.close();
  return samples;
}

/** An editor's page: text around the two-line snippet, with the fallback content the builder writes. */
const editorPage = (lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body>
  <h1>About vitamin B12</h1><p>The charity's own words come first.</p>
  <script type="module" src="/dist/cdn/${COMBINED_FILE}.js"></script>
  ${COMBINED.map((widget) => `<${widget.tag}><p>Loading the B12 widget…</p></${widget.tag}>`).join("\n  <p>More of the charity's page.</p>\n  ")}
  <p>The page's footer.</p></body></html>`;

async function layoutShift() {
  pages.set('/bench/editor-en', editorPage('en-GB'));
  pages.set('/bench/editor-cy', editorPage('cy'));
  const cases = [
    ['demo page (npm start, from sources), English', '/demo/'],
    ['demo page (npm start, from sources), Urdu', '/demo/?lang=ur'],
    ['editor page with the one-tag file, English', '/bench/editor-en'],
    ['editor page with the one-tag file, Welsh', '/bench/editor-cy'],
  ];
  const result = {};
  for (const [label, url] of cases) {
    const scores = [];
    for (let run = 0; run < 5; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.addInitScript(recordLayoutShift);
      await page.goto(`${origin}${url}`);
      // Wait until every widget shows itself, then a moment more for late shifts.
      await page.waitForFunction((selector) => [...document.querySelectorAll(selector)].every((widget) => widget.shadowRoot?.querySelector('.root')), COMBINED_SELECTOR, { timeout: 15_000 });
      await page.waitForTimeout(500);
      scores.push(await page.evaluate(() => window.__shift));
      await page.close();
    }
    result[label] = median(scores);
  }
  return result;
}

async function languageSwitch() {
  pages.set('/bench/languages', `<!doctype html><html lang="en-GB"><body>${Object.values(WIDGETS).join('')}<script type="module" src="/dist/cdn/${COMBINED_FILE}.js"></script></body></html>`);
  const page = await browser.newPage();
  await page.goto(`${origin}/bench/languages`);
  const rounds = [];
  for (let round = 0; round < 2; round++) {
    rounds.push(
      await page.evaluate(
        async ([languages, selector]) => {
          const widgets = [...document.querySelectorAll(selector)];
          await Promise.all(widgets.map((widget) => customElements.whenDefined(widget.localName).then(() => widget.updateComplete)));
          const times = {};
          // Each translation, then back to the source.
          for (const language of [...languages.slice(1), languages[0]]) {
            const start = performance.now();
            document.documentElement.lang = language;
            while (!widgets.every((widget) => widget.shadowRoot.querySelector('.root')?.lang === language)) await new Promise((resolve) => setTimeout(resolve));
            await new Promise((resolve) => requestAnimationFrame(() => resolve()));
            times[language] = performance.now() - start;
          }
          return times;
        },
        [SNIPPET_LANGUAGES, COMBINED_SELECTOR],
      ),
    );
  }
  await page.close();
  return rounds;
}

const SNIPPETS = snippets();
// A charity page's own font. On a page with none (GOV.UK Frontend sets its font on classes)
// the widget switches to its fallback font when its script runs, which can move text.
const PAGE_FONT = '<style>body { font-family: Arial, sans-serif }</style>';
const snippetKey = ({ widget, view, language }) => `${widget}.${view}.${language}`;
/** The pages whose paint is timed: every view in English; the first widget's views in Welsh and, right to left, Urdu. */
const [FIRST_WIDGET, FIRST_VIEWS] = Object.entries(SNIPPET_VIEWS)[0];
const PAINT_CASES = [
  ...Object.entries(SNIPPET_VIEWS).flatMap(([widget, views]) => views.map((view) => [widget, view, 'en-GB'])),
  ...FIRST_VIEWS.map((view, index) => [FIRST_WIDGET, view, index ? 'ur' : 'cy']),
];

/** Layout shift of every snippet in a host page, until the widget has taken over and 300 ms more. */
async function snippetLayoutShift() {
  const rows = [];
  for (const snippet of SNIPPETS) {
    pages.set(`/bench/snippet/${snippetKey(snippet)}`, hostPage(snippet, { head: PAGE_FONT }));
    for (const width of [375, 1280]) {
      let worst = 0;
      for (let run = 0; run < 2; run++) {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        await page.addInitScript(recordLayoutShift);
        await page.goto(`${origin}/bench/snippet/${snippetKey(snippet)}`);
        await page.waitForFunction(upgradedInPage, ANY_WIDGET, { timeout: 15_000 });
        await page.waitForTimeout(300);
        worst = Math.max(worst, await page.evaluate(() => window.__shift));
        await page.close();
      }
      rows.push({ ...snippet, width, shift: worst });
    }
  }
  return rows;
}

/**
 * The diary's snippet on a device that keeps a diary (the first of DIARIES): the diary
 * appears once the script has read it. Layout shift from the start until then, and 300 ms
 * more; and whether what it added starts below the first screen, where a shift does not count.
 */
async function keptDiaryLayoutShift() {
  const snippet = SNIPPETS.find((s) => s.widget === 'b12-symptom-diary' && s.language === 'en-GB');
  const rows = [];
  for (const width of [375, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const seed = await context.newPage();
    await seed.goto(`${origin}/bench/snippet/${snippetKey(snippet)}`);
    // As DiaryStore keeps it: one record per entry, in three stores.
    await seed.evaluate(
      (diary) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('b12-symptom-diary', 1);
          open.onupgradeneeded = () => ['injections', 'checkIns', 'ownSymptoms'].forEach((store) => open.result.createObjectStore(store, { keyPath: 'id' }));
          open.onsuccess = () => {
            const transaction = open.result.transaction(['injections', 'checkIns'], 'readwrite');
            for (const store of ['injections', 'checkIns']) for (const entry of diary[store]) transaction.objectStore(store).put(entry);
            transaction.oncomplete = () => (open.result.close(), resolve());
            transaction.onerror = () => reject(transaction.error);
          };
          open.onerror = () => reject(open.error);
        }),
      DIARIES[0].diary,
    );
    await seed.close();
    const page = await context.newPage();
    await page.addInitScript(recordLayoutShift);
    await page.goto(`${origin}/bench/snippet/${snippetKey(snippet)}`);
    await page.waitForFunction(() => document.querySelector('b12-symptom-diary')?.shadowRoot?.querySelector('.findings'), null, { timeout: 30_000 });
    await page.waitForTimeout(300);
    const { shift, findingsTop } = await page.evaluate(() => ({
      shift: window.__shift,
      findingsTop: document.querySelector('b12-symptom-diary').shadowRoot.querySelector('.findings').getBoundingClientRect().top,
    }));
    rows.push({ width, shift, belowTheFold: findingsTop > 800 });
    await context.close();
  }
  return rows;
}

/** The same views as the README's two lines (the script and the element with fallback text), for comparison. */
async function twoLineLayoutShift() {
  const rows = [];
  for (const [widget, views] of Object.entries(SNIPPET_VIEWS)) {
    for (const view of views) {
      const mode = view === ALL_WIDGETS.find((w) => w.tag === widget).defaultMode ? '' : ` mode="${view}"`;
      const text = `<script type="module" src="${HOSTED_AT}${widget}.js"></script>\n<${widget}${mode}><p>Loading the B12 widget…</p></${widget}>`;
      pages.set(`/bench/two-lines/${widget}.${view}`, hostPage({ text, language: 'en-GB' }, { head: PAGE_FONT }));
      for (const width of [375, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        await page.addInitScript(recordLayoutShift);
        await page.goto(`${origin}/bench/two-lines/${widget}.${view}`);
        await page.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.root'), widget, { timeout: 15_000 });
        await page.waitForTimeout(300);
        rows.push({ widget, view, width, shift: await page.evaluate(() => window.__shift) });
        await page.close();
      }
    }
  }
  return rows;
}

/** First contentful paint of a page that holds only the snippet, with its script and as static HTML without it. */
// A phone on a good 4G connection: 60 ms round trip, 9 Mbit/s down.
const FOUR_G = { offline: false, latency: 60, downloadThroughput: (9 * 1024 * 1024) / 8, uploadThroughput: (1.5 * 1024 * 1024) / 8 };

async function snippetPaint(snippet, network) {
  const key = snippetKey(snippet);
  pages.set(`/bench/paint/${key}`, hostPage(snippet, { around: false, head: PAGE_FONT }));
  pages.set(`/bench/paint-static/${key}`, hostPage(snippet, { around: false, script: false, head: PAGE_FONT }));
  const times = { widget: [], static: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const [kind, path] of [
      ['static', `/bench/paint-static/${key}`],
      ['widget', `/bench/paint/${key}`],
    ]) {
      const page = await browser.newPage();
      if (network) {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', network);
      }
      await page.goto(`${origin}${path}`);
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
      times[kind].push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime));
      await page.close();
    }
  }
  return { static: median(times.static), widget: median(times.widget) };
}

/** The script files a snippet page downloads, gzip bytes each. */
async function snippetScripts(snippet) {
  pages.set(`/bench/scripts/${snippetKey(snippet)}`, hostPage(snippet, { head: PAGE_FONT }));
  const page = await browser.newPage();
  await page.goto(`${origin}/bench/scripts/${snippetKey(snippet)}`);
  await page.waitForFunction(upgradedInPage, ANY_WIDGET, { timeout: 15_000 });
  await page.waitForTimeout(200);
  const paths = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
  await page.close();
  return scriptBytes(paths.filter((path) => path.startsWith(HOSTED_AT)));
}

/**
 * The same snippet loading the file that follows the page's language (what every snippet
 * loaded before the per-language files), with its language file preloaded as the builder
 * wrote it then: the two measured side by side in one run.
 */
function followingThePage(snippet) {
  const text = snippet.text.replace(/<script type="module" src="\/b12-widgets\/[\w-]+\/([\w-]+\.js)"[^>]*><\/script>\n/, (_, file) => {
    const chunk = languageChunks(readFileSync(`dist/cdn/${file}`, 'utf8'))[snippet.language];
    return `<script type="module" src="${HOSTED_AT}${file}"></script>\n${chunk ? `<link rel="modulepreload" href="${HOSTED_AT}${chunk}">\n` : ''}`;
  });
  if (text === snippet.text) throw new Error(`bench: ${snippetKey(snippet)} does not load a language's own file`);
  return { ...snippet, text, following: true };
}

/*
 * Where the time goes until a snippet's widget can be used, CPU slowed 4×, 375 px, each a
 * time from navigation start, read in the page: the first contentful paint; the script
 * file received; its widgets defined (the script parsed and run); the widget's own
 * render in place of the pre-rendered content (its form works: typing a result shows
 * its status, answering the questions shows the plan).
 */
async function usableOnce(snippet, { script = true } = {}) {
  const key = `${snippetKey(snippet)}${snippet.following ? '.following' : ''}${script ? '' : '.static'}`;
  pages.set(`/bench/usable/${key}`, hostPage(snippet, { head: PAGE_FONT, script }));
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript((tag) => {
    const define = customElements.define.bind(customElements);
    customElements.define = (...args) => {
      window.__defined ??= performance.now();
      return define(...args);
    };
    const check = () => {
      const widget = document.querySelector(tag);
      if (widget?.shadowRoot?.querySelector('.root') && !widget.shadowRoot.querySelector('link')) window.__usable = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, snippet.widget);
  await page.goto(`${origin}/bench/usable/${key}`);
  if (script) await page.waitForFunction(() => window.__usable !== undefined, null, { timeout: 30_000 });
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const times = await page.evaluate(() => ({
    painted: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    received: Math.max(
      0,
      ...performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.js'))
        .map((entry) => entry.responseEnd),
    ),
    defined: window.__defined ?? 0,
    usable: window.__usable ?? 0,
  }));
  await page.close();
  return times;
}

/**
 * The same page without its script, with the file that follows the page and with the
 * language's own file, loaded in turn in each of RUNS rounds, so that a machine getting
 * busier or quieter meanwhile weighs on all three alike: the median of each time.
 */
async function usableTimes(snippet) {
  const variants = { static: [snippet, { script: false }], following: [followingThePage(snippet), {}], own: [snippet, {}] };
  const runs = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const [name, [variant, options]] of Object.entries(variants)) runs[name].push(await usableOnce(variant, options));
  }
  return Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [name, Object.fromEntries(['painted', 'received', 'defined', 'usable'].map((time) => [time, median(list.map((times) => times[time]))]))]),
  );
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

async function snippetReport() {
  console.log('\nPre-rendered snippets (dist/snippets/) in a host page with text above and below');
  const shifts = await snippetLayoutShift();
  const worst = shifts.reduce((a, b) => (b.shift > a.shift ? b : a));
  console.log(
    `  layout shift, ${shifts.length} page loads (${shifts.length / 2} snippets × 375 and 1280 px, worst of 2 each): worst ${worst.shift.toFixed(4)} (${snippetKey(worst)} at ${worst.width} px); ${shifts.filter((row) => row.shift > 0).length} above 0 (target 0)`,
  );
  for (const { width, shift, belowTheFold } of await keptDiaryLayoutShift()) {
    console.log(`    the diary with ${DIARIES[0].name} kept on the device, ${width} px: ${shift.toFixed(4)} (what it adds starts ${belowTheFold ? 'below' : 'within'} the first screen)`);
    record(`layout shift, the diary's snippet with a diary kept on the device, ${width} px`, shift.toFixed(4), '0');
  }
  const before = await twoLineLayoutShift();
  console.log(`    for comparison, the two lines with fallback text (English): worst ${Math.max(...before.map((row) => row.shift)).toFixed(4)}`);
  for (const width of [375, 1280])
    console.log(
      `      ${width} px:`,
      before
        .filter((row) => row.width === width)
        .map((row) => `${row.view} ${row.shift.toFixed(4)}`)
        .join(', '),
    );
  for (const width of [375, 1280]) {
    record(`layout shift, worst of the ${shifts.length / 2} snippets, ${width} px`, Math.max(...shifts.filter((row) => row.width === width).map((row) => row.shift)).toFixed(4), '0');
    record(`the same for the two lines with fallback text (English), ${width} px`, Math.max(...before.filter((row) => row.width === width).map((row) => row.shift)).toFixed(4));
  }
  for (const width of [375, 1280]) {
    const views = [...new Set(shifts.map((row) => row.view))];
    const worstOf = (view) => Math.max(...shifts.filter((row) => row.width === width && row.view === view).map((row) => row.shift));
    console.log(`    ${width} px:`, views.map((view) => `${view} ${worstOf(view).toFixed(4)}`).join(', '));
  }

  console.log(`  time until painted, snippet page vs the same page as static HTML with no script (median of ${RUNS}; target ≤ 1.2×), on loopback and on an emulated 4G link`);
  for (const [widget, view, language] of PAINT_CASES) {
    const snippet = SNIPPETS.find((s) => s.widget === widget && s.view === view && s.language === language);
    const loopback = await snippetPaint(snippet);
    const phone = await snippetPaint(snippet, FOUR_G);
    record(
      `${widget} ${view} (${language}) painted, against static HTML: loopback / emulated 4G`,
      `${(loopback.widget / loopback.static).toFixed(2)}× / ${(phone.widget / phone.static).toFixed(2)}×`,
      '≤ 1.2×',
    );
    console.log(
      `    ${widget} ${view} ${language}`.padEnd(44),
      `loopback: static ${ms(loopback.static)}, snippet ${ms(loopback.widget)}, ${(loopback.widget / loopback.static).toFixed(2)}×`.padEnd(58),
      `4G: static ${ms(phone.static)}, snippet ${ms(phone.widget)}, ${(phone.widget / phone.static).toFixed(2)}×`,
    );
  }

  console.log('  script per page, one widget (gzip, level 9, as the files are hosted)');
  const perPage = {};
  for (const language of SNIPPET_LANGUAGES) {
    const line = [];
    for (const [widget, view] of Object.entries(SNIPPET_VIEWS).map(([tag, views]) => [tag, views[0]])) {
      const files = await snippetScripts(SNIPPETS.find((s) => s.widget === widget && s.view === view && s.language === language));
      const bytes = files.reduce((sum, file) => sum + file.gzip, 0);
      (perPage[widget] ??= []).push(`${language} ${kB(bytes)}`);
      line.push(`${widget.replace('b12-', '')} ${kB(bytes)} (${files.length} file${files.length === 1 ? '' : 's'})`);
    }
    console.log(`    ${language}`.padEnd(10), line.join('   '));
  }
  for (const [widget, sizes] of Object.entries(perPage)) record(`script for a page with ${widget} alone (gzip), by language`, sizes.join(', '));

  await usableReport();
}

/** Where the time goes until the checker and the plan can be used from their snippets (usableTimes). */
async function usableReport() {
  console.log(`  time until usable, CPU slowed 4×, 375 px (median of ${RUNS}, the three pages in turn, from navigation start): the file that follows the page vs the language's own file`);
  console.log("    (painted: first contentful paint; received: last script file in; defined: script parsed and run; usable: the widget's own render in place)");
  for (const [widget, view] of [
    ['b12-cofactor-checker', 'check'],
    ['b12-treatment-plan', 'plan'],
  ]) {
    for (const language of ['en-GB', 'cy']) {
      const times = await usableTimes(SNIPPETS.find((s) => s.widget === widget && s.view === view && s.language === language));
      const cells = [];
      for (const [label, name] of [
        ['follows the page', 'following'],
        ['own file', 'own'],
      ]) {
        const { painted, received, defined, usable } = times[name];
        const ratio = usable / times.static.painted;
        cells.push(`${ms(usable)} (${ratio.toFixed(1)}×)`);
        console.log(
          `    ${widget.replace('b12-', '')} ${view} ${language}, ${label}:`.padEnd(52),
          `painted ${ms(painted)}, received ${ms(received)}, defined ${ms(defined)}, usable ${ms(usable)};`,
          `static page painted ${ms(times.static.painted)}: usable at ${ratio.toFixed(1)}× it`,
        );
      }
      record(
        `${widget.replace('b12-', '')} usable from its snippet (${language}), CPU 4×, 375 px: file that follows the page / the language's own file (× the page's paint without script)`,
        cells.join(' / '),
        '≤ 1.0 s or ≤ 2×',
      );
    }
  }
}

/** The snippets in Firefox ESR (scripts/lib/bench-firefox.mjs): movement, paint against static HTML, usable time. */
async function firefoxSnippets() {
  firefoxVersion = await firefoxReport({ origin, pages, snippets: SNIPPETS, paintCases: PAINT_CASES, runs: RUNS, record, pageFont: PAGE_FONT, anyWidget: ANY_WIDGET });
}

/** A diary file of `days` back from today: injections and check-ins on the days `plan` gives. */
function diaryFile(days, injectionOn, checkInOn) {
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  const day = (n) => new Date(today - (days - n) * 86_400_000).toISOString().slice(0, 10);
  const injections = [];
  const checkIns = [];
  for (let n = 0; n < days; n++) {
    for (let k = 0; k < injectionOn(n); k++) injections.push({ id: `i${injections.length}`, date: day(n) });
    const level = checkInOn(n);
    if (level !== undefined) checkIns.push({ id: `c${n}`, date: day(n), levels: { tiredness: level, memory: level ? 1 : 0, mood: n % 3 === 0 ? 1 : 0 } });
  }
  // The diary's own writer, from the built engine: the file is what "Save" gives.
  const diary = { ownSymptoms: [], injections, checkIns };
  return { diary, text: toDiaryJson(diary), injections: injections.length, checkIns: checkIns.length };
}

/** The diaries measured: the README's two years of daily check-ins, five years of weekly use, and the file limits' 10,000 injections over ten years. */
const DIARIES = [
  {
    name: '2 years of daily check-ins, injections 12 weeks apart',
    runs: 5,
    ...diaryFile(
      730,
      (n) => (n % 84 === 0 ? 1 : 0),
      (n) => (n % 84 < 14 ? 2 : n % 84 < 56 ? 0 : 2),
    ),
  },
  {
    name: '5 years of weekly injections and weekly check-ins',
    runs: 3,
    ...diaryFile(
      5 * 365,
      (n) => (n % 7 === 0 ? 1 : 0),
      (n) => (n % 7 === 3 ? n % 2 : undefined),
    ),
  },
  {
    name: 'injections several times a day for 10 years (near the file limit)',
    runs: 3,
    ...diaryFile(
      3640,
      (n) => (n % 10 < 7 ? 3 : 2),
      (n) => (n % 30 === 0 ? 1 : undefined),
    ),
  },
];

async function diaryReport() {
  pages.set(
    '/bench/diary',
    `<!doctype html><html lang="en-GB"><body><h1>My diary</h1><b12-symptom-diary><p>Loading the diary…</p></b12-symptom-diary><script type="module" src="/dist/cdn/b12-symptom-diary.js"></script></body></html>`,
  );
  console.log('\nThe symptom diary, CPU slowed 4×, 375 px (median of the page loads)');
  for (const [index, diary] of DIARIES.entries()) {
    const usable = [];
    const opened = [];
    const saves = [];
    for (let run = 0; run < diary.runs; run++) {
      const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(`${origin}/bench/diary`);
      await page.waitForFunction(() => ['memory', 'kept'].includes(document.querySelector('b12-symptom-diary')?.shadowRoot?.querySelector('.keeping')?.dataset.state));
      usable.push(await page.evaluate(() => performance.now()));
      const result = await page.evaluate(async (text) => {
        const diary = document.querySelector('b12-symptom-diary');
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        const input = diary.shadowRoot.querySelector('#import-file');
        const files = new DataTransfer();
        files.items.add(new File([text], 'diary.json', { type: 'application/json' }));
        input.files = files.files;
        const start = performance.now();
        input.dispatchEvent(new Event('change', { bubbles: true }));
        while (!diary.shadowRoot.querySelector('.diary-table tbody tr')) {
          if (diary.shadowRoot.querySelector('#import-file-error')) throw new Error(diary.shadowRoot.querySelector('#import-file-error').textContent);
          await new Promise((resolve) => setTimeout(resolve, 1));
        }
        await frame();
        const openedIn = performance.now() - start;
        const savedIn = [];
        for (let i = 0; i < 10; i++) {
          diary.shadowRoot.querySelector(`#level-tiredness-${i % 4}`).click();
          const count = () => diary.shadowRoot.querySelector('.entries__count')?.textContent;
          const before = count();
          const begin = performance.now();
          diary.shadowRoot.querySelector('form[data-form="check-in"] button[type="submit"]').click();
          await diary.updateComplete;
          if (count() === before) throw new Error('the check-in was not added');
          await frame();
          savedIn.push(performance.now() - begin);
        }
        return { openedIn, savedIn };
      }, diary.text);
      opened.push(result.openedIn);
      saves.push(...result.savedIn);
      await context.close();
    }
    if (index === 0) console.log(`  usable (its own render, keeping known), from navigation start   ${ms(median(usable))}`);
    if (index === 0) record('diary usable, CPU slowed 4×, 375 px', ms(median(usable)));
    record(`diary: ${diary.name} opened / a check-in saved (p50, p95)`, `${ms(median(opened))} / ${ms(percentile(saves, 50))}, ${ms(percentile(saves, 95))}`);
    console.log(`  ${diary.name} (${diary.injections} injections, ${diary.checkIns} check-ins, ${kB(Buffer.byteLength(diary.text))} file)`);
    console.log(`    opened → summary, charts and table painted   ${ms(median(opened))}`);
    console.log(`    one more check-in saved → painted (${saves.length} saves)   p50 ${ms(percentile(saves, 50))}   p95 ${ms(percentile(saves, 95))}`);
  }
}

// BENCH_ONLY=snippets, usable (a part of snippets), firefox or diary runs those measurements
// alone. Any other value is refused: it used to run every measurement, unasked, for an hour.
const PARTS = { snippets: snippetReport, usable: usableReport, firefox: firefoxSnippets, diary: diaryReport };
const only = process.env.BENCH_ONLY;
if (only && !Object.hasOwn(PARTS, only)) {
  console.error(`bench: BENCH_ONLY=${only} is not a part; choose one of ${Object.keys(PARTS).join(', ')}, or leave it unset for every measurement.`);
  await browser.close();
  await server.stop();
  process.exit(1);
}
try {
  if (only) {
    await PARTS[only]();
    printSummary();
    process.exit(0);
  }
  console.log(`Chromium ${browser.version()}, ${RUNS} page loads per widget, ${INPUTS} inputs.\n`);
  console.log('First render of the bare element (npm, or the two lines with no pre-rendered content): static HTML vs widget, first paint from navigation start (median)');
  for (const [name, markup] of Object.entries(WIDGETS)) {
    const result = await firstRender(name, markup);
    record(`<${result.name}> first painted, bare element against static HTML`, `${result.ratio.toFixed(2)}×`, '≤ 2×');
    console.log(`  <${result.name}>`.padEnd(40), `static ${ms(result.static)}`.padEnd(18), `widget ${ms(result.widget)}`.padEnd(18), `ratio ${result.ratio.toFixed(2)}× (target ≤ 2×)`);
  }

  const { toDom, toFrame } = await inputLatency();
  console.log(`\nInput latency in the checker, ${INPUTS} inputs`);
  console.log(`  input → result updated in the DOM   p50 ${ms(percentile(toDom, 50))}   p95 ${ms(percentile(toDom, 95))}   max ${ms(Math.max(...toDom))}`);
  record('checker: input to result in the DOM, p95', ms(percentile(toDom, 95)), '≤ 16 ms');
  console.log(`  input → next frame                  p50 ${ms(percentile(toFrame, 50))}   p95 ${ms(percentile(toFrame, 95))}   (a frame is 16.7 ms; target p95 ≤ 16 ms for the update)`);

  const [first, again] = await languageSwitch();
  console.log('\nLanguage switch, four widget elements on one page: <html lang> changed → all painted in the new language');
  for (const language of Object.keys(first)) console.log(`  ${language}`.padEnd(10), `first time ${ms(first[language])}`.padEnd(24), `again ${ms(again[language])}`);

  console.log('\nCumulative layout shift while the page loads, median of 5 loads (target 0)');
  for (const [label, cls] of Object.entries(await layoutShift())) {
    record(`layout shift, ${label}`, cls.toFixed(4), '0');
    console.log(`  ${label}`.padEnd(52), cls.toFixed(4));
  }

  await snippetReport();
  await firefoxSnippets();
  await diaryReport();
  printSummary();
} finally {
  await browser.close();
  await server.stop();
}
