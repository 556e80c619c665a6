// What an editor pastes: a script tag with its integrity hash and the element with its
// attributes, its pre-rendered content and fallback content. Pure string building, read
// by the embed-code builder, the snippet build (dist/snippets/) and the WordPress build.
import type { WidgetExample } from '../elements/shared/widget-example.js';
import { fixedLanguage } from '../i18n/languages.js';
import { COMBINED_FILE, widgetOf, type WidgetTag } from '../widgets.js';

export interface EmbedChoices {
  widget: WidgetTag;
  /** Every widget of the combined file from it (b12-widgets.js), or only the chosen one's file. */
  bothElements: boolean;
  mode: string;
  lang: string;
  /** `units` attribute pairs, such as { folate: 'nmol/L' }; only the ones that differ from the default. */
  units: Record<string, string>;
  headingLevel: string;
  /** Custom properties to set, such as { '--b12-colour-link': '#6a1b9a' }. */
  theme: Record<string, string>;
  /** Dark colours where the reader prefers dark: the element declares `color-scheme: light dark`. */
  darkMode?: boolean;
  /** Where the editor hosts the contents of dist/cdn/, ending in a slash. */
  base: string;
  /** Where the editor hosts their laboratory's profile, made by the builder's profile maker. */
  profileSrc?: string;
  fallback: string;
}

/** The `mode` a widget shows when none is given (a widget with one view names it too). */
export const defaultModeOf = (widget: WidgetTag): string => widgetOf(widget)?.defaultMode ?? '';

/** The views on offer, as [value, label]: the examples declared beside each element as builder choices. Read by the builder and the WordPress blocks. */
export const modeChoices = (widget: WidgetTag, examples: readonly WidgetExample[]): [value: string, label: string][] =>
  examples.filter((example) => example.builderChoice).map((example) => [example.attributes.mode ?? defaultModeOf(widget), example.builderChoice!]);

/** Text safe inside an element or a double-quoted attribute. */
export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The file a page loads for these choices. With a chosen language, that language's own
 * file: its words compiled in, no other language's and no language file to fetch. With
 * the page's language, the file that follows it, which loads the words it needs.
 */
export function scriptFile(choices: Pick<EmbedChoices, 'widget' | 'bothElements' | 'lang'>): string {
  const file = choices.bothElements && widgetOf(choices.widget)?.inCombinedFile ? `${COMBINED_FILE}.js` : `${choices.widget}.js`;
  const language = fixedLanguage(choices.lang);
  return language ? `${language}/${file}` : file;
}

/** The stylesheet of the pre-rendered content: the element's own styles, as a file beside the script. */
export function stylesheetFile(widget: WidgetTag): string {
  return `${widget}.css`;
}

/** The view a reader gets instead of a form view when JavaScript is off (the same facts, as a table); undefined when it has none. */
export const tableInsteadOf = (widget: WidgetTag, mode: string): string | undefined => (widgetOf(widget)?.tableInstead as Record<string, string> | undefined)?.[mode];

/** The widget's first state as markup (see prerender.ts), and the table that stands in for a form without JavaScript. */
export interface Prerendered {
  content: string;
  noScript?: string;
}

/** What the builder read from the hosted files: integrity hashes, and the language file the script will load. */
export interface HostedFiles {
  scriptIntegrity?: string;
  stylesheetIntegrity?: string;
  /** Path of the language chunk, relative to the folder, such as `chunks/b12-cofactor-checker.cy-BDGx0Bcn.js`. */
  languageChunk?: string;
}

/** The language files a one-tag file loads, by language, as the file itself names them. */
export function languageChunks(script: string): Record<string, string> {
  return Object.fromEntries([...script.matchAll(/import\("\.\/(chunks\/[\w-]+\.([a-z]{2,3})-[\w-]+\.js)"\)/g)].map(([, path, language]) => [language, path]));
}

/** The element's attributes, in a stable order, leaving out defaults. */
export function elementAttributes(choices: EmbedChoices): [string, string][] {
  const attributes: [string, string][] = [];
  if (choices.mode && choices.mode !== defaultModeOf(choices.widget)) attributes.push(['mode', choices.mode]);
  const units = Object.entries(choices.units).map(([test, unit]) => `${test}:${unit}`);
  if (widgetOf(choices.widget)?.hasUnits && units.length) attributes.push(['units', units.join(' ')]);
  if (choices.lang) attributes.push(['lang', choices.lang]);
  if (choices.headingLevel && choices.headingLevel !== '2') attributes.push(['heading-level', choices.headingLevel]);
  if (choices.profileSrc) attributes.push(['profile-src', choices.profileSrc]);
  return attributes;
}

/*
 * A font-family list: family names, each quoted or a run of letters, digits, spaces,
 * hyphens and underscores, separated by commas. Nothing else reaches the editor's page:
 * the value goes into a <style> block there, where "</style>", ";", "{", "\" or url()
 * would let it end the block or restyle the whole page.
 */
const FAMILY = String.raw`(?:"[^"\\<>\n;{}]*"|'[^'\\<>\n;{}]*'|[\p{L}\p{N}_ -]+)`;
const FONT_FAMILY_LIST = new RegExp(String.raw`^\s*${FAMILY}\s*(?:,\s*${FAMILY}\s*)*$`, 'u');
const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** Why a Font value is refused, in words for the editor; undefined when it is a font-family list. */
export function fontFamilyProblem(value: string): string | undefined {
  if (value.length <= 200 && FONT_FAMILY_LIST.test(value)) return undefined;
  return 'Font names can hold letters, numbers, spaces, hyphens, commas and quotes only, like "Frutiger W01", Arial, sans-serif. This one is not used.';
}

/** Only values that are what they say: a hex colour for a colour, a font-family list for the font. */
function safeThemeValue(name: string, value: string): boolean {
  return name === '--b12-font-family' ? fontFamilyProblem(value) === undefined : HEX_COLOUR.test(value);
}

const integrityAttributes = (hash: string | undefined) => (hash ? ` integrity="${hash}" crossorigin="anonymous"` : '');

/*
 * The pre-rendered content as a declarative shadow root, painted with the page before any
 * script runs; the element takes it over when its script has loaded. Its styles come from
 * a file, as a strict Content-Security-Policy allows. Beside a form view it holds the same
 * guidance as a table: without JavaScript, or when the script never comes, the table
 * shows in the form's place (see prerenderedStyles). Not in <noscript>: with scripting on,
 * a browser keeps what is in <noscript> as text, so a failed script could not show it.
 */
function shadowRoot(choices: EmbedChoices, files: HostedFiles, prerendered: Prerendered): string {
  const href = `${choices.base}${stylesheetFile(choices.widget)}`;
  const noScript = prerendered.noScript ? `<div class="without-script" hidden>${prerendered.noScript}</div>` : '';
  return `\n  <template shadowrootmode="open"><link rel="stylesheet" href="${escapeHtml(href)}"${integrityAttributes(files.stylesheetIntegrity)}>${prerendered.content}${noScript}</template>`;
}

/**
 * The snippet to paste: the style block (only with a theme or dark mode), the script tag and the
 * element. A language file the script will load (none for a file with its words compiled
 * in) is preloaded beside it, which would otherwise ask for it only once it has run: one
 * round trip less before the widget can be used.
 */
export function embedSnippet(choices: EmbedChoices, files: HostedFiles, prerendered?: Prerendered): string {
  const src = `${choices.base}${scriptFile(choices)}`;
  const attributes = elementAttributes(choices)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const declarations = [
    ...(choices.darkMode ? ['color-scheme: light dark'] : []),
    ...Object.entries(choices.theme)
      .filter(([name, value]) => safeThemeValue(name, value))
      .map(([name, value]) => `${name}: ${value}`),
  ];
  const style = declarations.length ? `<style>\n  ${choices.widget} {\n${declarations.map((declaration) => `    ${declaration};`).join('\n')}\n  }\n</style>\n` : '';
  const preload = files.languageChunk ? `<link rel="modulepreload" href="${escapeHtml(choices.base + files.languageChunk)}">\n` : '';
  return `${style}<script type="module" src="${escapeHtml(src)}"${integrityAttributes(files.scriptIntegrity)}></script>
${preload}<${choices.widget}${attributes}>${prerendered ? shadowRoot(choices, files, prerendered) : ''}
  <p>${escapeHtml(choices.fallback)}</p>
</${choices.widget}>`;
}

/** A Subresource Integrity value (sha384) for a file's bytes. */
export async function integrityOf(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}
