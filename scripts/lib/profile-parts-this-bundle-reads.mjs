// A rollup plugin for the one-tag files: the default profile in each keeps only the parts
// that file's code reads. The checker reads the tests' bands (`analytes`), the plan the
// regimens (`plans`), the diary neither; so a page downloads only the figures its widget
// can show. The npm build keeps the whole profile (a page's own bundler decides).
//
// What is read is found in the code rollup kept after tree-shaking, in every chunk of the
// build (the entry and what it loads lazily): a property read (`profile.plans`,
// `profile['plans']`), a destructuring (`const { plans } = profile`) or an `in` test. A
// part nothing reads goes; one that is read stays whole. An object literal that merely has
// a key of that name (a warning's `analytes` list) is not a read.
import MagicString from 'magic-string';
import { nodesOf } from './estree-nodes.mjs';

/** The parts of a profile that only some widgets read. */
const OPTIONAL_PARTS = ['analytes', 'plans'];
const DEFAULT_PROFILE_ID = 'uk-default';
/** The default profile's name in the code (src/engine/profiles/uk-default.ts). */
const PROFILE_BINDING = /^defaultProfile(\$\d+)?$/;

const keyName = (node) => (node.type === 'Identifier' ? node.name : node.type === 'Literal' ? node.value : undefined);

/** The names of OPTIONAL_PARTS that this syntax tree reads. */
function partsRead(ast) {
  const read = new Set();
  for (const node of nodesOf(ast)) {
    if (node.type === 'MemberExpression') {
      read.add(node.computed ? keyName(node.property) : node.property.name);
    } else if (node.type === 'ObjectPattern') {
      for (const property of node.properties) if (property.type === 'Property') read.add(keyName(property.key));
    } else if (node.type === 'BinaryExpression' && node.operator === 'in') {
      read.add(keyName(node.left));
    }
  }
  return new Set(OPTIONAL_PARTS.filter((part) => read.has(part)));
}

/** The default profile's object literal: the one whose `id` is DEFAULT_PROFILE_ID. */
function defaultProfileLiteral(ast) {
  return [...nodesOf(ast)].find(
    (node) => node.type === 'ObjectExpression' && node.properties.some((p) => p.type === 'Property' && keyName(p.key) === 'id' && p.value.type === 'Literal' && p.value.value === DEFAULT_PROFILE_ID),
  );
}

export function profilePartsThisBundleReads() {
  return {
    name: 'profile-parts-this-bundle-reads',
    renderChunk(code, chunk, _options, { chunks }) {
      // Only the chunk holding the profile is parsed; the language files are not.
      if (!code.includes(DEFAULT_PROFILE_ID)) return null;
      const profile = defaultProfileLiteral(this.parse(code));
      if (!profile) return null;
      // A chunk loaded lazily counts when its code, as kept, names the default profile. One
      // that does not (the profile checker, the diary file checker) is only ever given what
      // a page or a file supplies.
      const trees = Object.values(chunks).flatMap((other) =>
        Object.entries(other.modules)
          // Only our own code reads a profile; Lit never does.
          .filter(([id, module]) => module.code && !/node_modules/.test(id))
          .map(([, module]) => ({ chunk: other, ast: this.parse(module.code) })),
      );
      const seeing = new Set(trees.filter(({ ast }) => [...nodesOf(ast)].some((node) => node.type === 'Identifier' && PROFILE_BINDING.test(node.name))).map((tree) => tree.chunk));
      seeing.add(chunk);
      const read = new Set(trees.filter((tree) => seeing.has(tree.chunk)).flatMap(({ ast }) => [...partsRead(ast)]));
      const { properties } = profile;
      const dropped = properties.filter((p) => p.type === 'Property' && OPTIONAL_PARTS.includes(keyName(p.key)) && !read.has(keyName(p.key)));
      if (dropped.length === 0) return null;
      const edited = new MagicString(code);
      for (const property of dropped) {
        const index = properties.indexOf(property);
        // With the comma that follows it (or, for the last, the one before it).
        if (index < properties.length - 1) edited.remove(property.start, properties[index + 1].start);
        else edited.remove(properties[index - 1].end, property.end);
      }
      return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
  };
}
