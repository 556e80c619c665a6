// The Debian packages the build and the tests use, each with a file that shows it is
// installed and what it is for. Test tools cannot download browsers or servers on these
// machines, so everything comes from Debian (see scripts/setup.mjs).
export const DEBIAN_PACKAGES = [
  // The three browsers, and Xvfb for WebKit's window.
  { path: '/usr/bin/chromium', pkg: 'chromium', for: 'browsers' },
  { path: '/usr/bin/firefox-esr', pkg: 'firefox-esr', for: 'browsers' },
  { path: '/usr/bin/WebKitWebDriver', pkg: 'webkit2gtk-driver', for: 'browsers' },
  { path: '/usr/bin/xvfb-run', pkg: 'xvfb', for: 'browsers' },
  { path: '/usr/bin/xauth', pkg: 'xauth', for: 'browsers' },
  // A real WordPress for the plugin's tests (test/wordpress/).
  { path: '/usr/share/wordpress/wp-settings.php', pkg: 'wordpress', for: 'wordpress' },
  { path: '/usr/share/wordpress/wp-content/themes/twentytwentythree/style.css', pkg: 'wordpress-theme-twentytwentythree', for: 'wordpress' },
  { path: '/usr/sbin/mariadbd', pkg: 'mariadb-server', for: 'wordpress' },
  { path: '/usr/bin/php', pkg: 'php-cli', for: 'wordpress' },
  { path: '/etc/php/8.2/mods-available/mysqli.ini', pkg: 'php-mysql', for: 'wordpress' },
];
