<?php
/**
 * The one-tag files, loaded as modules from the plugin's folder and only on pages that
 * show a widget: a block or shortcode queues its file while it renders, so a page
 * without one gets nothing from this plugin. The block editor loads them too, for the
 * live preview.
 *
 * @package B12Widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The folder of the one-tag files, ending in a slash. It is named for the version, so an
 * update changes every address; the files take no ?ver= query, because their language
 * files import them by their plain address, and two addresses would load them twice.
 *
 * @return string
 */
function b12_widgets_files_url() {
	return plugins_url( 'cdn/' . B12_WIDGETS_VERSION . '/', B12_WIDGETS_FILE );
}

/**
 * Registers each one-tag file under its name (b12-widgets, b12-symptom-diary), in the
 * footer, so queueing one while the content renders still prints it.
 */
function b12_widgets_register_scripts() {
	foreach ( b12_widgets_catalogue()['scripts'] as $handle => $script ) {
		wp_register_script( $handle, b12_widgets_files_url() . $script['file'], array(), null, true );
	}
}
add_action( 'init', 'b12_widgets_register_scripts', 5 );

/**
 * The widgets are ES modules (WordPress 6.1 has no module API): print their tags with
 * type="module", which also defers them and keeps them out of the global scope.
 *
 * @param string $tag    The tag WordPress made.
 * @param string $handle Its handle.
 * @param string $src    Its address.
 * @return string
 */
function b12_widgets_module_tag( $tag, $handle, $src ) {
	if ( ! isset( b12_widgets_catalogue()['scripts'][ $handle ] ) ) {
		return $tag;
	}
	return '<script type="module" src="' . esc_url( $src ) . '" id="' . esc_attr( $handle ) . '-js"></script>' . "\n";
}
add_filter( 'script_loader_tag', 'b12_widgets_module_tag', 10, 3 );

/**
 * A modulepreload link for the language file the script will ask for, printed once
 * before the first widget in that language: one round trip less before it can be used.
 *
 * @param string $handle   The widget's script.
 * @param string $language The widget's language.
 * @return string
 */
function b12_widgets_preload_language( $handle, $language ) {
	static $printed = array();
	$chunks = b12_widgets_catalogue()['scripts'][ $handle ]['languageChunks'] ?? array();
	$key    = $handle . '|' . $language;
	if ( ! isset( $chunks[ $language ] ) || isset( $printed[ $key ] ) ) {
		return '';
	}
	$printed[ $key ] = true;
	return '<link rel="modulepreload" href="' . esc_url( b12_widgets_files_url() . $chunks[ $language ] ) . '">';
}

/**
 * The block editor: the blocks' script, the choices it offers, and the widgets
 * themselves for the live preview.
 */
function b12_widgets_editor_assets() {
	foreach ( array_keys( b12_widgets_catalogue()['scripts'] ) as $handle ) {
		wp_enqueue_script( $handle );
	}
}
add_action( 'enqueue_block_editor_assets', 'b12_widgets_editor_assets' );
