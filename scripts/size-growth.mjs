// `npm run size`, after size-limit's budgets: every file a page can download from
// dist/cdn/ (scripts and stylesheets, each language file included) against the sizes
// recorded in .size-snapshot.json. It fails when any file grew, and when one shrank, was
// added or went without the record saying so, so that the record is always what is
// built and the next growth cannot hide under an old figure. `npm run size:update`
// records the sizes of the current build, to be committed with the change that made
// them, whose message says why.
//
// Sizes are gzip at level 9, as a server sends them. Chunk names carry a content hash;
// it is replaced by a fixed one, in the names and in the imports that name them, so a
// change to one file does not move another's size.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = 'dist/cdn';
const SNAPSHOT = '.size-snapshot.json';
/** A chunk's name: `<bundle>.<name>-<hash>.js`, as rollup.config.mjs names them. */
const HASHED_CHUNK = /(b12-[\w-]+\.[\w-]+?)-[\w-]{8}(?=\.js)/g;

function* filesUnder(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (/\.(js|css)$/.test(entry.name)) yield path;
  }
}

/** { 'chunks/b12-widgets.cy.js': gzip bytes, … } for the current build. */
function measure() {
  const sizes = {};
  for (const path of filesUnder(ROOT)) {
    const name = relative(ROOT, path).replaceAll('\\', '/').replace(HASHED_CHUNK, '$1');
    const text = readFileSync(path, 'utf8').replace(HASHED_CHUNK, '$1-00000000');
    sizes[name] = gzipSync(text, { level: 9 }).length;
  }
  return Object.fromEntries(Object.entries(sizes).sort(([a], [b]) => a.localeCompare(b)));
}

let built;
try {
  built = measure();
} catch (error) {
  console.error(`size-growth: cannot read ${ROOT} (${error.message}); run \`npm run build\` first.`);
  process.exit(1);
}

if (process.argv.includes('--update')) {
  writeFileSync(SNAPSHOT, `${JSON.stringify(built, null, 2)}\n`);
  console.log(`Recorded the gzip size of ${Object.keys(built).length} files in ${SNAPSHOT}.`);
  process.exit(0);
}

const recorded = JSON.parse(readFileSync(SNAPSHOT, 'utf8'));
const names = [...new Set([...Object.keys(recorded), ...Object.keys(built)])].sort();
const changes = names.flatMap((name) => {
  const before = recorded[name];
  const now = built[name];
  if (before === now) return [];
  if (before === undefined) return [`${name}: new, ${now} B, not recorded`];
  if (now === undefined) return [`${name}: recorded at ${before} B, no longer built`];
  return [`${name}: ${before} -> ${now} B (${now > before ? 'grew' : 'shrank'} by ${Math.abs(now - before)} B)`];
});

if (changes.length) {
  console.error(`Sizes differ from ${SNAPSHOT}:\n  ${changes.join('\n  ')}`);
  console.error('A file that grew needs a reason: make it smaller, or record the sizes with `npm run size:update` and say why in the commit.');
  process.exit(1);
}
console.log(`Every one of the ${names.length} files in ${ROOT}/ is the size ${SNAPSHOT} records (gzip).`);
