#!/usr/bin/env node
// Runs the browser suite in Chromium, Firefox ESR and WebKitGTK (or those named in
// BROWSERS=chromium,firefox). WebKitGTK's MiniBrowser has no headless mode, so the run
// happens under a virtual display (xvfb-run), with WebKitWebDriver started first.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { WEBKIT_DRIVER_PORT } from '../web-test-runner.config.mjs';

const browsers = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');
const needed = {
  chromium: '/usr/bin/chromium',
  firefox: '/usr/bin/firefox-esr',
  webkit: '/usr/bin/WebKitWebDriver',
};
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

let driver;
if (wantsWebKit) {
  driver = spawn('/usr/bin/WebKitWebDriver', [`--port=${WEBKIT_DRIVER_PORT}`], { stdio: 'ignore' });
  await waitForPort(WEBKIT_DRIVER_PORT, 15000);
}

let { code, output } = await runTests(process.env);
// WebKitGTK's MiniBrowser now and then crashes mid-run ("the browser disconnected"). That
// is the browser failing, not a test: if it is the only failure, the WebKit suite runs
// once more on its own. A failed assertion is never retried.
if (code !== 0 && wantsWebKit && onlyWebKitCrashed(output)) {
  console.log('\nWebKitGTK\'s MiniBrowser crashed; no test failed. Running the WebKit suite once more.\n');
  ({ code } = await runTests({ ...process.env, BROWSERS: 'webkit' }));
}
driver?.kill();
process.exit(code);

/** Runs web-test-runner, showing its output as it comes and keeping it for inspection. */
function runTests(env) {
  const runner = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
    stdio: ['inherit', 'pipe', 'pipe'],
    env,
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
  return new Promise((resolve) => runner.on('exit', (exitCode) => resolve({ code: exitCode ?? 1, output })));
}

function onlyWebKitCrashed(output) {
  const failures = output.split('\n').filter((line) => line.includes('❌'));
  const crash = /browser disconnected|invalid session id/;
  // With several browsers each failure names its browser; with WebKit alone it does not.
  const inWebKit = (line) => line.includes('(failed on MiniBrowser)') || browsers.join() === 'webkit';
  const othersFailed = /\d+ passed, [1-9]\d* failed/.test(output.replace(/MiniBrowser:[^\n]*/g, ''));
  return failures.length > 0 && failures.every((line) => crash.test(line) && inWebKit(line)) && !othersFailed;
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
