// `npm run build:cdn`: the one-tag files of rollup.config.mjs (five that follow the page's
// language, and the same again for each language), built by one rollup per core, since
// each file is its own build; then the example laboratory profiles beside them. Run `npm run build:npm` first, as `npm run build` does.
import { spawn } from 'node:child_process';
import { cpSync } from 'node:fs';
import { availableParallelism } from 'node:os';

const parts = Math.max(1, Math.min(availableParallelism(), 4));
const rollup = (part) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'node_modules/rollup/dist/bin/rollup', '-c', 'rollup.config.mjs', '--silent'], {
      env: { ...process.env, B12_CDN_PART: `${part}/${parts}` },
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`rollup (part ${part} of ${parts}) exited with ${code}`))));
  });

const started = performance.now();
try {
  await Promise.all(Array.from({ length: parts }, (_, i) => rollup(i + 1)));
} catch (error) {
  console.error(`build:cdn: ${error.message}`);
  process.exit(1);
}
// The example laboratory profiles, to host beside the widgets (test/engine/laboratory.test.ts checks each).
cpSync('src/engine/profiles/laboratories', 'dist/cdn/profiles', { recursive: true });
console.log(`build:cdn: dist/cdn/ built in ${((performance.now() - started) / 1000).toFixed(1)} s by ${parts} rollup processes.`);
