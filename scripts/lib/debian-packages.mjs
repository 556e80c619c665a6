// The Debian packages the build and the tests use, each with a file that shows it is
// installed and what it is for. Test tools cannot download browsers or servers on these
// machines, so everything comes from Debian (see scripts/setup.mjs).
/** Where each browser is: the one place scripts, test configs and tests read it from. */
export const BROWSER_PATHS = {
  chromium: '/usr/bin/chromium',
  firefox: '/usr/bin/firefox-esr',
  webkitDriver: '/usr/bin/WebKitWebDriver',
  miniBrowser: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
};

export const DEBIAN_PACKAGES = [
  // The three browsers, and Xvfb for WebKit's window.
  { path: BROWSER_PATHS.chromium, pkg: 'chromium', for: 'browsers' },
  { path: BROWSER_PATHS.firefox, pkg: 'firefox-esr', for: 'browsers' },
  { path: BROWSER_PATHS.webkitDriver, pkg: 'webkit2gtk-driver', for: 'browsers' },
  { path: '/usr/bin/xvfb-run', pkg: 'xvfb', for: 'browsers' },
  { path: '/usr/bin/xauth', pkg: 'xauth', for: 'browsers' },
  // A real WordPress for the plugin's tests (test/wordpress/).
  { path: '/usr/share/wordpress/wp-settings.php', pkg: 'wordpress', for: 'wordpress' },
  { path: '/usr/share/wordpress/wp-content/themes/twentytwentythree/style.css', pkg: 'wordpress-theme-twentytwentythree', for: 'wordpress' },
  { path: '/usr/sbin/mariadbd', pkg: 'mariadb-server', for: 'wordpress' },
  { path: '/usr/bin/php', pkg: 'php-cli', for: 'wordpress' },
  { path: '/etc/php/8.2/mods-available/mysqli.ini', pkg: 'php-mysql', for: 'wordpress' },
];
