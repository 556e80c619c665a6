<?php
/**
 * One dynamic block per widget (b12-widgets/cofactor-checker, …/treatment-plan,
 * …/symptom-diary). The post stores only the block's choices as a comment; the markup
 * is made here at render time, so kses never sees an unknown element or a script, and
 * authors without unfiltered_html can use the widgets.
 *
 * @package B12Widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the editor script and the blocks from their block.json.
 */
function b12_widgets_register_blocks() {
	$asset = include __DIR__ . '/../editor/blocks.asset.php';
	wp_register_script( 'b12-widgets-editor', plugins_url( 'editor/blocks.js', B12_WIDGETS_FILE ), $asset['dependencies'], $asset['version'], true );
	foreach ( b12_widgets_catalogue()['widgets'] as $widget ) {
		$tag = $widget['tag'];
		register_block_type(
			__DIR__ . '/../blocks/' . $widget['name'],
			array(
				'render_callback' => static function ( $attributes ) use ( $tag ) {
					return '<div ' . get_block_wrapper_attributes() . '>' . b12_widgets_element( $tag, $attributes ) . '</div>';
				},
			)
		);
	}
}
add_action( 'init', 'b12_widgets_register_blocks' );

/**
 * The choices the editor script offers, from the same catalogue the rendered blocks and
 * the shortcodes use; only in the block editor.
 */
function b12_widgets_editor_data() {
	$catalogue = b12_widgets_catalogue();
	$editor    = array(
		'widgets'      => $catalogue['widgets'],
		'languages'    => $catalogue['languages'],
		'units'        => $catalogue['units'],
		'pageLanguage' => b12_widgets_page_language(),
	);
	wp_add_inline_script( 'b12-widgets-editor', 'window.b12WidgetsEditor = ' . wp_json_encode( $editor ) . ';', 'before' );
}
add_action( 'enqueue_block_editor_assets', 'b12_widgets_editor_data' );
