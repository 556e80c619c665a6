<?php
/**
 * Shortcodes for classic-editor sites, one per widget, taking the element's own
 * attribute names: [b12_cofactor_checker mode="guide" lang="cy" units="folate:nmol/L"
 * heading-level="3"]. heading_level is accepted too, as WordPress users often write it.
 *
 * @package B12Widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers [b12_cofactor_checker], [b12_treatment_plan] and [b12_symptom_diary].
 */
function b12_widgets_register_shortcodes() {
	foreach ( b12_widgets_catalogue()['widgets'] as $widget ) {
		$tag = $widget['tag'];
		add_shortcode(
			$widget['shortcode'],
			static function ( $attributes, $content, $shortcode ) use ( $tag ) {
				$given = shortcode_atts(
					array(
						'mode'          => '',
						'lang'          => '',
						'units'         => '',
						'heading-level' => '',
						'heading_level' => '',
					),
					is_array( $attributes ) ? $attributes : array(),
					$shortcode
				);
				$given['headingLevel'] = '' !== $given['heading-level'] ? $given['heading-level'] : $given['heading_level'];
				return b12_widgets_element( $tag, $given );
			}
		);
	}
}
add_action( 'init', 'b12_widgets_register_shortcodes' );
