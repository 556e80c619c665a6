// A real WordPress for the plugin's tests, from Debian's packages: a private MariaDB on a
// socket, a copy of /usr/share/wordpress with its own wp-config.php (Debian's reads its
// settings from /etc, which a test should not write), served by PHP's built-in server.
// Everything lives in one temporary folder and is gone after stop().
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEBIAN_PACKAGES } from '../../scripts/lib/debian-packages.mjs';
import { freePort } from '../../scripts/lib/free-port.mjs';

const WORDPRESS = '/usr/share/wordpress';
const HERE = new URL('.', import.meta.url).pathname;

/** The Debian packages the tests need and this machine lacks. */
export const missingPackages = () => DEBIAN_PACKAGES.filter((entry) => entry.for === 'wordpress' && !existsSync(entry.path)).map(({ pkg }) => pkg);

const asRoot = process.getuid?.() === 0;

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

async function waitFor(check, what, timeout = 20_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`Timed out waiting for ${what}`);
}

export async function startWordPress({ port, plugin } = {}) {
  port ??= await freePort();
  const root = mkdtempSync(join(tmpdir(), 'b12-wordpress-'));
  const socket = join(root, 'mysql.sock');
  const origin = `http://127.0.0.1:${port}`;
  const docroot = join(root, 'wordpress');
  const debugLog = join(root, 'debug.log');
  const processes = [];

  const stop = async () => {
    for (const child of processes.reverse()) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {}
    }
    await sleep(300);
    rmSync(root, { recursive: true, force: true });
  };

  try {
    // The database: a private server on a socket, no network, no password.
    const datadir = join(root, 'mysql');
    run('mariadb-install-db', ['--no-defaults', `--datadir=${datadir}`, '--auth-root-authentication-method=normal', '--skip-test-db', '--force', ...(asRoot ? ['--user=root'] : [])]);
    const database = spawn('mariadbd', ['--no-defaults', `--datadir=${datadir}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(root, 'mysql.pid')}`, `--log-error=${join(root, 'mysql.err')}`, ...(asRoot ? ['--user=root'] : [])], { detached: true, stdio: 'ignore' });
    processes.push(database);
    await waitFor(() => existsSync(socket), 'MariaDB to start');
    run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress']);

    // Debian links some of WordPress's scripts to its own packages by relative paths: copy what they point to.
    cpSync(WORDPRESS, docroot, { recursive: true, dereference: true });
    rmSync(join(docroot, 'wp-config.php'));
    rmSync(join(docroot, '.htaccess'), { force: true });
    writeFileSync(join(docroot, 'wp-config.php'), wpConfig({ socket, origin, debugLog }));

    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', docroot], {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    processes.push(server);
    let serverLog = '';
    server.stderr.on('data', (chunk) => (serverLog += chunk));
    await waitFor(async () => {
      try {
        await fetch(`${origin}/wp-includes/images/blank.gif`);
        return true;
      } catch {
        return false;
      }
    }, 'the PHP server');

    /** Runs test/wordpress/site.php with a command; returns what it printed, as JSON. */
    const site = (...args) => JSON.parse(run('php', [join(HERE, 'site.php'), docroot, origin, ...args], { env: { ...process.env, B12_PLUGIN_ZIP: plugin ?? '' } }) || 'null');
    /** What PHP reported: WordPress's debug log, and the server's own messages (not its access log). */
    const phpLog = () => [
      ...(existsSync(debugLog) ? readFileSync(debugLog, 'utf8').split('\n') : []),
      ...serverLog.split('\n').filter((line) => / PHP /.test(line)),
    ].filter(Boolean);
    return { origin, docroot, site, phpLog, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function wpConfig({ socket, origin, debugLog }) {
  const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
    .map((name) => `define('${name}', 'b12-widgets test ${name}');`)
    .join('\n');
  return `<?php
// Written by test/wordpress/wordpress-site.mjs for one test run.
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('WP_HOME', '${origin}');
define('WP_SITEURL', '${origin}');
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '${debugLog}');
define('WP_DEBUG_DISPLAY', false);
define('SCRIPT_DEBUG', false);
// Offline: no update checks, no cron, no requests to other sites.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('FS_METHOD', 'direct');
${salts}
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`;
}
