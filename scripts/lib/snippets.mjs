// The pre-rendered snippets `npm run build` writes to dist/snippets/: each widget's views
// and the six languages. Read by the build, the benchmark and the tests.
export const SNIPPET_VIEWS = {
  'b12-cofactor-checker': ['check', 'guide'],
  'b12-treatment-plan': ['plan', 'table'],
};
export const SNIPPET_LANGUAGES = ['en-GB', 'cy', 'es', 'pl', 'ro', 'ur'];

/** The file of one snippet, relative to the package root. */
export const snippetPath = (widget, view, language) => `dist/snippets/${widget}.${view}.${language}.html`;
