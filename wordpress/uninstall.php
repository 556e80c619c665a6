<?php
/**
 * Runs when an administrator deletes the plugin. The plugin stores no options, no post
 * meta, no tables and no files outside its folder, so there is nothing to remove: the
 * blocks and shortcodes already in posts stay as the editor wrote them (they show
 * nothing once the plugin is gone), and WordPress deletes the folder itself.
 *
 * @package B12Widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;
