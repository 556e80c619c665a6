// Checks the built package as its users get it. Runs after `npm run build`.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SNIPPET_LANGUAGES, SNIPPET_VIEWS } from '../../scripts/lib/snippets.mjs';
import { WIDGETS } from '../../src/widgets.ts';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url)));

describe('package', () => {
  it('a Node script can import b12-widgets/engine (package self-reference)', async () => {
    const { assessCofactors, buildTreatmentPlan, toICalendar, defaultProfile, parseProfile } = await import('b12-widgets/engine');
    const { items, warnings } = assessCofactors({ locale: 'de', results: { folate: { value: '2,5', unit: 'ug/L' } } });
    assert.equal(items.find((i) => i.analyte === 'folate').status, 'deficient');
    assert.deepEqual(
      warnings.map((w) => w.id),
      ['folate-before-b12'],
    );
    const plan = buildTreatmentPlan({ cause: 'diet', neurologicalSymptoms: false, startDate: '2026-12-01' });
    assert.match(toICalendar(plan.schedule, { title: 'Plan' }), /^BEGIN:VCALENDAR\r\n/);
    assert.deepEqual(parseProfile(structuredClone(defaultProfile)), defaultProfile);
  });

  it('every exports target exists, with its types', () => {
    for (const [entry, target] of Object.entries(pkg.exports)) {
      const files = typeof target === 'string' ? [target] : Object.values(target);
      for (const file of files) assert.ok(existsSync(new URL(`../../${file}`, import.meta.url)), `${entry} → ${file} is missing`);
    }
  });

  it('builds the one-tag bundle', () => {
    assert.ok(existsSync(new URL('../../dist/cdn/b12-widgets.js', import.meta.url)));
  });

  it('ships no note for translators: every one-tag file and language chunk is free of msg() desc', () => {
    const cdn = new URL('../../dist/cdn/', import.meta.url);
    const files = [
      ...readdirSync(cdn).filter((file) => file.endsWith('.js')),
      ...readdirSync(new URL('chunks/', cdn))
        .filter((file) => file.endsWith('.js'))
        .map((file) => `chunks/${file}`),
    ];
    assert.ok(files.length > 4, `${files.length} files`);
    const withNotes = files.filter((file) => /\bdesc:/.test(readFileSync(new URL(file, cdn), 'utf8')));
    assert.deepEqual(withNotes, []);
  });

  it('builds one language chunk per translation beside the bundle, and none for en-GB', () => {
    const { targetLocales } = JSON.parse(readFileSync(new URL('../../lit-localize.json', import.meta.url)));
    const chunks = readdirSync(new URL('../../dist/cdn/chunks/', import.meta.url)).filter((file) => file.endsWith('.js'));
    for (const locale of targetLocales) {
      const chunk = chunks.filter((file) => file.startsWith(`b12-widgets.${locale}-`));
      assert.equal(chunk.length, 1, `dist/cdn/chunks/b12-widgets.${locale}-*.js`);
      // The chunk holds the translations; the bundle does not.
      const text = readFileSync(new URL(`../../dist/cdn/chunks/${chunk[0]}`, import.meta.url), 'utf8');
      assert.match(text, /[\u0080-\uFFFF]/);
      assert.ok(existsSync(new URL(`../../dist/generated/locales/${locale}.js`, import.meta.url)), `npm output for ${locale}`);
    }
    assert.ok(!chunks.some((file) => /\.en-/.test(file)));
    const bundle = readFileSync(new URL('../../dist/cdn/b12-widgets.js', import.meta.url), 'utf8');
    assert.ok(!bundle.includes('Gwiriwch eich canlyniadau'), 'Welsh words belong in the Welsh chunk');
  });

  it('each one-element file has language chunks with only its own words, and together they hold every word', () => {
    const dir = new URL('../../dist/cdn/chunks/', import.meta.url);
    const chunks = readdirSync(dir).filter((file) => file.endsWith('.js'));
    // Message ids as the minified chunk writes its keys: "id", 'id' or id before a colon.
    const ids = (prefix) => {
      const file = chunks.find((name) => name.startsWith(prefix));
      return new Set([...readFileSync(new URL(file, dir), 'utf8').matchAll(/(?:^|[{,])\s*(?:'([^']+)'|"([^"]+)"|([\w$]+))\s*:/g)].map((m) => m[1] ?? m[2] ?? m[3]));
    };
    for (const locale of ['cy', 'ur']) {
      const checker = ids(`b12-cofactor-checker.${locale}-`);
      const plan = ids(`b12-treatment-plan.${locale}-`);
      const both = ids(`b12-widgets.${locale}-`);
      assert.deepEqual(new Set([...checker, ...plan]), both, `${locale}: the two elements' chunks together hold every word of the whole language`);
      assert.ok(checker.size < both.size * 0.75 && plan.size < both.size * 0.8, `${locale}: ${checker.size} and ${plan.size} of ${both.size} messages`);
      assert.ok(checker.has('answer.folate-low.yes') === false && plan.has('answer.folate-low.yes'), 'a plan-only answer is in the plan chunk alone');
    }
  });

  it('each one-tag file carries the default profile parts and the warnings its widgets can show, and no others', () => {
    const read = (file) => readFileSync(new URL(`../../dist/cdn/${file}`, import.meta.url), 'utf8');
    // As terser writes them: the B12 bands (the checker's) and the loading course's days (the plan's).
    const bands = 'thresholds:{deficientBelow:180,optimalFrom:350,upperLimit:914}';
    const regimens = 'scheduleDays:[0,2,4,7,9,11]';
    const diaryWarning = 'Do not wait for your next injection';
    const expected = {
      'b12-cofactor-checker.js': { bands: true, regimens: false, diaryWarning: false },
      'b12-treatment-plan.js': { bands: false, regimens: true, diaryWarning: false },
      'b12-symptom-diary.js': { bands: false, regimens: false, diaryWarning: true },
      'b12-widgets.js': { bands: true, regimens: true, diaryWarning: false },
    };
    for (const [file, has] of Object.entries(expected)) {
      const code = read(file);
      assert.deepEqual({ bands: code.includes(bands), regimens: code.includes(regimens), diaryWarning: code.includes(diaryWarning) }, has, file);
    }
  });

  it('npm run size fails when any file grows, a language file included, and names it', () => {
    const copy = mkdtempSync(join(tmpdir(), 'b12-size-'));
    try {
      cpSync('dist/cdn', join(copy, 'dist/cdn'), { recursive: true });
      cpSync('.size-snapshot.json', join(copy, '.size-snapshot.json'));
      const check = () => spawnSync(process.execPath, [new URL('../../scripts/size-growth.mjs', import.meta.url).pathname], { cwd: copy, encoding: 'utf8' });
      assert.equal(check().status, 0, 'the build as recorded passes');
      const welsh = readdirSync(join(copy, 'dist/cdn/chunks')).find((file) => /^b12-cofactor-checker\.cy-.*\.js$/.test(file));
      appendFileSync(join(copy, 'dist/cdn/chunks', welsh), `\n/* ${'ten more words '.repeat(10)} */`);
      const grown = check();
      assert.equal(grown.status, 1);
      assert.match(grown.stderr, /chunks\/b12-cofactor-checker\.cy\.js: \d+ -> \d+ B \(grew by \d+ B\)/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('writes a pre-rendered snippet for each view and language, and the stylesheet each one links', () => {
    // Every widget's pre-rendered views (src/widgets.ts); the checker's and the plan's at least.
    assert.deepEqual(SNIPPET_VIEWS['b12-cofactor-checker'], ['check', 'guide']);
    assert.deepEqual(SNIPPET_VIEWS['b12-treatment-plan'], ['plan', 'table']);
    let count = 0;
    for (const [widget, modes] of Object.entries(SNIPPET_VIEWS)) {
      assert.ok(existsSync(new URL(`../../dist/cdn/${widget}.css`, import.meta.url)), `dist/cdn/${widget}.css`);
      for (const mode of modes) {
        for (const lang of SNIPPET_LANGUAGES) {
          const snippet = readFileSync(new URL(`../../dist/snippets/${widget}.${mode}.${lang}.html`, import.meta.url), 'utf8');
          count++;
          assert.match(
            snippet,
            new RegExp(
              `^<script type="module" src="/b12-widgets/${lang}/${widget}\\.js" integrity="sha384-[\\w+/=]+" crossorigin="anonymous"></script>\n(<link rel="modulepreload" [^>]+>\n)?<${widget}[^>]* lang="${lang}"`,
            ),
          );
          // The language's own file has its words compiled in: no language file to fetch or preload.
          assert.ok(!snippet.includes('modulepreload'), `${widget}.${mode}.${lang} preloads a language file`);
          assert.ok(existsSync(new URL(`../../dist/cdn/${lang}/${widget}.js`, import.meta.url)), `dist/cdn/${lang}/${widget}.js exists`);
          assert.match(snippet, new RegExp(`<template shadowrootmode="open"><link rel="stylesheet" href="/b12-widgets/${widget}\\.css" integrity="sha384-`));
          // Nothing a strict style-src refuses, and nothing a script would have to run.
          assert.ok(!/\sstyle=|<style|<script(?![^>]*src=)|\son\w+=/i.test(snippet), `${widget}.${mode}.${lang} has inline style or script`);
          // Hidden by HTML until the stylesheet shows it, so a browser that paints before the stylesheet does not show it.
          assert.equal(snippet.includes('<div class="without-script" hidden>'), mode === 'check' || mode === 'plan', `${widget}.${mode}.${lang}: a table beside the form for a form view only`);
          assert.ok(!snippet.includes('<div class="without-script">'), `${widget}.${mode}.${lang}: a table that shows before the stylesheet`);
          assert.equal(snippet.includes('<noscript>'), false, `${widget}.${mode}.${lang}: no <noscript>, which a page with scripting on keeps as text`);
          const ids = [...snippet.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
          assert.equal(new Set(ids).size, ids.length, `${widget}.${mode}.${lang}: an id used twice`);
        }
      }
    }
    assert.equal(count, Object.values(SNIPPET_VIEWS).flat().length * SNIPPET_LANGUAGES.length);
  });

  it('npm pack ships only dist/, the README, the clinical reference it links to, the licence and package.json', () => {
    const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    const paths = files.map((f) => f.path);
    const unexpected = paths.filter((p) => !p.startsWith('dist/') && !['README.md', 'docs/clinical-reference.md', 'LICENSE', 'package.json'].includes(p));
    assert.ok(paths.includes('docs/clinical-reference.md'), 'the README links to it');
    assert.deepEqual(unexpected, []);
    assert.ok(paths.includes('dist/engine/index.d.ts'));
    assert.ok(paths.includes('dist/custom-elements.json'));
    assert.ok(paths.includes('dist/cdn/b12-widgets.js'));
    // The WordPress plugin is its own download, not part of the npm package.
    assert.deepEqual(
      paths.filter((p) => p.startsWith('dist/wordpress')),
      [],
    );
    assert.ok(!paths.some((p) => p.endsWith('.test.js')));
  });

  it('has a custom elements manifest that describes every widget, from its JSDoc', () => {
    assert.equal(pkg.customElements, 'dist/custom-elements.json');
    const manifest = JSON.parse(readFileSync(new URL(`../../${pkg.customElements}`, import.meta.url)));
    const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
    assert.deepEqual(elements.map((element) => element.tagName).sort(), WIDGETS.map((widget) => widget.tag).sort());
    const three = ['b12-cofactor-checker', 'b12-symptom-diary', 'b12-treatment-plan'];
    for (const tag of three)
      assert.ok(
        WIDGETS.some((widget) => widget.tag === tag),
        tag,
      );
    for (const element of elements) {
      const attributes = (element.attributes ?? []).map((attribute) => attribute.name);
      for (const shared of ['lang', 'profile-src', 'heading-level']) assert.ok(attributes.includes(shared), `${element.tagName} ${shared}`);
      assert.equal(element.slots?.length, 1, `${element.tagName}: its fallback slot`);
      // What the three have of their own: one change event each, and parts to style.
      if (three.includes(element.tagName)) assert.ok(element.events.length === 1 && element.cssParts.length >= 10, element.tagName);
      const properties = (element.cssProperties ?? []).map((property) => property.name);
      assert.ok(
        ['--b12-font-family', '--b12-colour-text', '--b12-colour-focus', '--b12-space'].every((name) => properties.includes(name)),
        `${element.tagName}: the shared theme`,
      );
      // The band colours are the checker's alone.
      assert.equal(properties.includes('--b12-colour-deficient'), element.tagName === 'b12-cofactor-checker', `${element.tagName}: band colours`);
      assert.ok(
        (element.attributes ?? []).every((attribute) => attribute.description),
        `${element.tagName}: every attribute is described`,
      );
    }
  });

  it('has theme JSDoc that matches the theme tokens, and a README reference that matches the manifest (npm run docs)', () => {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/theme-docs.mjs', '--check'], { stdio: 'pipe' });
    execFileSync(process.execPath, ['scripts/readme-reference.mjs', '--check'], { stdio: 'pipe' });
  });

  it('declares side effects only for the registering entry points', () => {
    assert.ok(Array.isArray(pkg.sideEffects));
    assert.ok(!pkg.sideEffects.some((p) => p.includes('engine')));
  });
});
