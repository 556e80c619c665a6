// The whole snippet for a set of choices, as the embed-code builder shows it and the
// snippet build writes it: the built files read for their integrity hashes and language
// file, and the widget pre-rendered in the page that calls it. Runs in a browser with the
// widgets' one-tag files loaded.
import { widgetOf } from '../widgets.js';
import { elementAttributes, embedSnippet, integrityOf, languageChunks, scriptFile, stylesheetFile, tableInsteadOf, type EmbedChoices, type Prerendered } from './embed-snippet.js';
import { prerender } from './prerender.js';

/** A built file as the snippet needs it: its integrity hash, and the language files it names. */
interface BuiltFile {
  integrity: string;
  languageChunks: Record<string, string>;
}

const builtFiles = new Map<string, Promise<BuiltFile | undefined>>();

/** A file of dist/cdn/, read once per page; undefined when it is not there (no build yet). */
function builtFile(folder: string, file: string): Promise<BuiltFile | undefined> {
  const url = `${folder}${file}`;
  if (!builtFiles.has(url)) {
    builtFiles.set(
      url,
      fetch(url).then(
        async (response) => {
          if (!response.ok) return undefined;
          const bytes = await response.arrayBuffer();
          return { integrity: await integrityOf(bytes), languageChunks: languageChunks(new TextDecoder().decode(bytes)) };
        },
        () => undefined,
      ),
    );
  }
  return builtFiles.get(url)!;
}

/** The first screen for these choices, and the table that stands in for a form without JavaScript; none for a widget without pre-rendered views. */
async function prerendered(chosen: EmbedChoices, profile: unknown): Promise<Prerendered | undefined> {
  if (!widgetOf(chosen.widget)?.snippetViews.length) return undefined;
  const attributes = elementAttributes(chosen);
  const tableMode = tableInsteadOf(chosen.widget, chosen.mode);
  const tableAttributes = [['mode', tableMode ?? ''] as const, ...attributes.filter(([name]) => name !== 'mode')];
  const [content, noScript] = await Promise.all([prerender(chosen.widget, attributes, profile), tableMode ? prerender(chosen.widget, tableAttributes, profile) : undefined]);
  return { content, noScript };
}

export interface Snippet {
  text: string;
  /** The one-tag file it loads, and whether it was found (so the snippet has its integrity hash). */
  file: string;
  found: boolean;
}

/**
 * The snippet for these choices, with the built files read from `builtFolder` (the page's
 * copy of dist/cdn/), and pre-rendered with `profile`, the one `chosen.profileSrc` will serve.
 */
export async function snippetFor(chosen: EmbedChoices, builtFolder = '/dist/cdn/', profile?: unknown): Promise<Snippet> {
  const file = scriptFile(chosen);
  // A widget without pre-rendered views has no stylesheet file to link.
  const hasStylesheet = Boolean(widgetOf(chosen.widget)?.snippetViews.length);
  const [script, stylesheet, content] = await Promise.all([
    builtFile(builtFolder, file),
    hasStylesheet ? builtFile(builtFolder, stylesheetFile(chosen.widget)) : undefined,
    prerendered(chosen, profile),
  ]);
  const files = { scriptIntegrity: script?.integrity, stylesheetIntegrity: stylesheet?.integrity, languageChunk: script?.languageChunks[chosen.lang] };
  return { text: embedSnippet(chosen, files, content), file, found: script !== undefined };
}

/** The builder's choices as a new editor finds them, for one widget, view and language: what dist/snippets/ holds. */
export const defaultChoices = (widget: EmbedChoices['widget'], mode: string, lang: string): EmbedChoices => ({
  widget,
  bothElements: false,
  mode,
  lang,
  units: {},
  headingLevel: '2',
  theme: {},
  darkMode: false,
  base: '/b12-widgets/',
  fallback: 'Loading the B12 widget…',
});
