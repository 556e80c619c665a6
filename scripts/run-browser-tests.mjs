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

const runner = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
const code = await new Promise((resolve) => runner.on('exit', (exitCode) => resolve(exitCode ?? 1)));
driver?.kill();
process.exit(code);

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
