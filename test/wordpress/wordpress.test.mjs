// The WordPress plugin in a real WordPress (Debian's packages): installed from
// dist/wordpress/b12-widgets.zip as Plugins > Add New > Upload does, posts written by an
// administrator and by an author (whose content kses filters), opened in Debian's
// Chromium and used as a reader would. Needs `npm run build` first, and the Debian
// packages `npm run setup` installs.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { BROWSER_PATHS } from '../../scripts/lib/debian-packages.mjs';
import { WIDGETS } from '../../src/widgets.ts';
import { missingPackages, startWordPress } from './wordpress-site.mjs';

const ZIP = 'dist/wordpress/b12-widgets.zip';
const PLUGIN_FILES = '/wp-content/plugins/b12-widgets/';

let wordpress;
let browser;
let posts;
let installed;
/** Every request a page made to somewhere other than the site, by page. */
const offsite = [];

before(async () => {
  const missing = missingPackages();
  if (missing.length) throw new Error(`The WordPress tests need these Debian packages: ${missing.join(' ')}. Run "npm run setup".`);
  if (!existsSync(ZIP)) throw new Error(`${ZIP} is missing: run "npm run build" first.`);
  wordpress = await startWordPress({ plugin: ZIP });
  installed = wordpress.site('install');
  posts = installed.posts;
  browser = await chromium.launch({ executablePath: BROWSER_PATHS.chromium, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'] });
});

after(async () => {
  await browser?.close();
  await wordpress?.stop();
});

/** A page in a fresh context, failing the test on any script error, recording off-site requests and alerts. */
async function open(url, { javaScript = true, width = 1024 } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: { width, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const requests = [];
  page.on('request', (request) => {
    requests.push(request.url());
    if (!request.url().startsWith(wordpress.origin) && !request.url().startsWith('data:')) offsite.push(`${url} -> ${request.url()}`);
  });
  await page.goto(url);
  return { page, problems, requests, close: () => context.close() };
}

const defined = (page, tag) => page.waitForFunction((name) => customElements.get(name) !== undefined, tag, { timeout: 15_000 });
/** The words a reader sees in a widget: innerText leaves out what is hidden. */
const shadowText = (page, selector) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) =>
      [...element.shadowRoot.children]
        .filter((child) => child.checkVisibility({ visibilityProperty: true }))
        .map((child) => child.innerText)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
const attributes = (page, selector) => page.locator(selector).evaluateAll((elements) => elements.map((element) => Object.fromEntries([...element.attributes].map((a) => [a.name, a.value]))));
const html = async (url) => (await fetch(url)).text();
const scriptTags = (source) => source.match(/<script[^>]*b12-widgets\/cdn\/[^>]*>/g) ?? [];

describe('WordPress plugin', () => {
  it('installs from the zip and activates, storing no options', () => {
    assert.equal(installed.version, '6.1.9');
    assert.deepEqual(installed.options, []);
  });

  it('every block and every shortcode, published by an administrator and by an author, shows its widget', async () => {
    const headings = { 'b12-cofactor-checker': 'Check your cofactor results', 'b12-treatment-plan': 'Your B12 treatment plan', 'b12-symptom-diary': 'Your symptom diary' };
    const everyPost = Object.entries(posts).filter(([name]) => name.startsWith('every-'));
    assert.equal(everyPost.length, 12);
    for (const [name, post] of everyPost) {
      const tag = `b12-${name.match(/^every-(?:block|shortcode)-(.+)-(?:admin|author)$/)[1]}`;
      const { page, problems, close } = await open(post.url);
      await defined(page, tag);
      await page.waitForFunction((element) => document.querySelector(element)?.shadowRoot?.querySelector('h2') !== null, tag);
      assert.equal(await page.locator(`${tag} h2`).first().textContent(), headings[tag], name);
      assert.deepEqual(problems, [], name);
      await close();
    }
  });

  it('inside the theme, at 320 px, each widget fits the column and axe finds nothing in it', async () => {
    for (const [name, tag] of [['every-block-cofactor-checker-author', 'b12-cofactor-checker'], ['every-block-treatment-plan-author', 'b12-treatment-plan'], ['every-block-symptom-diary-author', 'b12-symptom-diary']]) {
      const { page, problems, close } = await open(posts[name].url, { width: 320 });
      await defined(page, tag);
      await page.waitForFunction((element) => document.querySelector(element)?.shadowRoot?.querySelector('h2') !== null, tag);
      const overflow = await page.evaluate((element) => {
        const widget = document.querySelector(element);
        return { page: document.documentElement.scrollWidth - document.documentElement.clientWidth, widget: widget.getBoundingClientRect().right - document.documentElement.clientWidth };
      }, tag);
      assert.deepEqual(overflow.page <= 0 && overflow.widget <= 0, true, `${tag} wider than the page: ${JSON.stringify(overflow)}`);
      await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
      const violations = await page.evaluate(async (element) => (await window.axe.run(document.querySelector(element))).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), tag);
      assert.deepEqual(violations, [], tag);
      assert.deepEqual(problems, [], tag);
      await close();
    }
  });

  it('an author’s checker block paints its first screen with the page, then works: type a result, see its status', async () => {
    const source = await html(posts['checker-block-author'].url);
    assert.equal(scriptTags(source).length, 1);
    assert.match(scriptTags(source)[0], /^<script type="module" src="[^"]+\/wp-content\/plugins\/b12-widgets\/cdn\/\d+\.\d+\.\d+\/en-GB\/b12-widgets\.js"/);
    assert.match(source, /<b12-cofactor-checker lang="en-GB"><template shadowrootmode="open"><link rel="stylesheet" href="http:\/\/127\.0\.0\.1:\d+\/wp-content\/plugins\/b12-widgets\/cdn\/\d+\.\d+\.\d+\/b12-cofactor-checker\.css"/);

    // Without JavaScript the pre-rendered screen is there, and the form gives way to the guide.
    const still = await open(posts['checker-block-author'].url, { javaScript: false });
    const seen = await shadowText(still.page, 'b12-cofactor-checker');
    assert.match(seen, /^Cofactor levels guide/);
    assert.doesNotMatch(seen, /Check your cofactor results|did not load/);
    // The guide's two tables: folate, ferritin and B6; then B12 and active B12, named as NICE names their bands.
    assert.equal(await still.page.locator('b12-cofactor-checker table').count(), 2);
    assert.match(await still.page.locator('b12-cofactor-checker table').nth(1).locator('thead').textContent(), /Deficient\s*Indeterminate\s*Normal\s*Above range/);
    await still.close();

    const { page, problems, requests, close } = await open(posts['checker-block-author'].url);
    await defined(page, 'b12-cofactor-checker');
    // Each of the plugin's files once: an address with a query would load the widgets twice.
    const fromPlugin = requests.filter((url) => url.includes(PLUGIN_FILES));
    assert.ok(fromPlugin.length >= 2);
    assert.deepEqual(fromPlugin.filter((url) => url.includes('?')), []);
    assert.equal(new Set(fromPlugin).size, fromPlugin.length);
    await page.locator('#folate-value').pressSequentially('5');
    await page.locator('#ferritin-value').click();
    const folate = page.locator('b12-cofactor-checker [data-analyte="folate"] .result__status');
    await folate.filter({ hasText: 'Below optimal' }).waitFor({ timeout: 5000 });
    assert.equal((await folate.textContent()).trim(), 'Below optimal');
    assert.deepEqual(problems, []);
    await close();
  });

  it('an author’s shortcode shows the guide in the language it names, from that language’s own file', async () => {
    const source = await html(posts['guide-shortcode-author'].url);
    assert.match(source, /<b12-cofactor-checker mode="guide" lang="cy"><template shadowrootmode="open">/);
    // Every widget on the page speaks Welsh: the Welsh file, words compiled in, and no language file to fetch.
    assert.deepEqual(scriptTags(source).map((tag) => tag.match(/\/cdn\/[\d.]+\/([^"]+)"/)?.[1]), ['cy/b12-widgets.js']);
    assert.doesNotMatch(source, /modulepreload/);
    const { page, problems, close } = await open(posts['guide-shortcode-author'].url);
    await defined(page, 'b12-cofactor-checker');
    assert.match(await shadowText(page, 'b12-cofactor-checker'), /^Canllaw lefelau cydffactorau/);
    assert.equal(await page.locator('b12-cofactor-checker tbody tr').count(), 5);
    assert.deepEqual(problems, []);
    await close();
  });

  it('the plan block: answer the questions, see the plan, switch to the month view', async () => {
    const { page, problems, close } = await open(posts['plan-block-admin'].url);
    await defined(page, 'b12-treatment-plan');
    await page.locator('#cause-diet').check();
    await page.locator('#neurological-no').check();
    await page.locator('#pregnant-no').check();
    await page.locator('#folateLow-no').check();
    await page.locator('#start-date-day').fill('1');
    await page.locator('#start-date-month').fill('12');
    await page.locator('#start-date-year').fill('2026');
    const month = page.locator('b12-treatment-plan .view-switch button', { hasText: 'Month' });
    await month.waitFor({ timeout: 5000 });
    assert.match(await shadowText(page, 'b12-treatment-plan'), /hydroxocobalamin/i);
    await month.click();
    await page.locator('b12-treatment-plan .month caption').first().waitFor({ timeout: 5000 });
    assert.deepEqual(problems, []);
    await close();
  });

  it('the plan’s table view from an author’s shortcode', async () => {
    const { page, problems, close } = await open(posts['table-shortcode-author'].url);
    await defined(page, 'b12-treatment-plan');
    assert.equal((await attributes(page, 'b12-treatment-plan'))[0].mode, 'table');
    assert.ok((await page.locator('b12-treatment-plan table').count()) >= 1);
    assert.deepEqual(problems, []);
    await close();
  });

  it('the diary from an author’s block (heading level 3) records a check-in, and a shortcode shows it in Polish', async () => {
    const source = await html(posts['diary-block-author'].url);
    assert.equal(scriptTags(source).length, 1);
    assert.match(scriptTags(source)[0], /\/cdn\/[\d.]+\/en-GB\/b12-symptom-diary\.js"/);
    const { page, problems, close } = await open(posts['diary-block-author'].url);
    await defined(page, 'b12-symptom-diary');
    await page.locator('b12-symptom-diary h3', { hasText: 'Your symptom diary' }).waitFor({ timeout: 5000 });
    await page.locator('#level-tiredness-1').check();
    await page.locator('b12-symptom-diary form[data-form="check-in"] button[type="submit"]').click();
    await page.locator('b12-symptom-diary [role="status"]', { hasText: 'Check-in saved for' }).waitFor({ timeout: 5000 });
    assert.deepEqual(problems, []);
    await close();

    // Heading level 2, as built: the Polish first screen, painted with the page.
    const polishSource = await html(posts['diary-shortcode-admin'].url);
    assert.match(polishSource, /<b12-symptom-diary lang="pl"><template shadowrootmode="open"><link rel="stylesheet" href="[^"]+\/cdn\/[\d.]+\/b12-symptom-diary\.css"/);
    assert.match(polishSource, /data-keeping="checking"><p class="keeping__status">[^<]+<\/p>/);
    const polish = await open(posts['diary-shortcode-admin'].url);
    await defined(polish.page, 'b12-symptom-diary');
    await polish.page.locator('b12-symptom-diary h2', { hasText: 'Twój dzienniczek objawów' }).waitFor({ timeout: 5000 });
    assert.equal((await attributes(polish.page, 'b12-symptom-diary'))[0].lang, 'pl');
    await polish.close();
  });

  it('units and heading level reach the element, which then starts without a pre-rendered screen', async () => {
    const source = await html(posts['units-block-admin'].url);
    assert.doesNotMatch(source, /shadowrootmode/);
    const { page, problems, close } = await open(posts['units-block-admin'].url);
    await defined(page, 'b12-cofactor-checker');
    assert.deepEqual(await attributes(page, 'b12-cofactor-checker'), [{ units: 'folate:nmol/L b12:pmol/L', lang: 'en-GB', 'heading-level': '3' }]);
    await page.locator('b12-cofactor-checker h3', { hasText: 'Check your cofactor results' }).waitFor({ timeout: 5000 });
    assert.equal(await page.locator('#folate-unit').inputValue(), 'nmol/L');
    assert.deepEqual(problems, []);
    await close();
  });

  it('widgets in two languages on one page get the file that follows each one’s language, with the other language preloaded', async () => {
    const source = await html(posts['bilingual-guide-admin'].url);
    assert.deepEqual(scriptTags(source).map((tag) => tag.match(/\/cdn\/[\d.]+\/([^"]+)"/)?.[1]), ['b12-widgets.js']);
    assert.match(source, /<link rel="modulepreload" href="[^"]+\/cdn\/[\d.]+\/chunks\/b12-widgets\.cy-[\w-]+\.js">\n<script type="module"/);
    const { page, problems, close } = await open(posts['bilingual-guide-admin'].url);
    await defined(page, 'b12-cofactor-checker');
    const headings = page.locator('b12-cofactor-checker h2');
    await headings.filter({ hasText: 'Canllaw lefelau cydffactorau' }).waitFor({ timeout: 5000 });
    await headings.filter({ hasText: 'Cofactor levels guide' }).waitFor({ timeout: 5000 });
    assert.deepEqual(problems, []);
    await close();
  });

  it('two shortcodes on one page load one file, and heading-level or heading_level both work', async () => {
    const source = await html(posts['both-shortcodes-admin'].url);
    assert.equal(scriptTags(source).length, 1);
    const { page, problems, close } = await open(posts['both-shortcodes-admin'].url);
    await defined(page, 'b12-treatment-plan');
    assert.deepEqual(await attributes(page, 'b12-cofactor-checker, b12-treatment-plan'), [
      { units: 'folate:nmol/L', lang: 'en-GB', 'heading-level': '3' },
      { lang: 'en-GB', 'heading-level': '4' },
    ]);
    await page.locator('b12-treatment-plan h4', { hasText: 'Your B12 treatment plan' }).waitFor({ timeout: 5000 });
    assert.deepEqual(problems, []);
    await close();
  });

  it('HTML an author pastes is stripped by WordPress, which is why the blocks and shortcodes exist', async () => {
    assert.equal(posts['pasted-html-author'].saved, '<p>Fallback</p>');
    assert.equal(scriptTags(await html(posts['pasted-html-author'].url)).length, 0);
  });

  it('escapes every attribute: hostile values from an author stay values', async () => {
    const { page, problems, close } = await open(posts['hostile-author'].url);
    await defined(page, 'b12-cofactor-checker');
    await defined(page, 'b12-treatment-plan');
    const [checker] = await attributes(page, 'b12-cofactor-checker');
    assert.deepEqual(Object.keys(checker), ['units', 'lang']);
    assert.equal(checker.lang, 'cy" onmouseover="alert(1)');
    const [plan] = await attributes(page, 'b12-treatment-plan');
    assert.deepEqual(Object.keys(plan), ['mode', 'lang', 'heading-level']);
    assert.equal(plan['heading-level'], '" autofocus onfocus="alert(4)');
    assert.equal(await page.locator('.entry-content img, .wp-block-post-content img').count(), 0);
    // The element, not PHP, judges the values, and tells the editor in the page.
    assert.match(await shadowText(page, 'b12-treatment-plan'), /heading-level/);
    await page.mouse.move(300, 300);
    assert.deepEqual(problems, []);
    await close();
  });

  it('a page without a widget gets nothing from the plugin', async () => {
    const source = await html(posts['no-widget'].url);
    assert.deepEqual(source.match(/.{0,80}b12.{0,80}/gi), null);
    const { page, requests, close } = await open(posts['no-widget'].url);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(requests.filter((url) => url.includes(PLUGIN_FILES)), []);
    await close();
  });

  it('the site’s language becomes the widget’s, unless the block names one', async () => {
    try {
      assert.match(await html(posts['diary-shortcode-admin'].url), /<p>Dziennik objawów wymaga JavaScriptu\./, 'the diary set to Polish on an English site');
      for (const [locale, expected] of [['pl_PL', 'pl'], ['cy', 'cy'], ['ur', 'ur'], ['fr_FR', 'en-GB'], ['en_US', 'en-GB'], ['es_MX', 'es']]) {
        wordpress.site('language', locale);
        const source = await html(posts['checker-block-author'].url);
        assert.match(source, new RegExp(`<b12-cofactor-checker lang="${expected}"><template`), locale);
        // The words a browser without JavaScript shows are in the widget's language too.
        const fallback = { es: /<p>El comprobador de resultados necesita JavaScript\./, pl: /<p>Narzędzie do sprawdzania wyników wymaga JavaScriptu\./, cy: /<p>Mae angen JavaScript ar y gwiriwr canlyniadau\./, ur: /<p>نتائج جانچنے والے ٹول کو JavaScript/, 'en-GB': /<p>The cofactor checker needs JavaScript\./ }[expected];
        assert.match(source, fallback, locale);
        assert.match(await html(posts['units-block-admin'].url), /<b12-cofactor-checker units="folate:nmol\/L b12:pmol\/L" lang="en-GB" heading-level="3">/, locale);
      }
      wordpress.site('language', 'ro_RO');
      const { page, problems, close } = await open(posts['checker-block-author'].url);
      await defined(page, 'b12-cofactor-checker');
      assert.match(await shadowText(page, 'b12-cofactor-checker'), /^Verificați rezultatele cofactorilor/);
      assert.deepEqual(problems, []);
      await close();
    } finally {
      wordpress.site('language', '');
    }
  });

  it('the editor: the block is in the inserter, its options are in the sidebar, the preview is live, and an author can publish it', async () => {
    const { page, close } = await open(`${wordpress.origin}/wp-login.php`, { width: 1280 });
    await page.fill('#user_login', 'author');
    await page.fill('#user_pass', 'author-password');
    await page.click('#wp-submit');
    await page.waitForURL(/wp-admin/);
    await page.goto(`${wordpress.origin}/wp-admin/post-new.php`);
    await page.waitForFunction(() => window.wp?.data?.select('core/block-editor') !== undefined);
    await page.evaluate(() => {
      if (wp.data.select('core/edit-post').isFeatureActive('welcomeGuide')) wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
    });

    await page.getByRole('button', { name: 'Toggle block inserter' }).click();
    await page.getByPlaceholder('Search').fill('B12');
    // One block per widget in src/widgets.ts, the three among them.
    assert.deepEqual((await page.getByRole('option').allTextContents()).sort(), WIDGETS.map((widget) => widget.wordpress.title).sort());
    for (const title of ['B12 cofactor checker', 'B12 symptom diary', 'B12 treatment plan']) assert.ok(WIDGETS.some((widget) => widget.wordpress.title === title), title);
    await page.getByRole('option', { name: 'B12 cofactor checker' }).click();

    const preview = page.locator('.editor-styles-wrapper b12-cofactor-checker');
    await preview.waitFor({ timeout: 10_000 });
    await page.waitForFunction(() => document.querySelector('.editor-styles-wrapper b12-cofactor-checker')?.shadowRoot?.textContent.includes('Check your cofactor results'));

    const settings = page.locator('button[aria-label="Settings"]');
    if ((await settings.getAttribute('aria-pressed')) !== 'true') await settings.click();
    const sidebar = page.locator('.interface-complementary-area');
    await sidebar.getByText('Widget settings').waitFor();
    const labels = await sidebar.locator('label').allTextContents();
    assert.deepEqual(labels, ['View', 'Language', 'Units for Vitamin B12 (total)', 'Units for Active B12', 'Units for Folate (vitamin B9)', 'Units for Ferritin (iron stores)', 'Units for Vitamin B6', "Heading level of the widget's title"]);

    await sidebar.getByLabel('View').selectOption('guide');
    await sidebar.getByLabel('Units for Folate (vitamin B9)').selectOption('nmol/L');
    await sidebar.getByLabel('Language').selectOption('cy');
    await page.waitForFunction(() => document.querySelector('.editor-styles-wrapper b12-cofactor-checker')?.shadowRoot?.textContent.includes('Canllaw lefelau cydffactorau'));
    assert.deepEqual(await attributes(page, '.editor-styles-wrapper b12-cofactor-checker'), [{ lang: 'cy', mode: 'guide', units: 'folate:nmol/L' }]);

    await page.evaluate(() => wp.data.dispatch('core/editor').editPost({ title: 'Published from the editor', status: 'publish' }));
    await page.evaluate(() => wp.data.dispatch('core/editor').savePost());
    await page.waitForFunction(() => !wp.data.select('core/editor').isSavingPost() && wp.data.select('core/editor').getCurrentPost().status === 'publish', null, { timeout: 15_000 });
    const link = await page.evaluate(() => wp.data.select('core/editor').getCurrentPost().link);
    await close();

    assert.match(await html(link), /<b12-cofactor-checker mode="guide" units="folate:nmol\/L" lang="cy">/);
  });

  /** Logs in and opens a new post in the block editor, its welcome guide closed. */
  async function newPost(user = 'author', password = 'author-password') {
    const opened = await open(`${wordpress.origin}/wp-login.php`, { width: 1280 });
    await opened.page.fill('#user_login', user);
    await opened.page.fill('#user_pass', password);
    await opened.page.click('#wp-submit');
    await opened.page.waitForURL(/wp-admin/);
    return opened;
  }

  it('the editor speaks the site’s language: the blocks’ names and settings in Welsh', async () => {
    try {
      wordpress.site('language', 'cy');
      const { page, close } = await newPost();
      await page.goto(`${wordpress.origin}/wp-admin/post-new.php`);
      await page.waitForFunction(() => window.wp?.data?.select('core/block-editor') !== undefined && wp.blocks.getBlockType('b12-widgets/cofactor-checker'));
      // block.json's title, description and keywords, through the plugin's .mo file.
      const checkerType = await page.evaluate(() => {
        const { title, description, keywords } = wp.blocks.getBlockType('b12-widgets/cofactor-checker');
        return { title, description, keywords };
      });
      assert.equal(checkerType.title, 'Gwiriwr cydffactorau B12');
      assert.match(checkerType.description, /^Ble mae canlyniadau ffolad/);
      assert.deepEqual(checkerType.keywords, ['fitamin B12', 'ffolad', 'ferritin', 'prawf gwaed']);
      await page.evaluate(() => {
        if (wp.data.select('core/edit-post').isFeatureActive('welcomeGuide')) wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
        wp.data.dispatch('core/block-editor').insertBlocks(wp.blocks.createBlock('b12-widgets/cofactor-checker'));
        wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
      });
      const sidebar = page.locator('.interface-complementary-area');
      await sidebar.getByText('Gosodiadau’r teclyn').waitFor({ timeout: 10_000 });
      const labels = await sidebar.locator('label').allTextContents();
      assert.deepEqual(labels.slice(0, 2), ['Golwg', 'Iaith']);
      assert.ok(labels.includes('Unedau ar gyfer Ffolad (fitamin B9)'), labels.join(' | '));
      assert.equal(labels.at(-1), 'Lefel pennawd teitl y teclyn');
      assert.deepEqual(await sidebar.getByLabel('Golwg').locator('option').allTextContents(), ['Ffurflen ar gyfer canlyniadau’r darllenydd', 'Tabl y lefelau (ar gyfer tudalennau grwpiau cymorth)']);
      await close();
    } finally {
      wordpress.site('language', '');
    }
  });

  it('the site editor draws the widgets inside its iframe', async () => {
    const { page, problems, close } = await newPost('admin', 'admin-password');
    await page.goto(`${wordpress.origin}/wp-admin/site-editor.php`);
    const canvas = page.frameLocator('iframe[name="editor-canvas"]');
    await canvas.locator('body').waitFor({ timeout: 20_000 });
    const frame = page.frame({ name: 'editor-canvas' });
    await frame.waitForFunction(() => ['b12-cofactor-checker', 'b12-treatment-plan', 'b12-symptom-diary'].every((tag) => customElements.get(tag)), null, { timeout: 15_000 });
    // A widget in the iframe draws itself, in the iframe's document.
    const heading = await frame.evaluate(async () => {
      const plan = document.createElement('b12-treatment-plan');
      document.body.append(plan);
      await plan.updateComplete;
      const text = plan.shadowRoot.querySelector('h2')?.textContent;
      plan.remove();
      return text;
    });
    assert.equal(heading, 'Your B12 treatment plan');
    assert.deepEqual(problems.filter((problem) => /b12|module|import/i.test(problem)), []);
    await close();
  });

  /** Asks the settings page's handler to remove the profile, as a forged form would: the status it answers. */
  const removeWithoutNonce = (page) =>
    page.evaluate(async (origin) => {
      const body = new FormData();
      body.append('action', 'b12_widgets_profile');
      body.append('remove', '1');
      return (await fetch(`${origin}/wp-admin/admin-post.php`, { method: 'POST', body })).status;
    }, wordpress.origin);

  it('Settings › B12 widgets: an administrator uploads their laboratory’s profile; every checker uses it, an author cannot, and a wrong file is refused', async () => {
    const admin = await newPost('admin', 'admin-password');
    const settings = `${wordpress.origin}/wp-admin/options-general.php?page=b12-widgets`;
    await admin.page.goto(settings);
    assert.equal(await admin.page.locator('.wrap h1').textContent(), 'B12 widgets');
    assert.equal(await admin.page.locator('#b12-widgets-in-use').count(), 0, 'nothing stored yet');

    // A file that is not a laboratory profile: refused, with a reason, and nothing stored.
    await admin.page.setInputFiles('#b12-widgets-profile', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"id":"uk-default"}') });
    await admin.page.click('#upload');
    await admin.page.waitForURL(/b12-message=not-laboratory/);
    assert.match(await admin.page.locator('.notice-error').textContent(), /not a laboratory profile/);
    assert.equal(await admin.page.locator('#b12-widgets-in-use').count(), 0);

    await admin.page.setInputFiles('#b12-widgets-profile', 'src/engine/profiles/laboratories/ruh-bath.json');
    await admin.page.click('#upload');
    await admin.page.waitForURL(/b12-message=saved/);
    assert.equal((await admin.page.locator('#b12-widgets-in-use').textContent()).trim(), 'In use: Royal United Hospitals Bath pathology, read on 2026-12-05.');
    // The preview on the settings page is the stored file as the pages read it.
    await admin.page.waitForFunction(() => document.querySelector('.wrap b12-cofactor-checker')?.shadowRoot?.querySelector('.laboratory') !== null, null, { timeout: 15_000 });
    assert.match(await shadowText(admin.page, '.wrap b12-cofactor-checker'), /Ranges from Royal United Hospitals Bath pathology, read 5 December 2026\./);
    assert.match(await shadowText(admin.page, '.wrap b12-cofactor-checker'), /below 145 ng\/L/);
    await admin.close();

    // Every checker on the site reads it from this site; the plan does not need it.
    const source = await html(posts['checker-block-author'].url);
    const [, profileSrc] = source.match(/<b12-cofactor-checker lang="en-GB" profile-src="([^"]+)">/) ?? [];
    assert.ok(profileSrc, source.match(/<b12-cofactor-checker[^>]*>/)?.[0]);
    assert.ok(profileSrc.replaceAll('&#038;', '&').startsWith(wordpress.origin), profileSrc);
    assert.doesNotMatch(source, /<b12-cofactor-checker[^>]*><template/, 'no first screen of the built-in ranges');
    assert.doesNotMatch(await html(posts['plan-block-admin'].url), /profile-src/);
    const served = await (await fetch(profileSrc.replaceAll('&#038;', '&'))).json();
    assert.equal(served.laboratory.name, 'Royal United Hospitals Bath pathology');

    const reader = await open(posts['checker-block-author'].url);
    await defined(reader.page, 'b12-cofactor-checker');
    const field = reader.page.locator('b12-cofactor-checker #vitaminB12-value');
    await field.fill('300');
    await reader.page.waitForFunction(() => document.querySelector('b12-cofactor-checker').shadowRoot.querySelector('.result[data-analyte="vitaminB12"] .result__status')?.textContent.trim() === 'Normal', null, { timeout: 10_000 });
    assert.deepEqual(reader.problems, []);
    await reader.close();

    // An author can neither open the page nor post to it.
    const author = await newPost();
    await author.page.goto(settings);
    assert.match(await author.page.locator('body').textContent(), /not allowed to access this page/);
    assert.equal(await removeWithoutNonce(author.page), 403);
    await author.close();
    assert.match(await html(posts['checker-block-author'].url), /profile-src=/, 'still in use');

    // An administrator's form without its nonce is refused too.
    const noNonce = await newPost('admin', 'admin-password');
    assert.equal(await removeWithoutNonce(noNonce.page), 403);
    await noNonce.close();
    // Left stored: uninstalling must remove it (the last test).
  });

  it('Settings › B12 widgets: “Use the built-in ranges again” removes it, and a page’s checker starts from its first screen again', async () => {
    const admin = await newPost('admin', 'admin-password');
    await admin.page.goto(`${wordpress.origin}/wp-admin/options-general.php?page=b12-widgets`);
    await admin.page.click('#remove');
    await admin.page.waitForURL(/b12-message=removed/);
    assert.equal(await admin.page.locator('#b12-widgets-in-use').count(), 0);
    const source = await html(posts['checker-block-author'].url);
    assert.match(source, /<b12-cofactor-checker lang="en-GB"><template shadowrootmode="open">/);
    // Stored again, for the uninstall test to find removed.
    await admin.page.setInputFiles('#b12-widgets-profile', 'src/engine/profiles/laboratories/royal-cornwall.json');
    await admin.page.click('#upload');
    await admin.page.waitForURL(/b12-message=saved/);
    await admin.close();
  });

  it('no page with a widget asks anything of another site', () => {
    assert.deepEqual(offsite.filter((entry) => !entry.includes('/wp-admin/') && !entry.includes('/wp-login.php')), []);
  });

  it('logs no PHP warning, notice or error from the plugin', () => {
    const fromPlugin = wordpress.phpLog().filter((line) => line.includes('/plugins/b12-widgets/') || /PHP (Fatal|Parse) error/.test(line));
    assert.deepEqual(fromPlugin, []);
  });

  it('uninstalls cleanly: folder gone, nothing left in the options or post meta', () => {
    const left = wordpress.site('uninstall');
    assert.deepEqual(left, { deleted: true, folderExists: false, options: [], postMeta: 0 });
  });
});
