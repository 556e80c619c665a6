#!/usr/bin/env node
// Runs the browser suite in Chromium, Firefox ESR and WebKitGTK (or those named in
// BROWSERS=chromium,firefox). WebKitGTK's MiniBrowser has no headless mode, so its run
// happens under a virtual display (xvfb-run), with WebKitWebDriver started first.
//
// WebKit runs on its own, after the other two. Each MiniBrowser crash seen so far came
// with three browsers sharing two cores; on its own it has been steady, and a crash is
// easy to tell from a failed test.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { onlyTheBrowserFailed } from './lib/browser-crash.mjs';
import { BROWSER_PATHS } from './lib/debian-packages.mjs';
import { freePort } from './lib/free-port.mjs';
import { buildPseudoLocale } from './pseudo-locale.mjs';

const browsers = (process.env.BROWSERS ?? 'chromium,firefox,webkit')
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const needed = { chromium: BROWSER_PATHS.chromium, firefox: BROWSER_PATHS.firefox, webkit: BROWSER_PATHS.webkitDriver };
const missing = browsers.filter((name) => needed[name] && !existsSync(needed[name]));
if (missing.length > 0) {
  console.error(`Missing browsers: ${missing.join(', ')}. Run "npm run setup" to install them from Debian packages.`);
  process.exit(1);
}

const wantsWebKit = browsers.includes('webkit');
if (wantsWebKit && !process.env.DISPLAY) {
  // Re-run this script inside a virtual display.
  const result = spawnSync('xvfb-run', ['-a', process.execPath, ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}

// The pseudo-language the pseudo-localisation test shows the widgets in, from today's XLIFF sources.
buildPseudoLocale();

const others = browsers.filter((name) => name !== 'webkit');
let code = 0;
if (others.length > 0) code = (await runTests(others)).code;
if (wantsWebKit) {
  let webkit = await runWebKit();
  // A MiniBrowser crash is the browser failing, not a test: the WebKit suite runs once
  // more, with a fresh driver. A failed assertion is never retried.
  if (webkit.code !== 0 && onlyTheBrowserFailed(webkit.output)) {
    console.log("\nWebKitGTK's MiniBrowser or its driver went away, and no test failed. Running the WebKit suite once more.\n");
    webkit = await runWebKit();
  }
  code ||= webkit.code;
}
process.exit(code);

async function runWebKit() {
  // A free port, told to the test runner's config: two runs on one machine do not meet.
  const port = await freePort();
  const driver = spawn(BROWSER_PATHS.webkitDriver, [`--port=${port}`], { stdio: 'ignore' });
  const exited = new Promise((resolve) => driver.once('exit', resolve));
  try {
    await waitForPort(port, 15000);
    return await runTests(['webkit'], { B12_WEBKIT_DRIVER_PORT: String(port) });
  } finally {
    driver.kill();
    await exited;
  }
}

/** Runs web-test-runner in the given browsers, showing its output as it comes and keeping it for inspection. */
function runTests(names, env = {}) {
  // tsx: the config reads src/widgets.ts, the one list of widgets.
  const runner = spawn(process.execPath, ['--import', 'tsx', 'node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
    stdio: ['inherit', 'pipe', 'pipe'],
    env: { ...process.env, ...env, BROWSERS: names.join(',') },
  });
  let output = '';
  runner.stdout.on('data', (chunk) => {
    output += chunk;
    process.stdout.write(chunk);
  });
  runner.stderr.on('data', (chunk) => {
    output += chunk;
    process.stderr.write(chunk);
  });
  return new Promise((resolve) =>
    runner.on('exit', (exitCode, signal) => {
      if (signal) console.log(`\nweb-test-runner was stopped by ${signal}.`);
      resolve({ code: exitCode ?? 1, output });
    }),
  );
}

function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve();
      });
      socket.on('error', () => {
        if (Date.now() > deadline) reject(new Error(`WebKitWebDriver did not listen on port ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}
