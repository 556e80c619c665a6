// `npm run localize:build`: lit-localize's build, then the entity fix of
// scripts/lib/unescape-locales.mjs on each generated language module.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unescapeLocaleModule } from './lib/unescape-locales.mjs';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
execFileSync(process.execPath, [resolve('node_modules/@lit/localize-tools/bin/lit-localize.js'), 'build'], { stdio: 'inherit' });
for (const file of readdirSync(config.output.outputDir)) {
  const path = join(config.output.outputDir, file);
  writeFileSync(path, unescapeLocaleModule(readFileSync(path, 'utf8')));
}
