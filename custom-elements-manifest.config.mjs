// `npm run build:manifest`: dist/custom-elements.json, read from the JSDoc on the element
// classes, for editors' IDEs, Storybook-like tools and the README's reference tables.
export default {
  globs: ['src/elements/*/*.component.ts', 'src/elements/shared/widget-element.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // `emit(name, detail)` dispatches whatever event it is given; the real events are
      // the ones each element documents with @fires.
      name: 'b12-only-documented-events',
      packageLinkPhase({ customElementsManifest }) {
        // The analyzer lists files in the order the file system gives them, which differs
        // between machines: sorted, the manifest (and the README made from it) is the same everywhere.
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name !== 'name');
          }
        }
      },
    },
  ],
};
