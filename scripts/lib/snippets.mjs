// The pre-rendered snippets `npm run build` writes to dist/snippets/: each widget's
// `snippetViews` (src/widgets.ts) in every language. Read by the build, the benchmark and
// the tests. Needs tsx (node --import tsx), as every script that reads src/widgets.ts.
import { readFileSync } from 'node:fs';
import { WIDGETS } from '../../src/widgets.ts';

/** Each widget with pre-rendered views, with its views: { 'b12-cofactor-checker': ['check', 'guide'], … }. */
export const SNIPPET_VIEWS = Object.fromEntries(WIDGETS.filter((widget) => widget.snippetViews.length).map((widget) => [widget.tag, widget.snippetViews]));

/** Every language the widgets speak, as lit-localize.json lists them: the source first. */
const { sourceLocale, targetLocales } = JSON.parse(readFileSync(new URL('../../lit-localize.json', import.meta.url), 'utf8'));
export const SNIPPET_LANGUAGES = [sourceLocale, ...targetLocales];

/** The file of one snippet, relative to the package root. */
export const snippetPath = (widget, view, language) => `dist/snippets/${widget}.${view}.${language}.html`;
