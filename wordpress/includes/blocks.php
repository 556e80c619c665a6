<?php
/**
 * One dynamic block per widget in the catalogue (b12-widgets/cofactor-checker, …). The
 * post stores only the block's choices as a comment; the markup is made at render time, so kses never sees an unknown element or a script, and
 * authors without unfiltered_html can use the widgets.
 *
 * @package B12Widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the editor script, with its translations, and each block from its folder
 * (blocks/<name>/block.json, whose render.php writes the element). In the editor, each
 * block also names editor/iframe-widgets.js as its script: the editor loads block scripts
 * inside its iframe, where the preview is drawn (the site editor now; every editor once
 * WordPress always uses the iframe), and that script imports the widgets' modules there.
 * On the page nothing is named, so a widget's file is queued only where one renders.
 */
function b12_widgets_register_blocks() {
	$asset = include __DIR__ . '/../editor/blocks.asset.php';
	wp_register_script( 'b12-widgets-editor', plugins_url( 'editor/blocks.js', B12_WIDGETS_FILE ), $asset['dependencies'], $asset['version'], true );
	wp_set_script_translations( 'b12-widgets-editor', 'b12-widgets', plugin_dir_path( B12_WIDGETS_FILE ) . 'languages' );
	wp_register_script( 'b12-widgets-iframe', plugins_url( 'editor/iframe-widgets.js', B12_WIDGETS_FILE ), array(), B12_WIDGETS_VERSION, true );
	foreach ( b12_widgets_catalogue()['widgets'] as $widget ) {
		$settings = is_admin() ? array( 'script_handles' => array( 'b12-widgets-iframe' ) ) : array();
		register_block_type( __DIR__ . '/../blocks/' . $widget['name'], $settings );
	}
}
add_action( 'init', 'b12_widgets_register_blocks' );

/**
 * The plugin's words in the site's language (the blocks' titles, descriptions and
 * keywords; languages/*.mo), loaded before the blocks are registered, which translates them.
 */
function b12_widgets_load_textdomain() {
	load_plugin_textdomain( 'b12-widgets', false, dirname( plugin_basename( B12_WIDGETS_FILE ) ) . '/languages' );
}
add_action( 'init', 'b12_widgets_load_textdomain', 1 );

/**
 * The choices the editor script offers, from the same catalogue the rendered blocks and
 * the shortcodes use; only in the block editor.
 */
function b12_widgets_editor_data() {
	$catalogue = b12_widgets_catalogue();
	$editor    = array(
		'widgets'        => $catalogue['widgets'],
		'languages'      => $catalogue['languages'],
		'units'          => $catalogue['units'],
		'pageLanguage'   => b12_widgets_page_language(),
		// The language of the editor's own words (the user's): the blood tests' names in its sidebar.
		'editorLanguage' => b12_widgets_language_for_locale( get_user_locale() ),
	);
	wp_add_inline_script( 'b12-widgets-editor', 'window.b12WidgetsEditor = ' . wp_json_encode( $editor ) . ';', 'before' );
}
add_action( 'enqueue_block_editor_assets', 'b12_widgets_editor_data' );
