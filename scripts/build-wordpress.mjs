// Part of `npm run build`, after the one-tag files and the snippets: the WordPress plugin.
//
//   dist/wordpress/b12-widgets/       the plugin folder (wordpress/ with the version filled
//                                     in, the one-tag files, block.json per widget, and
//                                     generated/: the catalogue and pre-rendered screens)
//   dist/wordpress/b12-widgets.zip    the same folder, to upload in Plugins > Add New
//
// The catalogue (views, languages, units, scripts) is read from the library's own
// sources, as the embed-code builder reads them, so the blocks offer the same choices.
// Run with tsx: node --import tsx scripts/build-wordpress.mjs
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COFACTOR_CHECKER_EXAMPLES } from '../src/elements/cofactor-checker/cofactor-checker.examples.ts';
import { shortUnitsAttributeNames } from '../src/elements/cofactor-checker/units-attribute.ts';
import { analyteName } from '../src/elements/shared/analyte-names.ts';
import { TREATMENT_PLAN_EXAMPLES } from '../src/elements/treatment-plan/treatment-plan.examples.ts';
import { acceptedUnits, defaultProfile } from '../src/engine/index.ts';
import { LANGUAGE_NAMES } from '../src/i18n/languages.ts';
import { DEFAULT_MODES, languageChunks, modeChoices } from '../demo/embed-snippet.ts';
import { SNIPPET_LANGUAGES, SNIPPET_VIEWS, snippetPath } from './lib/snippets.mjs';
import { zip } from './lib/zip.mjs';

const OUT = 'dist/wordpress';
const PLUGIN = join(OUT, 'b12-widgets');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));


const modes = (tag, examples) => modeChoices(tag, examples).map(([value, label]) => ({ value, label }));

const widgets = [
  {
    tag: 'b12-cofactor-checker',
    name: 'cofactor-checker',
    shortcode: 'b12_cofactor_checker',
    title: 'B12 cofactor checker',
    description: 'Where folate, ferritin, vitamin B6 and B12 results stand, in the reader’s lab units, with the safety warnings that apply. Or the table of levels.',
    keywords: ['vitamin B12', 'folate', 'ferritin', 'blood test'],
    script: 'b12-widgets',
    modes: modes('b12-cofactor-checker', COFACTOR_CHECKER_EXAMPLES),
    defaultMode: DEFAULT_MODES['b12-cofactor-checker'],
    units: true,
    fallback: 'The cofactor checker needs JavaScript. If it does not appear, ask your GP or pharmacist what your blood test results mean.',
  },
  {
    tag: 'b12-treatment-plan',
    name: 'treatment-plan',
    shortcode: 'b12_treatment_plan',
    title: 'B12 treatment plan',
    description: 'The loading and maintenance B12 injections for a cause and symptoms, as a dated plan with a calendar file. Or the table of every cause.',
    keywords: ['vitamin B12', 'injections', 'hydroxocobalamin'],
    script: 'b12-widgets',
    modes: modes('b12-treatment-plan', TREATMENT_PLAN_EXAMPLES),
    defaultMode: DEFAULT_MODES['b12-treatment-plan'],
    units: false,
    fallback: 'The treatment plan needs JavaScript. If it does not appear, ask your GP or nurse about your B12 injections.',
  },
  {
    tag: 'b12-symptom-diary',
    name: 'symptom-diary',
    shortcode: 'b12_symptom_diary',
    title: 'B12 symptom diary',
    description: 'A private record of injections and symptoms that shows whether symptoms come back before the next injection. Kept on the reader’s device only if they choose.',
    keywords: ['vitamin B12', 'symptoms', 'diary'],
    script: 'b12-symptom-diary',
    modes: [],
    defaultMode: '',
    units: false,
    fallback: 'The symptom diary needs JavaScript. If it does not appear, you can keep a diary on paper to show your GP.',
  },
];

const units = shortUnitsAttributeNames().map(([name, analyte]) => {
  const guidance = defaultProfile.analytes[analyte];
  return { name, label: analyteName(analyte), units: acceptedUnits(guidance).map(({ unit }) => unit), default: guidance.canonicalUnit };
});

const scriptFiles = { 'b12-widgets': 'b12-widgets.js', 'b12-symptom-diary': 'b12-symptom-diary.js' };
const scripts = Object.fromEntries(
  Object.entries(scriptFiles).map(([handle, file]) => [handle, { file, languageChunks: languageChunks(readFileSync(join('dist/cdn', file), 'utf8')) }]),
);

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

const languages = SNIPPET_LANGUAGES.map((code) => ({ code, name: LANGUAGE_NAMES[code] }));
const catalogue = { languages, units, widgets: widgets.map(({ keywords, ...widget }) => ({ ...widget, block: `b12-widgets/${widget.name}` })), scripts, prerendered };
writeFileSync(join(PLUGIN, 'generated/catalogue.json'), `${JSON.stringify(catalogue, null, 1)}\n`);

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

for (const widget of widgets) {
  const block = {
    apiVersion: 2,
    name: `b12-widgets/${widget.name}`,
    version,
    title: widget.title,
    category: 'widgets',
    icon: 'heart',
    description: widget.description,
    keywords: widget.keywords,
    textdomain: 'b12-widgets',
    attributes: {
      ...(widget.modes.length ? { mode: { type: 'string', default: widget.defaultMode } } : {}),
      lang: { type: 'string', default: '' },
      ...(widget.units ? { units: { type: 'string', default: '' } } : {}),
      headingLevel: { type: 'string', default: '2' },
    },
    supports: { html: false, align: ['wide', 'full'] },
    editorScript: 'b12-widgets-editor',
  };
  mkdirSync(join(PLUGIN, 'blocks', widget.name), { recursive: true });
  writeFileSync(join(PLUGIN, 'blocks', widget.name, 'block.json'), `${JSON.stringify(block, null, 2)}\n`);
}

// The two one-tag files the plugin uses, their stylesheets, and their own chunks (no
// source maps), in a folder named for the version: the chunks import the file by its plain
// address, so a ?ver= query on it would load it twice, and the version in the path still
// makes browsers fetch new files after an update.
const files = join(PLUGIN, 'cdn', version);
mkdirSync(join(files, 'chunks'), { recursive: true });
for (const file of [...Object.values(scriptFiles), 'b12-cofactor-checker.css', 'b12-treatment-plan.css']) copyFileSync(join('dist/cdn', file), join(files, file));
for (const chunk of readdirSync('dist/cdn/chunks')) {
  if (chunk.endsWith('.js') && Object.keys(scriptFiles).some((handle) => chunk.startsWith(`${handle}.`))) copyFileSync(join('dist/cdn/chunks', chunk), join(files, 'chunks', chunk));
}

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

