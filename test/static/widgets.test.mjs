// The one list of widgets (src/widgets.ts) and the one list of languages
// (src/i18n/languages.ts) against the tree: a widget folder without a descriptor, or a
// descriptor or language that names something missing, fails here, before any build.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { WIDGET_EXAMPLES } from '../../src/elements/examples.ts';
import { LANGUAGE_CODES, LANGUAGE_DIRECTIONS, WORDPRESS_LOCALES } from '../../src/i18n/languages.ts';
import { COMBINED_FILE, WIDGETS } from '../../src/widgets.ts';
import { readPo } from '../../scripts/lib/po-file.mjs';
import { pluginStrings, wordpressSources } from '../../scripts/wordpress-sources.mjs';

const read = (path) => readFileSync(path, 'utf8');
const pkg = JSON.parse(read('package.json'));
const sizeLimits = JSON.parse(read('.size-limit.json'));

describe('the list of widgets', () => {
  it('has one descriptor for each folder in src/elements/, and a folder for each descriptor', () => {
    const folders = readdirSync('src/elements', { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
      .map((entry) => entry.name);
    assert.deepEqual(WIDGETS.map((widget) => widget.name).sort(), folders.sort());
  });

  for (const widget of WIDGETS) {
    describe(widget.tag, () => {
      it('has its component, its examples and an entry that registers it under its tag', () => {
        for (const file of [`src/elements/${widget.name}/${widget.name}.component.ts`, `src/elements/${widget.name}/${widget.name}.examples.ts`, `src/${widget.name}.ts`]) {
          assert.ok(existsSync(file), `${file} is missing`);
        }
        assert.match(read(`src/${widget.name}.ts`), new RegExp(`defineElement\\('${widget.tag}'`));
        assert.ok(
          WIDGET_EXAMPLES.some(({ tagName }) => tagName === widget.tag),
          `src/elements/examples.ts does not list its examples`,
        );
      });

      it('is in the package: exports, side effects and a size budget for its one-tag file', () => {
        assert.equal(pkg.exports[`./${widget.name}.js`]?.default, `./dist/${widget.name}.js`);
        assert.ok(pkg.sideEffects.includes(`./dist/${widget.name}.js`));
        for (const path of [`dist/cdn/${widget.tag}.js`, ...LANGUAGE_CODES.map((language) => `dist/cdn/${language}/${widget.tag}.js`)]) {
          assert.ok(
            sizeLimits.some((entry) => entry.path === path && entry.limit),
            `.size-limit.json has no budget for ${path}`,
          );
        }
      });

      it('is in the combined file exactly when it says so', () => {
        const exported = new RegExp(`from '\\./${widget.name}\\.js'`).test(read('src/index.ts'));
        assert.equal(exported, widget.inCombinedFile, `src/index.ts ${widget.inCombinedFile ? 'does not export' : 'exports'} it`);
      });

      it('names views its examples show: a default, pre-rendered views and a table for each form view', () => {
        const modes = new Set(WIDGET_EXAMPLES.filter(({ tagName }) => tagName === widget.tag).map(({ example }) => example.attributes.mode ?? widget.defaultMode));
        for (const view of [widget.defaultMode, ...widget.snippetViews, ...Object.entries(widget.tableInstead).flat()].filter(Boolean)) {
          assert.ok(modes.has(view), `no example shows the view "${view}"`);
        }
        for (const [form, table] of Object.entries(widget.tableInstead)) {
          if (widget.snippetViews.includes(form)) assert.ok(widget.snippetViews.includes(table), `"${table}" stands in for "${form}" but is not pre-rendered`);
        }
      });
    });
  }

  it('the combined file has its own budget, and so does each language’s copy', () => {
    for (const path of [`dist/cdn/${COMBINED_FILE}.js`, ...LANGUAGE_CODES.map((language) => `dist/cdn/${language}/${COMBINED_FILE}.js`)]) {
      assert.ok(
        sizeLimits.some((entry) => entry.path === path && entry.limit),
        `.size-limit.json has no budget for ${path}`,
      );
    }
  });
});

describe('the list of languages', () => {
  const { sourceLocale, targetLocales } = JSON.parse(read('lit-localize.json'));

  it('is lit-localize.json’s, the source first', () => {
    assert.deepEqual(LANGUAGE_CODES, [sourceLocale, ...targetLocales]);
  });

  for (const code of targetLocales) {
    it(`${code}: an XLIFF file, a loader, a direction, WordPress locales and the editor's strings`, () => {
      assert.ok(existsSync(`xliff/${code}.xlf`));
      assert.match(read('src/i18n/localization.ts'), new RegExp(`'?${code}'?: \\(\\) => import\\('\\.\\./generated/locales/${code}\\.js'\\)`));
      assert.ok(LANGUAGE_DIRECTIONS[code]);
      const po = `wordpress/languages/b12-widgets-${WORDPRESS_LOCALES[code][0]}.po`;
      assert.ok(existsSync(po), `${po} is missing`);
      const translated = readPo(read(po));
      assert.deepEqual(
        pluginStrings().filter(([context, text]) => !translated[context ? `${context}\u0004${text}` : text]),
        [],
        `${po} lacks these strings of the plugin`,
      );
    });
  }
});

describe('the WordPress plugin’s committed block files', () => {
  it('are what `npm run docs` writes from the list of widgets', () => {
    for (const { path, text } of wordpressSources()) {
      assert.ok(existsSync(path), `${path} is missing: run npm run docs`);
      assert.equal(read(path), text, `${path} is out of date: run npm run docs`);
    }
    const blocks = readdirSync('wordpress/blocks');
    assert.deepEqual(blocks.sort(), WIDGETS.map((widget) => widget.name).sort(), 'wordpress/blocks/ has a block for no widget');
  });
});
