<?php
/**
 * Runs when an administrator deletes the plugin. The plugin stores one option, and only
 * when an administrator uploads their laboratory's ranges (Settings › B12 widgets): it is
 * removed here. It keeps no post meta, no tables and no files outside its folder; the
 * blocks and shortcodes already in posts stay as the editor wrote them (they show nothing
 * once the plugin is gone), and WordPress deletes the folder itself.
 *
 * @package B12Widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'b12_widgets_laboratory_profile' );
