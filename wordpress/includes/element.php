<?php
/**
 * The element a block or a shortcode puts in the page: its attributes, each escaped;
 * the widget's first screen, pre-rendered by the build, where one matches the choices;
 * and fallback words for browsers that cannot run it. Values are passed on, not judged:
 * the element itself tells the editor, in the page and in the console, when a value
 * is one it cannot use.
 *
 * @package B12Widgets
 */

defined( 'ABSPATH' ) || exit;

/** Longest attribute value passed on; the longest real one (all four units) is under 80. */
const B12_WIDGETS_MAX_VALUE = 200;

/**
 * The choices a block or shortcode made, as strings, with the defaults filled in.
 *
 * @param array<string, mixed> $widget  Catalogue entry.
 * @param array<string, mixed> $choices mode, lang, units, headingLevel (any may be missing).
 * @return array<string, string>
 */
function b12_widgets_normalise_choices( $widget, $choices ) {
	$text = static function ( $key ) use ( $choices ) {
		$value = isset( $choices[ $key ] ) && is_scalar( $choices[ $key ] ) ? trim( (string) $choices[ $key ] ) : '';
		return substr( $value, 0, B12_WIDGETS_MAX_VALUE );
	};
	$mode          = $text( 'mode' );
	$lang          = $text( 'lang' );
	$heading_level = $text( 'headingLevel' );
	return array(
		'mode'         => '' === $mode ? (string) $widget['defaultMode'] : $mode,
		'lang'         => '' === $lang ? b12_widgets_page_language() : $lang,
		'units'        => $widget['units'] ? $text( 'units' ) : '',
		'headingLevel' => '' === $heading_level ? '2' : $heading_level,
	);
}

/**
 * Whether the widget shows blood results against ranges (it has units), and the site has
 * its laboratory's ranges stored (Settings › B12 widgets).
 *
 * @param array<string, mixed> $widget Catalogue entry.
 * @return bool
 */
function b12_widgets_uses_laboratory( $widget ) {
	return (bool) $widget['units'] && null !== b12_widgets_laboratory_profile();
}

/**
 * The element's markup, and the script it needs queued for this page.
 *
 * @param string               $tag     Element name.
 * @param array<string, mixed> $choices See b12_widgets_normalise_choices().
 * @return string
 */
function b12_widgets_element( $tag, $choices ) {
	$widget = b12_widgets_widget( $tag );
	if ( null === $widget ) {
		return '';
	}
	$chosen = b12_widgets_normalise_choices( $widget, $choices );
	wp_enqueue_script( $widget['script'] );
	b12_widgets_page_languages( $widget['script'], $chosen['lang'] );

	$attributes = array();
	if ( $chosen['mode'] !== $widget['defaultMode'] ) {
		$attributes['mode'] = $chosen['mode'];
	}
	if ( '' !== $chosen['units'] ) {
		$attributes['units'] = $chosen['units'];
	}
	$attributes['lang'] = $chosen['lang'];
	if ( '2' !== $chosen['headingLevel'] ) {
		$attributes['heading-level'] = $chosen['headingLevel'];
	}
	$laboratory = b12_widgets_uses_laboratory( $widget );
	if ( $laboratory ) {
		$attributes['profile-src'] = b12_widgets_profile_url();
	}

	$html = '<' . $tag;
	foreach ( $attributes as $name => $value ) {
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	$html .= '>' . b12_widgets_prerendered( $widget, $chosen, $laboratory );
	$html .= '<p>' . esc_html( $widget['fallback'][ $chosen['lang'] ] ?? $widget['fallback']['en-GB'] ) . '</p></' . $tag . '>';
	return $html;
}

/**
 * The first screen the build rendered for these choices, as a declarative shadow root
 * that paints with the page, or '' where none matches (other units or heading level,
 * a laboratory's ranges, or a widget without one): the element then replaces its fallback
 * words once loaded.
 *
 * @param array<string, mixed>  $widget     Catalogue entry.
 * @param array<string, string> $chosen     Normalised choices.
 * @param bool                  $laboratory Whether the widget uses the site's laboratory ranges.
 * @return string
 */
function b12_widgets_prerendered( $widget, $chosen, $laboratory ) {
	// The build rendered the built-in ranges: a laboratory's own would replace them once loaded.
	if ( '' !== $chosen['units'] || '2' !== $chosen['headingLevel'] || $laboratory ) {
		return '';
	}
	$key       = $widget['tag'] . '.' . $chosen['mode'] . '.' . $chosen['lang'];
	$available = b12_widgets_catalogue()['prerendered'];
	if ( ! isset( $available[ $key ] ) ) {
		return '';
	}
	$content = file_get_contents( __DIR__ . '/../generated/' . $available[ $key ] ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of this plugin.
	if ( ! is_string( $content ) ) {
		return '';
	}
	return str_replace( '{{base}}', esc_url( b12_widgets_files_url() ), $content );
}
