// `npm run build:manifest`: dist/custom-elements.json, read from the JSDoc on the element
// classes, for editors' IDEs, Storybook-like tools and the README's reference tables.
export default {
  globs: ['src/elements/*/*.component.ts', 'src/elements/shared/widget-element.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // The analyzer lists files in the order the file system gives them, which differs
      // between machines: sorted, the manifest (and the README made from it) is the same everywhere.
      name: 'b12-sorted-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
