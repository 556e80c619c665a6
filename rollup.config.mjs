// The one-tag bundle: dist/cdn/b12-widgets.js, a self-contained module (Lit bundled)
// that registers both elements. npm output is plain `tsc` (see tsconfig.build.json), so
// that each module stays its own file and no helpers are copied in.
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

export default {
  input: { 'b12-widgets': 'src/index.ts' },
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  // Lets the lazily loaded schema chunk import from the entry, so the one tag stays one file.
  preserveEntrySignatures: 'allow-extension',
  treeshake: {
    // The engine is pure by design: no engine module does anything on import. Saying so
    // lets rollup drop the zod schema unless a page's code actually parses a profile.
    moduleSideEffects: (id) => !/[\\/]src[\\/]engine[\\/]/.test(id),
  },
  plugins: [
    nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
    typescript({
      tsconfig: 'tsconfig.build.json',
      outDir: 'dist/cdn',
      declaration: false,
      declarationMap: false,
    }),
    // Terser leaves template strings alone; this minifies the HTML and CSS inside Lit's html`` and css``.
    // heading.ts builds its tag with lit/static-html, which the minifier cannot parse.
    minifyHTML({ exclude: ['**/elements/shared/heading.ts'] }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
