// Browser tests in the three engines that Debian packages: Chromium, Firefox ESR and
// WebKitGTK. Nothing here downloads a browser; see shared/toolchain.md for why each
// launcher is set up the way it is. Run through `npm run test:browsers`, which starts
// WebKit's driver under a virtual display first.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';

export const WEBKIT_DRIVER_PORT = Number(process.env.B12_WEBKIT_DRIVER_PORT ?? 4445);

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: '/usr/bin/chromium',
        headless: true,
        // Root needs --no-sandbox; the rest keep Chromium from reaching for a network it does not have.
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
      },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      concurrency: 1,
      launchOptions: { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true },
    }),
  webkit: () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: WEBKIT_DRIVER_PORT,
      path: '/',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver refuses BiDi sessions.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
};

const chosen = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim()).filter(Boolean);
for (const name of chosen) {
  if (!(name in launchers)) throw new Error(`Unknown browser "${name}" in BROWSERS; use any of: ${Object.keys(launchers).join(', ')}`);
}

export default {
  files: ['test/engine/**/*.test.ts', 'test/elements/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: chosen.map((name) => launchers[name]()),
  concurrency: 1,
  // The engine suite runs its property tests in every browser; give them room on a 2-core machine.
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  browserStartTimeout: 60000,
};
