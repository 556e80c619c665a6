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
 * The languages of the widgets on this page, by script: noted as each widget renders,
 * read when the script's tag is printed in the footer, after the content.
 *
 * @param string      $handle   The widget's script.
 * @param string|null $language A widget's language, to note; null to read.
 * @return string[]
 */
function b12_widgets_page_languages( $handle, $language = null ) {
	static $languages = array();
	if ( null !== $language ) {
		$languages[ $handle ][ $language ] = true;
	}
	return array_map( 'strval', array_keys( $languages[ $handle ] ?? array() ) );
}

/**
 * The widgets are ES modules (WordPress 6.1 has no module API): print their tags with
 * type="module", which also defers them and keeps them out of the global scope.
 *
 * When every widget of a script on the page speaks one language, the page gets that
 * language's own file (cdn/<version>/<language>/), with its words compiled in: no other
 * language's words, and no language file to fetch after it. Otherwise (widgets in two
 * languages, or the block editor, where the language can change) it gets the file that
 * follows each widget's language, with the language files it will ask for preloaded
 * beside it: one round trip less before the widgets can be used.
 *
 * @param string $tag    The tag WordPress made.
 * @param string $handle Its handle.
 * @param string $src    Its address.
 * @return string
 */
function b12_widgets_module_tag( $tag, $handle, $src ) {
	$catalogue = b12_widgets_catalogue();
	if ( ! isset( $catalogue['scripts'][ $handle ] ) ) {
		return $tag;
	}
	$script    = $catalogue['scripts'][ $handle ];
	$languages = b12_widgets_page_languages( $handle );
	$preloads  = '';
	if ( 1 === count( $languages ) && in_array( $languages[0], array_column( $catalogue['languages'], 'code' ), true ) ) {
		$src = b12_widgets_files_url() . $languages[0] . '/' . $script['file'];
	} else {
		foreach ( $languages as $language ) {
			if ( isset( $script['languageChunks'][ $language ] ) ) {
				$preloads .= '<link rel="modulepreload" href="' . esc_url( b12_widgets_files_url() . $script['languageChunks'][ $language ] ) . '">' . "\n";
			}
		}
	}
	return $preloads . '<script type="module" src="' . esc_url( $src ) . '" id="' . esc_attr( $handle ) . '-js"></script>' . "\n";
}
add_filter( 'script_loader_tag', 'b12_widgets_module_tag', 10, 3 );

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
