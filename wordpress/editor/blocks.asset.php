<?php
/**
 * What the blocks' editor script needs from WordPress (the format @wordpress/scripts
 * writes, kept by hand: the script is plain JavaScript with no build step).
 *
 * @package B12Widgets
 */

defined( 'ABSPATH' ) || exit;

return array(
	'dependencies' => array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n' ),
	'version'      => B12_WIDGETS_VERSION,
);
