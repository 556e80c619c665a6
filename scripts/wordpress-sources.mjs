// `npm run docs`: writes the WordPress plugin's committed files that follow from the
// library's own lists, so they sit in wordpress/ as WordPress's tools would leave them:
//
//   wordpress/blocks/<name>/block.json   one block per widget in src/widgets.ts
//   wordpress/blocks/<name>/render.php   (block.json's "render", as create-block writes it)
//   wordpress/languages/b12-widgets.pot  the plugin's words, for translators: the editor
//                                        script's strings, the blocks' titles, descriptions
//                                        and keywords (block.json), and the views' names
//
// `--check` fails when a committed file differs from what this would write (CI runs it
// through test/static/wordpress-sources.test.mjs). The build fills in {{version}}.
// Run with tsx: node --import tsx scripts/wordpress-sources.mjs [--check]
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WIDGET_EXAMPLES } from '../src/elements/examples.ts';
import { WIDGETS } from '../src/widgets.ts';

/** Whether the widget's examples offer the builder more than one view. */
const hasViewChoice = (widget) => WIDGET_EXAMPLES.filter(({ tagName, example }) => tagName === widget.tag && example.builderChoice).length > 1;

/** Each file this writes: path and text. */
export function wordpressSources() {
  const files = [];
  for (const widget of WIDGETS) {
    const block = {
      apiVersion: 3,
      name: `b12-widgets/${widget.name}`,
      version: '{{version}}',
      title: widget.wordpress.title,
      category: 'widgets',
      icon: 'heart',
      description: widget.wordpress.description,
      keywords: widget.wordpress.keywords,
      textdomain: 'b12-widgets',
      attributes: {
        // A view to choose only where there is a choice: the diary has one view.
        ...(hasViewChoice(widget) ? { mode: { type: 'string', default: widget.defaultMode } } : {}),
        lang: { type: 'string', default: '' },
        ...(widget.hasUnits ? { units: { type: 'string', default: '' } } : {}),
        headingLevel: { type: 'string', default: '2' },
      },
      supports: { html: false, align: ['wide', 'full'] },
      editorScript: 'b12-widgets-editor',
      render: 'file:./render.php',
    };
    files.push({ path: `wordpress/blocks/${widget.name}/block.json`, text: `${JSON.stringify(block, null, '\t')}\n` });
    files.push({ path: `wordpress/blocks/${widget.name}/render.php`, text: renderPhp(widget) });
  }
  files.push({ path: 'wordpress/languages/b12-widgets.pot', text: pot(pluginStrings()) });
  return files;
}

const renderPhp = (widget) => `<?php
/**
 * The ${widget.wordpress.title} block on the page: the element, made from the block's
 * choices at render time (see includes/element.php). Written by \`npm run docs\` from
 * src/widgets.ts.
 *
 * @package B12Widgets
 * @var array<string, mixed> $attributes The block's choices.
 */

defined( 'ABSPATH' ) || exit;

echo '<div ' . get_block_wrapper_attributes() . '>' . b12_widgets_element( '${widget.tag}', $attributes ) . '</div>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- every value in it is escaped where it is made.
`;

/**
 * Every string of the plugin a translator translates, once each, as [context, text]:
 * the editor script's own; each block's title, description and keywords, in the
 * contexts WordPress translates block.json with; and the views the editor offers, which
 * the editor script passes to __() by value.
 */
export function pluginStrings() {
  const seen = new Set();
  const strings = [];
  const add = (context, text) => {
    const key = `${context}\u0004${text}`;
    if (seen.has(key)) return;
    seen.add(key);
    strings.push([context, text]);
  };
  for (const text of editorStrings()) add('', text);
  for (const text of settingsStrings()) add('', text);
  for (const { example } of WIDGET_EXAMPLES) if (example.builderChoice) add('', example.builderChoice);
  for (const widget of WIDGETS) {
    add('block title', widget.wordpress.title);
    add('block description', widget.wordpress.description);
    for (const keyword of widget.wordpress.keywords) add('block keyword', keyword);
  }
  return strings;
}

/** Every string the plugin's PHP passes to __(), esc_html__() or esc_html_e() in its text domain (the settings page), in order, once each. */
export function settingsStrings() {
  const source = readdirSync('wordpress/includes')
    .filter((file) => file.endsWith('.php'))
    .sort()
    .map((file) => readFileSync(`wordpress/includes/${file}`, 'utf8'))
    .join('\n');
  const calls = [...source.matchAll(/\b(?:__|esc_html__|esc_html_e)\(\s*'((?:\\.|[^'])*)'\s*,\s*'b12-widgets'\s*\)/g)];
  return [...new Set(calls.map(([, text]) => text.replaceAll("\\'", "'")))];
}

/** Every string the editor script passes to __() in the plugin's text domain, in order, once each. */
export function editorStrings() {
  const source = readFileSync('wordpress/editor/blocks.js', 'utf8');
  const calls = [...source.matchAll(/__\(\s*(['"])((?:\\.|(?!\1).)*)\1\s*,\s*'b12-widgets'\s*\)/g)];
  return [...new Set(calls.map(([, quote, text]) => text.replaceAll(`\\${quote}`, quote)))];
}

const poString = (text) => `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
const pot = (strings) =>
  [
    "# The B12 widgets plugin's strings. Written by `npm run docs` from editor/blocks.js and includes/*.php.",
    '# Translations: wordpress/languages/b12-widgets-<locale>.po (the build turns them into the',
    '# JSON files wp_set_script_translations() reads).',
    'msgid ""',
    'msgstr ""',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '"X-Domain: b12-widgets\\n"',
    '',
    ...strings.flatMap(([context, text]) => [...(context ? [`msgctxt ${poString(context)}`] : []), `msgid ${poString(text)}`, 'msgstr ""', '']),
  ].join('\n');

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const stale = [];
  for (const { path, text } of wordpressSources()) {
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (current === text) continue;
    if (check) stale.push(path);
    else {
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, text);
      console.log(`wordpress-sources: wrote ${path}`);
    }
  }
  if (stale.length) {
    console.error(`wordpress-sources: out of date: ${stale.join(', ')}. Run "npm run docs".`);
    process.exit(1);
  }
}
