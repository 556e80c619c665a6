#!/usr/bin/env node
// Makes sure what the tests run on is installed: the three browsers (Chromium, Firefox
// ESR, WebKitGTK's driver, and Xvfb for WebKit's window) and, for the WordPress plugin's
// tests, WordPress with MariaDB and PHP. They come from Debian packages, because test
// tools cannot download browsers on these machines. Installs only what is missing, and
// says so before it does.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEBIAN_PACKAGES } from './lib/debian-packages.mjs';

// `setup.mjs chromium` installs only Chromium: the build pre-renders the snippets in it.
const wanted = process.argv.slice(2);
const missing = DEBIAN_PACKAGES.filter(({ path, pkg }) => (wanted.length === 0 || wanted.includes(pkg)) && !existsSync(path)).map(({ pkg }) => pkg);
if (missing.length === 0) {
  console.log(wanted.length ? `setup: ${wanted.join(', ')} installed.` : 'setup: Chromium, Firefox ESR, WebKitGTK and WordPress are installed.');
  process.exit(0);
}

const asRoot = process.getuid?.() === 0;
const prefix = asRoot ? [] : ['sudo'];
console.log(`setup: installing Debian packages for the tests: ${missing.join(', ')}`);
console.log(`setup: running ${[...prefix, 'apt-get update'].join(' ')} and ${[...prefix, 'apt-get install -y --no-install-recommends', ...missing].join(' ')}`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [
  ['apt-get', 'update'],
  ['apt-get', 'install', '-y', '--no-install-recommends', ...missing],
]) {
  const command = [...prefix, ...args];
  const result = spawnSync(command[0], command.slice(1), { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`setup: "${command.join(' ')}" failed. Install these packages yourself, then run the tests again: ${missing.join(' ')}`);
    process.exit(1);
  }
}
