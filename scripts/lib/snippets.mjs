// The pre-rendered snippets `npm run build` writes to dist/snippets/: each widget's views
// and every language. Read by the build, the benchmark and the tests.
import { readFileSync } from 'node:fs';
export const SNIPPET_VIEWS = {
  'b12-cofactor-checker': ['check', 'guide'],
  'b12-treatment-plan': ['plan', 'table'],
};
/** Every language the widgets speak, as lit-localize.json lists them: the source first. */
const { sourceLocale, targetLocales } = JSON.parse(readFileSync(new URL('../../lit-localize.json', import.meta.url), 'utf8'));
export const SNIPPET_LANGUAGES = [sourceLocale, ...targetLocales];

/** The file of one snippet, relative to the package root. */
export const snippetPath = (widget, view, language) => `dist/snippets/${widget}.${view}.${language}.html`;
