// Part of `npm run build`, after the one-tag files and the snippets: the WordPress plugin.
//
//   dist/wordpress/b12-widgets/       the plugin folder: wordpress/ with the version filled
//                                     in (its blocks/ come from src/widgets.ts through
//                                     `npm run docs`), the one-tag files, the editor's
//                                     translations as the JSON wp_set_script_translations()
//                                     reads, and generated/: the catalogue and the
//                                     pre-rendered screens
//   dist/wordpress/b12-widgets.zip    the same folder, to upload in Plugins > Add New
//
// The catalogue (widgets, views, languages, units, scripts, fallback words) is read from
// the library's own sources, as the embed-code builder reads them, so the blocks offer the
// same choices and say the same words.
// Run with tsx: node --import tsx scripts/build-wordpress.mjs
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { shortUnitsAttributeNames } from '../src/elements/cofactor-checker/units-attribute.ts';
import { WIDGET_EXAMPLES } from '../src/elements/examples.ts';
import { analyteName } from '../src/elements/shared/analyte-names.ts';
import { languageChunks, modeChoices } from '../src/embed/embed-snippet.ts';
import { fallbackWords } from '../src/embed/fallback-words.ts';
import { acceptedUnits, defaultProfile } from '../src/engine/index.ts';
import { LANGUAGE_NAMES, WORDPRESS_LOCALES } from '../src/i18n/languages.ts';
import { COMBINED_FILE, shortcodeOf, WIDGETS } from '../src/widgets.ts';
import { SNIPPET_LANGUAGES, SNIPPET_VIEWS, snippetPath } from './lib/snippets.mjs';
import { moFile } from './lib/mo-file.mjs';
import { readPo } from './lib/po-file.mjs';
import { phpValue } from './lib/php-value.mjs';
import { zip } from './lib/zip.mjs';

const OUT = 'dist/wordpress';
const PLUGIN = join(OUT, 'b12-widgets');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const modes = (tag) =>
  modeChoices(
    tag,
    WIDGET_EXAMPLES.filter(({ tagName }) => tagName === tag).map(({ example }) => example),
  ).map(([value, label]) => ({ value, label }));

// Each language's words, as lit-localize built them from the XLIFF files.
const templates = Object.fromEntries(await Promise.all(SNIPPET_LANGUAGES.slice(1).map(async (language) => [language, (await import(`../src/generated/locales/${language}.ts`)).templates])));
/** The XLIFF source of each message without placeholders, by id. */
const xliffSources = Object.fromEntries(
  [...readFileSync(`xliff/${SNIPPET_LANGUAGES[1]}.xlf`, 'utf8').matchAll(/<trans-unit id="([^"]+)">\s*<source>([^<]*)<\/source>/g)].map(([, id, text]) => [
    id,
    text.replaceAll('&apos;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&'),
  ]),
);
/**
 * The library's own words in a language: `english` is what its msg() gives in the
 * source language; the translation is the one whose XLIFF source is those same words, so
 * the two cannot part.
 */
function wordsIn(language, english) {
  if (language === SNIPPET_LANGUAGES[0]) return english;
  const id = Object.keys(xliffSources).find((key) => xliffSources[key] === english);
  const words = id && templates[language][id];
  if (!words) throw new Error(`build-wordpress: no ${language} translation of "${english}"; run npm run localize:extract and translate it.`);
  return words;
}
/** Each language's words for one message, by language code. */
const inEveryLanguage = (english) => Object.fromEntries(SNIPPET_LANGUAGES.map((language) => [language, wordsIn(language, english)]));

// What each block and shortcode needs of a widget, from src/widgets.ts. A page with several
// widgets of the combined file loads that file once.
const widgets = WIDGETS.map((widget) => ({
  tag: widget.tag,
  name: widget.name,
  block: `b12-widgets/${widget.name}`,
  shortcode: shortcodeOf(widget),
  title: widget.wordpress.title,
  script: widget.inCombinedFile ? COMBINED_FILE : widget.tag,
  modes: modes(widget.tag),
  defaultMode: widget.defaultMode,
  units: widget.hasUnits,
  fallback: inEveryLanguage(fallbackWords(widget.tag)),
}));

const units = shortUnitsAttributeNames().map(([name, analyte]) => {
  const guidance = defaultProfile.analytes[analyte];
  return { name, labels: inEveryLanguage(analyteName(analyte)), units: acceptedUnits(guidance).map(({ unit }) => unit), default: guidance.canonicalUnit };
});

const scriptFiles = Object.fromEntries([...new Set(widgets.map((widget) => widget.script))].map((handle) => [handle, `${handle}.js`]));
const scripts = Object.fromEntries(Object.entries(scriptFiles).map(([handle, file]) => [handle, { file, languageChunks: languageChunks(readFileSync(join('dist/cdn', file), 'utf8')) }]));

// Each snippet's declarative shadow root, with its files' folder left for PHP to fill in.
const TEMPLATE = /<template shadowrootmode="open">[\s\S]*<\/template>/;
const prerendered = {};
rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(PLUGIN, 'generated/prerendered'), { recursive: true });
for (const [tag, views] of Object.entries(SNIPPET_VIEWS)) {
  for (const view of views) {
    for (const language of SNIPPET_LANGUAGES) {
      const template = readFileSync(snippetPath(tag, view, language), 'utf8').match(TEMPLATE)?.[0];
      const content = template?.replaceAll('href="/b12-widgets/', 'href="{{base}}');
      if (!content || content.split('{{base}}').length !== 2 || content.includes('/b12-widgets/')) {
        throw new Error(`build-wordpress: ${snippetPath(tag, view, language)} is not a snippet with one stylesheet link`);
      }
      const file = `prerendered/${tag}.${view}.${language}.html`;
      writeFileSync(join(PLUGIN, 'generated', file), content);
      prerendered[`${tag}.${view}.${language}`] = file;
    }
  }
}

const languages = SNIPPET_LANGUAGES.map((code) => ({ code, name: LANGUAGE_NAMES[code], locales: WORDPRESS_LOCALES[code] }));
const catalogue = { languages, units, widgets, scripts, prerendered };
// A PHP file returning an array, as core's blocks-json.php: read with the code, no JSON decoding per request.
writeFileSync(
  join(PLUGIN, 'generated/catalogue.php'),
  `<?php\n/**\n * What the plugin offers; written by npm run build (scripts/build-wordpress.mjs). Do not edit.\n *\n * @package B12Widgets\n */\n\ndefined( 'ABSPATH' ) || exit;\n\nreturn ${phpValue(catalogue)};\n`,
);

// The plugin's own files, with the version filled in.
const copyTree = (from, to, transform) => {
  for (const entry of readdirSync(from)) {
    const source = join(from, entry);
    const target = join(to, entry);
    if (statSync(source).isDirectory()) {
      mkdirSync(target, { recursive: true });
      copyTree(source, target, transform);
    } else {
      writeFileSync(target, transform(readFileSync(source)));
    }
  }
};
copyTree('wordpress', PLUGIN, (bytes) => Buffer.from(bytes.toString('utf8').replaceAll('{{version}}', version)));
copyFileSync('LICENSE', join(PLUGIN, 'LICENSE'));

// The plugin's words in each language, from wordpress/languages/b12-widgets-<locale>.po, for
// every WordPress locale of that language: as the JSON wp_set_script_translations() reads
// for the editor script (<domain>-<locale>-<handle>.json), and as the .mo file PHP reads for
// the blocks' titles, descriptions and keywords. The .po files stay in the source only.
const EDITOR_HANDLE = 'b12-widgets-editor';
for (const language of languages.slice(1)) {
  const po = join('wordpress/languages', `b12-widgets-${language.locales[0]}.po`);
  const messages = readPo(readFileSync(po, 'utf8'));
  for (const locale of language.locales) {
    const json = { domain: 'messages', locale_data: { messages: { '': { domain: 'messages', lang: locale }, ...Object.fromEntries(Object.entries(messages).map(([id, text]) => [id, [text]])) } } };
    writeFileSync(join(PLUGIN, 'languages', `b12-widgets-${locale}-${EDITOR_HANDLE}.json`), JSON.stringify(json));
    writeFileSync(join(PLUGIN, 'languages', `b12-widgets-${locale}.mo`), moFile(messages, locale));
  }
  rmSync(join(PLUGIN, 'languages', `b12-widgets-${language.locales[0]}.po`));
}

// The two one-tag files the plugin uses, their stylesheets, their own chunks (no source
// maps) and each language's own copy of them, in a folder named for the version: the
// chunks import the file by its plain address, so a ?ver= query on it would load it
// twice, and the version in the path still makes browsers fetch new files after an update.
const files = join(PLUGIN, 'cdn', version);
mkdirSync(join(files, 'chunks'), { recursive: true });
for (const file of [...Object.values(scriptFiles), ...Object.keys(SNIPPET_VIEWS).map((tag) => `${tag}.css`)]) copyFileSync(join('dist/cdn', file), join(files, file));
const copyChunks = (from, to) => {
  for (const chunk of readdirSync(from)) {
    if (chunk.endsWith('.js') && Object.keys(scriptFiles).some((handle) => chunk.startsWith(`${handle}.`))) copyFileSync(join(from, chunk), join(to, chunk));
  }
};
copyChunks('dist/cdn/chunks', join(files, 'chunks'));
// Each language's own files, for pages whose widgets all speak it (includes/assets.php).
for (const language of SNIPPET_LANGUAGES) {
  mkdirSync(join(files, language, 'chunks'), { recursive: true });
  for (const file of Object.values(scriptFiles)) copyFileSync(join('dist/cdn', language, file), join(files, language, file));
  copyChunks(join('dist/cdn', language, 'chunks'), join(files, language, 'chunks'));
}

// The widgets inside the block editor's iframe. WordPress 6.1 copies only a script's src
// there, not its type="module", so a classic script imports the modules instead
// (includes/blocks.php names it as each block's script in the editor).
writeFileSync(
  join(PLUGIN, 'editor/iframe-widgets.js'),
  `/* Written by npm run build (scripts/build-wordpress.mjs): loads the widgets as modules inside the block editor's iframe. */\n(function (script) {\n  ${JSON.stringify(Object.values(scriptFiles))}.forEach(function (file) {\n    import(new URL('../cdn/${version}/' + file, script.src).href);\n  });\n})(document.currentScript);\n`,
);

const listing = [];
const walk = (folder) => {
  for (const entry of readdirSync(folder).sort()) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) walk(path);
    else listing.push({ name: relative(OUT, path).split('\\').join('/'), data: readFileSync(path) });
  }
};
walk(PLUGIN);
const archive = zip(listing);
writeFileSync(join(OUT, 'b12-widgets.zip'), archive);
console.log(`build-wordpress: wrote ${join(OUT, 'b12-widgets.zip')} (${listing.length} files, ${(archive.length / 1024).toFixed(1)} KiB).`);
