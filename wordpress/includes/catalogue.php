<?php
/**
 * What the plugin offers, from generated/catalogue.php: the widgets with their views and
 * fallback words in each language, the languages with their WordPress locales, the units
 * each test can start in, the one-tag files and the pre-rendered first screens.
 * `npm run build` writes that file from the library's own sources (src/widgets.ts,
 * src/i18n/languages.ts), so the blocks, the shortcodes and the embed-code builder offer
 * the same choices, and no clinical decision is made in PHP.
 *
 * @package B12Widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The catalogue, read once per request.
 *
 * @return array<string, mixed>
 */
function b12_widgets_catalogue() {
	static $catalogue = null;
	if ( null === $catalogue ) {
		$catalogue = include __DIR__ . '/../generated/catalogue.php';
		if ( ! is_array( $catalogue ) ) {
			$catalogue = array( 'widgets' => array(), 'languages' => array(), 'units' => array(), 'scripts' => array(), 'prerendered' => array() );
		}
	}
	return $catalogue;
}

/**
 * One widget's entry, by element name.
 *
 * @param string $tag Element name, such as b12-cofactor-checker.
 * @return array<string, mixed>|null
 */
function b12_widgets_widget( $tag ) {
	foreach ( b12_widgets_catalogue()['widgets'] as $widget ) {
		if ( $widget['tag'] === $tag ) {
			return $widget;
		}
	}
	return null;
}

/**
 * The widgets' language for the site's (or, with a multilingual plugin, the page's)
 * WordPress locale: a locale the catalogue lists for a language (es_MX -> es), else the
 * language of the same first part (es_CL -> es, en_US -> en-GB). A locale the widgets do
 * not speak gets en-GB, the language their words are then in, so screen readers
 * pronounce them right.
 *
 * @param string $locale A WordPress locale, such as cy or pl_PL.
 * @return string
 */
function b12_widgets_language_for_locale( $locale ) {
	$languages = b12_widgets_catalogue()['languages'];
	foreach ( $languages as $language ) {
		if ( in_array( (string) $locale, $language['locales'], true ) ) {
			return $language['code'];
		}
	}
	$primary = strtolower( (string) strtok( str_replace( '-', '_', (string) $locale ), '_' ) );
	foreach ( $languages as $language ) {
		if ( strtolower( (string) strtok( $language['code'], '-' ) ) === $primary ) {
			return $language['code'];
		}
	}
	return 'en-GB';
}

/**
 * The widgets' language for this page.
 *
 * @return string
 */
function b12_widgets_page_language() {
	return b12_widgets_language_for_locale( get_locale() );
}
