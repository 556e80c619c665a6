// The pre-rendered snippets in Firefox ESR, for `npm run bench`, driven as the browser
// tests drive it: puppeteer-core over WebDriver BiDi. Firefox has no layout-shift entries
// and no CPU throttling, so what it measures differs from Chromium's, and says so:
// - movement: the widget's box and the page's footer below it, read in every frame from
//   the first paint until the widget has taken over and 300 ms more. Any change is a shift
//   a reader sees; reported in CSS pixels (Chromium's layout-shift score has no Firefox
//   equivalent);
// - painted: first-contentful-paint of the snippet page against the same page as static
//   HTML with no script, as in Chromium;
// - usable: from navigation start to the checker's own render in place, at full speed.
import { puppeteerCore } from '@web/test-runner-chrome';
import { BROWSER_PATHS } from './debian-packages.mjs';
import { median } from './percentile.mjs';
import { hostPage, upgradedInPage } from './snippet-pages.mjs';

/** Runs in the page from its first script: records the widget's and the footer's boxes each frame. */
function recordMovement() {
  window.__boxes = [];
  const read = () => {
    const widget = document.querySelector('b12-cofactor-checker, b12-treatment-plan, b12-symptom-diary');
    const footer = document.querySelector('footer');
    // From the first paint: what changed before it, nobody saw.
    if (widget && footer && performance.getEntriesByName('first-contentful-paint').length) {
      const w = widget.getBoundingClientRect();
      const f = footer.getBoundingClientRect();
      // The fourth figure: whether the pre-rendered content's stylesheet was still on its way.
      const pending = widget.shadowRoot?.querySelector('link') && widget.shadowRoot.styleSheets.length === 0;
      window.__boxes.push([w.top + scrollY, w.height, f.top + scrollY, pending ? 1 : 0]);
    }
    if (!window.__stop) requestAnimationFrame(read);
  };
  requestAnimationFrame(read);
}

/** The most any of the widget's top, its height or the footer's top moved between the first frame and the last. */
const movementOf = (boxes) => (boxes.length ? Math.max(...[0, 1, 2].map((i) => Math.max(...boxes.map((box) => Math.abs(box[i] - boxes[0][i]))))) : Number.NaN);

export async function firefoxReport({ origin, pages, snippets, paintCases, runs, record, pageFont, anyWidget }) {
  const browser = await puppeteerCore.launch({ browser: 'firefox', executablePath: BROWSER_PATHS.firefox, headless: true });
  const version = (await browser.version()).replace(/^firefox\//i, '');
  console.log(`\nPre-rendered snippets in Firefox ESR (${version}): no layout-shift entries and no CPU throttling there, so movement in px and usable time at full speed`);
  const key = ({ widget, view, language }) => `${widget}.${view}.${language}`;
  const open = async (path, width = 1280) => {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 800 });
    await page.evaluateOnNewDocument(recordMovement);
    await page.goto(`${origin}${path}`);
    return page;
  };
  try {
    // Movement: every snippet at 375 and 1280 px.
    let worst = { moved: 0 };
    /** Each load that moved: which snippet, at which width, and by how much. */
    const movers = [];
    let unstyled = 0;
    for (const snippet of snippets) {
      pages.set(`/bench/firefox/${key(snippet)}`, hostPage(snippet, { head: pageFont }));
      for (const width of [375, 1280]) {
        const page = await open(`/bench/firefox/${key(snippet)}`, width);
        await page.waitForFunction(upgradedInPage, { timeout: 15_000 }, anyWidget);
        await new Promise((resolve) => setTimeout(resolve, 300));
        const boxes = await page.evaluate(() => ((window.__stop = true), window.__boxes));
        const moved = movementOf(boxes);
        if (moved > 0) movers.push(`${key(snippet)} at ${width} px (${moved.toFixed(0)} px)`);
        if (boxes.some((box) => box[3])) unstyled++;
        if (!(moved <= worst.moved)) worst = { moved, at: `${key(snippet)} at ${width} px` };
        await page.close();
      }
    }
    const loads = snippets.length * 2;
    console.log(`  movement, ${loads} page loads (every snippet at 375 and 1280 px): worst ${worst.moved.toFixed(1)} px${worst.at ? ` (${worst.at})` : ''}; ${movers.length} above 0 (target 0)`);
    if (movers.length) console.log(`    moved: ${movers.join(', ')}`);
    console.log(`    ${unstyled} of ${loads} loads painted the pre-rendered content before its stylesheet had arrived`);
    record(
      `Firefox: movement of the widget or the page below it, worst of the ${snippets.length} snippets at 375 and 1280 px`,
      `${worst.moved.toFixed(1)} px (${movers.length} of ${loads} loads)`,
      '0',
    );
    record('Firefox: loads that painted the pre-rendered content before its stylesheet arrived', `${unstyled} of ${loads}`, '0');

    // Painted against static HTML.
    console.log(`  time until painted, snippet page vs the same page as static HTML with no script (median of ${runs}; target ≤ 1.2×), loopback`);
    for (const [widget, view, language] of paintCases) {
      const snippet = snippets.find((s) => s.widget === widget && s.view === view && s.language === language);
      pages.set(`/bench/firefox-paint/${key(snippet)}`, hostPage(snippet, { around: false, head: pageFont }));
      pages.set(`/bench/firefox-paint-static/${key(snippet)}`, hostPage(snippet, { around: false, script: false, head: pageFont }));
      const times = { static: [], widget: [] };
      for (let run = 0; run < runs; run++) {
        for (const [kind, path] of [
          ['static', `/bench/firefox-paint-static/${key(snippet)}`],
          ['widget', `/bench/firefox-paint/${key(snippet)}`],
        ]) {
          const page = await open(path);
          await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, { timeout: 15_000 });
          times[kind].push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime));
          await page.close();
        }
      }
      const ratio = median(times.widget) / median(times.static);
      console.log(`    ${widget} ${view} ${language}`.padEnd(44), `static ${median(times.static).toFixed(1)} ms, snippet ${median(times.widget).toFixed(1)} ms, ${ratio.toFixed(2)}×`);
      record(`Firefox: ${widget} ${view} (${language}) painted, against static HTML, loopback`, `${ratio.toFixed(2)}×`, '≤ 1.2×');
    }

    // Usable, at full speed.
    const usable = [];
    for (const language of ['en-GB', 'cy']) {
      const snippet = snippets.find((s) => s.widget === 'b12-cofactor-checker' && s.view === 'check' && s.language === language);
      const times = [];
      for (let run = 0; run < runs; run++) {
        const page = await open(`/bench/firefox/${key(snippet)}`, 375);
        await page.waitForFunction(upgradedInPage, { timeout: 15_000, polling: 'raf' }, anyWidget);
        times.push(await page.evaluate(() => performance.now()));
        await page.close();
      }
      usable.push(`${median(times).toFixed(1)} ms`);
    }
    console.log(`  time until the checker can be used, full speed (median of ${runs}, from navigation start, 375 px): English ${usable[0]}, Welsh ${usable[1]}`);
    record('Firefox: checker usable from its snippet, full speed (no throttling in Firefox), 375 px: English / Welsh', usable.join(' / '));
  } finally {
    await browser.close();
  }
  return version;
}
