<?php
/**
 * Drives the test WordPress from the shell, as wp-cli would (Debian does not package
 * it): php site.php DOCROOT ORIGIN COMMAND [ARGUMENT]. Prints one JSON value.
 *
 *   install           installs WordPress, an author, the plugin from B12_PLUGIN_ZIP (as
 *                     Plugins > Add New > Upload does), activates it, writes the posts
 *   language LOCALE   sets the site language (WPLANG)
 *   uninstall         deactivates and deletes the plugin; tells what is left of it
 */

[ , $docroot, $origin, $command ] = $argv;
$argument                         = $argv[4] ?? '';
$url                              = parse_url( $origin );
$_SERVER['HTTP_HOST']             = $url['host'] . ':' . $url['port'];
$_SERVER['SERVER_NAME']           = $url['host'];
$_SERVER['REQUEST_URI']           = '/';
$_SERVER['SERVER_PROTOCOL']       = 'HTTP/1.1';

const PLUGIN = 'b12-widgets/b12-widgets.php';

if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
// The install e-mail has nowhere to go.
function wp_new_blog_notification() {}

ob_start();
require $docroot . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

/**
 * Writes a post as a user, through wp_insert_post, so kses filters an author's content
 * as it does when they save in the editor.
 */
function b12_test_post( $user, $title, $content, $type = 'post' ) {
	wp_set_current_user( $user );
	$id = wp_insert_post( wp_slash( array( 'post_title' => $title, 'post_content' => $content, 'post_status' => 'publish', 'post_type' => $type, 'post_author' => $user ) ), true );
	if ( is_wp_error( $id ) ) {
		throw new RuntimeException( $id->get_error_message() );
	}
	return array( 'id' => $id, 'url' => get_permalink( $id ), 'saved' => get_post( $id )->post_content );
}

switch ( $command ) {
	case 'install':
		wp_install( 'Plugin test site', 'admin', 'admin@example.org', false, '', 'admin-password' );
		switch_theme( 'twentytwentythree' );
		$author = wp_insert_user( array( 'user_login' => 'author', 'user_pass' => 'author-password', 'user_email' => 'author@example.org', 'role' => 'author' ) );
		wp_set_current_user( 1 );
		$upgrader  = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
		$installed = $upgrader->install( getenv( 'B12_PLUGIN_ZIP' ) );
		if ( true !== $installed ) {
			throw new RuntimeException( 'Plugin install failed: ' . wp_json_encode( $upgrader->skin->get_upgrade_messages() ) . ( is_wp_error( $installed ) ? $installed->get_error_message() : '' ) );
		}
		$activated = activate_plugin( PLUGIN );
		if ( is_wp_error( $activated ) ) {
			throw new RuntimeException( $activated->get_error_message() );
		}
		$posts = array(
			'checker-block-author'    => array( $author, '<!-- wp:b12-widgets/cofactor-checker /-->' ),
			'guide-shortcode-author'  => array( $author, '<p>Our guide, in Welsh.</p>[b12_cofactor_checker mode="guide" lang="cy"]' ),
			'plan-block-admin'        => array( 1, '<!-- wp:b12-widgets/treatment-plan /-->' ),
			'table-shortcode-author'  => array( $author, '[b12_treatment_plan mode="table"]' ),
			'diary-block-author'      => array( $author, '<!-- wp:b12-widgets/symptom-diary {"headingLevel":"3"} /-->' ),
			'diary-shortcode-admin'   => array( 1, '[b12_symptom_diary lang="pl"]' ),
			'units-block-admin'       => array( 1, '<!-- wp:b12-widgets/cofactor-checker {"lang":"en-GB","units":"folate:nmol/L b12:pmol/L","headingLevel":"3"} /-->' ),
			'bilingual-guide-admin'   => array( 1, '<p>Ein canllaw. Our guide.</p>[b12_cofactor_checker mode="guide" lang="cy"] [b12_cofactor_checker mode="guide" lang="en-GB"]' ),
			'both-shortcodes-admin'   => array( 1, '<p>Two widgets.</p>[b12_cofactor_checker units="folate:nmol/L" heading-level="3"] [b12_treatment_plan heading_level="4"]' ),
			'pasted-html-author'      => array( $author, '<b12-cofactor-checker mode="guide"><p>Fallback</p></b12-cofactor-checker><script type="module" src="/b12-widgets/b12-widgets.js"></script>' ),
			'hostile-author'          => array( $author, '[b12_cofactor_checker lang=\'cy" onmouseover="alert(1)\' units="folate:x&quot;onfocus=alert(2)"]<!-- wp:b12-widgets/treatment-plan {"mode":"\u0022\u003e\u003cimg src=x onerror=alert(3)\u003e","headingLevel":"\u0022 autofocus onfocus=\u0022alert(4)"} /-->' ),
			'no-widget'               => array( 1, '<p>A page about vitamins with no widget.</p>' ),
		);
		// Every block and every shortcode, as each role.
		$every = array(
			'block-cofactor-checker'     => '<!-- wp:b12-widgets/cofactor-checker /-->',
			'block-treatment-plan'       => '<!-- wp:b12-widgets/treatment-plan /-->',
			'block-symptom-diary'        => '<!-- wp:b12-widgets/symptom-diary /-->',
			'shortcode-cofactor-checker' => '[b12_cofactor_checker]',
			'shortcode-treatment-plan'   => '[b12_treatment_plan]',
			'shortcode-symptom-diary'    => '[b12_symptom_diary]',
		);
		foreach ( $every as $name => $content ) {
			$posts[ "every-$name-admin" ]  = array( 1, $content );
			$posts[ "every-$name-author" ] = array( $author, $content );
		}
		$written = array();
		foreach ( $posts as $name => [ $user, $content ] ) {
			$written[ $name ] = b12_test_post( $user, $name, $content );
		}
		$result = array(
			'posts'   => $written,
			'version' => get_bloginfo( 'version' ),
			'options' => $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE '%b12%'" ),
		);
		break;
	case 'language':
		// A site in another language has its language pack installed, and update_option()
		// refuses a locale without one. The widgets need only the setting: keep it as given.
		add_filter( 'sanitize_option_WPLANG', static fn( $value, $option, $given ) => $given, 10, 3 );
		update_option( 'WPLANG', $argument );
		$result = get_option( 'WPLANG' );
		break;
	case 'uninstall':
		wp_set_current_user( 1 );
		deactivate_plugins( PLUGIN );
		$deleted = delete_plugins( array( PLUGIN ) );
		$result  = array(
			'deleted'      => true === $deleted,
			'folderExists' => file_exists( WP_PLUGIN_DIR . '/b12-widgets' ),
			'options'      => $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE '%b12%' OR option_value LIKE '%b12-widgets%'" ),
			'postMeta'     => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->postmeta} WHERE meta_key LIKE '%b12%'" ),
		);
		break;
	default:
		throw new InvalidArgumentException( "Unknown command $command" );
}
ob_end_clean();
echo wp_json_encode( $result );
