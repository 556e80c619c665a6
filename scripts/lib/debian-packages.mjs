// The Debian packages the build and the tests use, each with a file that shows it is
// installed. Test tools cannot download browsers or servers on these machines, so
// everything comes from Debian (see scripts/setup.mjs).
export const DEBIAN_PACKAGES = [
  // The three browsers, and Xvfb for WebKit's window.
  { path: '/usr/bin/chromium', pkg: 'chromium' },
  { path: '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
  { path: '/usr/bin/WebKitWebDriver', pkg: 'webkit2gtk-driver' },
  { path: '/usr/bin/xvfb-run', pkg: 'xvfb' },
  { path: '/usr/bin/xauth', pkg: 'xauth' },
  // A real WordPress for the plugin's tests (test/wordpress/).
  { path: '/usr/share/wordpress/wp-settings.php', pkg: 'wordpress' },
  { path: '/usr/share/wordpress/wp-content/themes/twentytwentythree/style.css', pkg: 'wordpress-theme-twentytwentythree' },
  { path: '/usr/sbin/mariadbd', pkg: 'mariadb-server' },
  { path: '/usr/bin/php', pkg: 'php-cli' },
  { path: '/etc/php/8.2/mods-available/mysqli.ini', pkg: 'php-mysql' },
];

export const WORDPRESS_PACKAGES = ['wordpress', 'wordpress-theme-twentytwentythree', 'mariadb-server', 'php-cli', 'php-mysql'];
