// `npm run bench`: how fast the built widgets are in Debian's Chromium, in numbers.
// A benchmark, not a test: it prints figures and targets and never fails on timing.
//
// 1. First render: each widget, and the same content as static HTML (declarative shadow
//    DOM with the same styles) on the same page. Reported: when each is first painted,
//    from navigation start, and the ratio (target ≤ 2×).
// 2. Input latency: 200 inputs into the checker, from the input event to the updated
//    result in the DOM and to the next frame that shows it: p50 and p95 (target p95 ≤ 16 ms).
// 3. Layout shift while a page loads and the widgets replace their fallback content
//    (target 0): the demo as `npm start` serves it, and an editor's page with the one-tag file.
// 4. Language switch: all four widgets on one page, from a change of <html lang> to every
//    widget painted in the new language; the first time includes loading the language.
//
// Run `npm run build` first: it measures dist/cdn/, what pages load.
import { existsSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';
// The demo server's plugins: TypeScript compiled, and dist/cdn/ served byte for byte, as pages load it.
import demoServer from '../web-dev-server.config.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const INPUTS = 200;
const WIDGETS = {
  'b12-cofactor-checker': '<b12-cofactor-checker></b12-cofactor-checker>',
  'b12-cofactor-checker mode="guide"': '<b12-cofactor-checker mode="guide"></b12-cofactor-checker>',
  'b12-treatment-plan': '<b12-treatment-plan></b12-treatment-plan>',
  'b12-treatment-plan mode="table"': '<b12-treatment-plan mode="table"></b12-treatment-plan>',
};

if (!existsSync('dist/cdn/b12-widgets.js')) {
  console.error('dist/cdn/b12-widgets.js is missing: run `npm run build` first.');
  process.exit(1);
}

const pages = new Map();
const server = await startDevServer({
  config: {
    rootDir: '.',
    port: Number(process.env.BENCH_PORT ?? 8765),
    hostname: '127.0.0.1',
    nodeResolve: true,
    middleware: [
      async (context, next) => {
        const page = pages.get(context.path);
        if (page === undefined) return next();
        context.type = 'html';
        context.body = page;
      },
    ],
    plugins: demoServer.plugins,
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const origin = `http://127.0.0.1:${server.config.port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });

const median = (values) => percentile(values, 50);
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
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
  <script type="module" src="/dist/cdn/b12-widgets.js"></script>
  <b12-cofactor-checker><p>Loading the B12 widget…</p></b12-cofactor-checker>
  <p>More of the charity's page.</p>
  <b12-treatment-plan><p>Loading the B12 widget…</p></b12-treatment-plan>
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
      await page.addInitScript(() => {
        window.__shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${origin}${url}`);
      // Wait until every widget shows itself, then a moment more for late shifts.
      await page.waitForFunction(() => [...document.querySelectorAll('b12-cofactor-checker, b12-treatment-plan')].every((widget) => widget.shadowRoot?.querySelector('.root')), null, { timeout: 15_000 });
      await page.waitForTimeout(500);
      scores.push(await page.evaluate(() => window.__shift));
      await page.close();
    }
    result[label] = median(scores);
  }
  return result;
}

async function languageSwitch() {
  pages.set('/bench/languages', `<!doctype html><html lang="en-GB"><body>${Object.values(WIDGETS).join('')}<script type="module" src="/dist/cdn/b12-widgets.js"></script></body></html>`);
  const page = await browser.newPage();
  await page.goto(`${origin}/bench/languages`);
  const rounds = [];
  for (let round = 0; round < 2; round++) {
    rounds.push(
      await page.evaluate(async () => {
        const widgets = [...document.querySelectorAll('b12-cofactor-checker, b12-treatment-plan')];
        await Promise.all(widgets.map((widget) => customElements.whenDefined(widget.localName).then(() => widget.updateComplete)));
        const times = {};
        for (const language of ['cy', 'es', 'pl', 'ro', 'ur', 'en-GB']) {
          const start = performance.now();
          document.documentElement.lang = language;
          while (!widgets.every((widget) => widget.shadowRoot.querySelector('.root')?.lang === language)) await new Promise((resolve) => setTimeout(resolve));
          await new Promise((resolve) => requestAnimationFrame(() => resolve()));
          times[language] = performance.now() - start;
        }
        return times;
      }),
    );
  }
  await page.close();
  return rounds;
}

try {
  console.log(`Chromium ${browser.version()}, ${RUNS} page loads per widget, ${INPUTS} inputs.\n`);
  console.log('First render: static HTML vs widget, first paint from navigation start (median)');
  for (const [name, markup] of Object.entries(WIDGETS)) {
    const result = await firstRender(name, markup);
    console.log(`  <${result.name}>`.padEnd(40), `static ${ms(result.static)}`.padEnd(18), `widget ${ms(result.widget)}`.padEnd(18), `ratio ${result.ratio.toFixed(2)}× (target ≤ 2×)`);
  }

  const { toDom, toFrame } = await inputLatency();
  console.log(`\nInput latency in the checker, ${INPUTS} inputs`);
  console.log(`  input → result updated in the DOM   p50 ${ms(percentile(toDom, 50))}   p95 ${ms(percentile(toDom, 95))}   max ${ms(Math.max(...toDom))}`);
  console.log(`  input → next frame                  p50 ${ms(percentile(toFrame, 50))}   p95 ${ms(percentile(toFrame, 95))}   (a frame is 16.7 ms; target p95 ≤ 16 ms for the update)`);

  const [first, again] = await languageSwitch();
  console.log('\nLanguage switch, four widgets on one page: <html lang> changed → all painted in the new language');
  for (const language of Object.keys(first)) console.log(`  ${language}`.padEnd(10), `first time ${ms(first[language])}`.padEnd(24), `again ${ms(again[language])}`);

  console.log('\nCumulative layout shift while the page loads, median of 5 loads (target 0)');
  for (const [label, cls] of Object.entries(await layoutShift())) console.log(`  ${label}`.padEnd(52), cls.toFixed(4));
} finally {
  await browser.close();
  await server.stop();
}
