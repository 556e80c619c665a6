// The one-tag files in dist/cdn/, bundled from the npm output in dist/ (so the CDN runs
// exactly the code npm users get; run `npm run build:npm` first, as `npm run build` does),
// one per widget in src/widgets.ts and one for pages with more than one:
//   b12-widgets.js            every widget with `inCombinedFile` (the checker and the plan)
//   b12-<name>.js             one widget each, for pages that need only one; the diary is
//                             only in its own file: it is the one element that can keep
//                             data, and pages without it download none of it
// Each is self-contained (Lit bundled). What a page may not need loads lazily from
// chunks/ beside it: one file per language, holding only the words of that file's
// elements, the profile checker (zod), and the diary's file checker (zod). Of the default
// profile, each file carries only the parts its code reads (profile-parts-this-bundle-reads).
//
// For pages whose language is known in advance (a snippet with a chosen language, a
// WordPress block, a frame), each of those files again per language, in <language>/
// (en-GB/b12-cofactor-checker.js, cy/b12-cofactor-checker.js, …): its words compiled in
// (words-compiled-in), with no message runtime and no language file to load.
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readFileSync } from 'node:fs';
import { profilePartsThisBundleReads } from './scripts/lib/profile-parts-this-bundle-reads.mjs';
import { wordsCompiledIn } from './scripts/lib/words-compiled-in.mjs';
import { wordsOfThisBundle } from './scripts/lib/words-of-this-bundle.mjs';
import { LANGUAGE_CODES } from './src/i18n/languages.ts';
import { COMBINED_FILE, WIDGETS } from './src/widgets.ts';

const entries = {
  [COMBINED_FILE]: 'dist/index.js',
  ...Object.fromEntries(WIDGETS.map((widget) => [widget.tag, `dist/${widget.name}.js`])),
};

/**
 * `desc` in msg() options is a note for translators, read from the source by
 * lit-localize; at run time it is dead weight, so it is cut from the bundle.
 */
const dropTranslatorNotes = () => ({
  name: 'drop-translator-notes',
  transform(code, id) {
    if (!/[\\/]dist[\\/](elements|i18n)[\\/]/.test(id) || !code.includes('desc:')) return null;
    // A quoted string: ', " or `, with its escapes.
    const note = 'desc:\\s*([\'"`])(?:\\\\.|(?!\\1)[^\\\\])*\\1';
    // `msg(text, { desc })`: the whole options argument goes; `{ id, desc }`: the note.
    const alone = new RegExp(`,\\s*\\{\\s*${note}\\s*,?\\s*\\}`, 'g');
    const after = new RegExp(`,\\s*${note}`, 'g');
    return { code: code.replace(alone, '').replace(after, ''), map: null };
  },
});

/**
 * A profile's `note` fields are for clinicians reading the profile (the npm package keeps
 * them); no widget shows them, so the one-tag files leave them out.
 */
const dropProfileNotes = () => ({
  name: 'drop-profile-notes',
  transform(code, id) {
    if (!/[\\/]dist[\\/]engine[\\/]profiles[\\/]/.test(id)) return null;
    return { code: code.replace(/,?\s*note:\s*'(?:\\.|[^'\\])*'/g, ''), map: null };
  },
});

/**
 * The default profile carries the diary's symptom list and the NHS page it cites. Only
 * the diary reads them, so the other one-tag files leave both out: a page without the
 * diary downloads none of it. (Both go together, so every source the list cites is there.)
 */
const diaryDataOnlyWithTheDiary = (input) => ({
  name: 'diary-data-only-with-the-diary',
  transform(code, id) {
    if (input === entries['b12-symptom-diary']) return null;
    const drop = (pattern, what) => {
      if (!pattern.test(code)) this.error(`diary-data-only-with-the-diary: ${what} not found in ${id}; update the pattern`);
      return code.replace(pattern, '');
    };
    if (/[\\/]dist[\\/]engine[\\/]profiles[\\/]uk-default\.js$/.test(id)) return { code: drop(/\n\s*diary: \{\n[\s\S]*?\n    \},(?=\n\}\);)/, 'the diary list'), map: null };
    if (/[\\/]dist[\\/]engine[\\/]sources\.js$/.test(id)) return { code: drop(/\n    'nhs-b12-symptoms': \{[\s\S]*?\n    \},/, 'the NHS symptoms source'), map: null };
    return null;
  },
});

/**
 * tsc writes its decorator helper into every file that uses decorators; in the bundle
 * one copy, from tslib, does for all of them.
 */
const oneDecoratorHelper = () => ({
  name: 'one-decorator-helper',
  transform(code, id) {
    if (!/[\\/]dist[\\/]elements[\\/]/.test(id) || !code.startsWith('var __decorate = (this && this.__decorate) ||')) return null;
    return { code: code.replace(/^var __decorate = [\s\S]*?\n};\n/, "import { __decorate } from 'tslib';\n"), map: null };
  },
});

/** One one-tag file: `language` for one with its words compiled in, none for one that follows the page. */
const oneTagFile = (name, input, language) => ({
  input: { [name]: input },
  output: {
    dir: language ? `dist/cdn/${language}` : 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    // Chunks are named after their bundle, so the builds never share a chunk.
    chunkFileNames: `chunks/${name}.[name]-[hash].js`,
    sourcemap: true,
  },
  // Lets the lazily loaded chunks import from the entry, so the one tag stays one file.
  preserveEntrySignatures: 'allow-extension',
  treeshake: {
    // The engine is pure by design, and of @lit/localize only msg and str are used:
    // saying so lets rollup drop zod unless a page parses a profile, and lit-localize's
    // runtime-mode code, which a module-level statement would otherwise keep.
    moduleSideEffects: (id) => !/[\\/]dist[\\/]engine[\\/]/.test(id) && !/[\\/]@lit[\\/]localize[\\/]/.test(id),
  },
  onwarn(warning, warn) {
    // zod's own internal import cycle; harmless and not ours to fix.
    if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules[\\/]zod/.test(warning.message)) return;
    if (warning.code === 'INVALID_ANNOTATION' && /node_modules[\\/]zod/.test(warning.id ?? '')) return;
    // tsc's decorator helper reads `this` at module level, which is undefined in ESM; it copes.
    if (warning.code === 'THIS_IS_UNDEFINED' && /__decorate/.test(warning.frame ?? '')) return;
    warn(warning);
  },
  plugins: [
    nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
    dropTranslatorNotes(),
    oneDecoratorHelper(),
    dropProfileNotes(),
    diaryDataOnlyWithTheDiary(input),
    language ? wordsCompiledIn(language, LANGUAGE_CODES[0]) : wordsOfThisBundle(input),
    profilePartsThisBundleReads(),
    // Terser leaves template strings alone; this minifies the HTML and CSS inside Lit's html`` and css``.
    minifyHTML(),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
});

/**
 * The frame page, dist/cdn/frame/ (src/frame/): its loader, which reads the address and
 * loads a one-tag file from the folder above it, and its page and stylesheet; and, alone,
 * the one-line listener a page around frames may add (a classic script, no module
 * needed). Inside dist/cdn/, so that the one folder an editor hosts serves the frames too.
 */
const framePart = (name, format, assets = []) => ({
  input: { [name]: `src/frame/${name}.ts` },
  output: { dir: 'dist/cdn/frame', format, entryFileNames: '[name].js' },
  plugins: [
    // Type-checked with the rest of src/ by `npm run lint`; here only compiled.
    typescript({
      tsconfig: false,
      include: ['src/frame/*.ts', 'src/widgets.ts', 'src/i18n/languages.ts', 'src/generated/locale-codes.ts'],
      compilerOptions: { target: 'ES2022', module: 'ES2022', moduleResolution: 'bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'], strict: true, skipLibCheck: true, types: [] },
      noForceEmit: false,
    }),
    nodeResolve(),
    terser({ ecma: 2022, module: format === 'es', format: { comments: false } }),
    {
      name: 'frame-page',
      buildStart() {
        for (const asset of assets) this.emitFile({ type: 'asset', fileName: asset, source: readFileSync(`src/frame/${asset}`) });
      },
    },
  ],
});

const everyFile = [
  framePart('frame', 'es', ['index.html', 'frame.css']),
  framePart('listen', 'iife'),
  ...Object.entries(entries).map(([name, input]) => oneTagFile(name, input)),
  ...LANGUAGE_CODES.flatMap((language) => Object.entries(entries).map(([name, input]) => oneTagFile(name, input, language))),
];

// `B12_CDN_PART=2/3` builds the second of three shares, so scripts/build-cdn.mjs can run
// one rollup per core: each file is its own build, so they share nothing.
const [part, parts] = (process.env.B12_CDN_PART ?? '1/1').split('/').map(Number);
export default everyFile.filter((_, index) => index % parts === part - 1);
