<?php
/**
 * A trust's own laboratory ranges. Settings › B12 widgets takes the laboratory profile an
 * editor made with the embed-code builder's profile maker (a file upload), keeps it in one
 * option, and serves it at a REST address that every cofactor checker on the site reads
 * through profile-src. PHP checks what it can (size, JSON, that it is a laboratory profile
 * with a name and a date); the widget checks the rest, as it checks any profile, and the
 * settings page previews the stored file, so any problem is named there, field by field.
 *
 * @package B12Widgets
 */

defined( 'ABSPATH' ) || exit;

const B12_WIDGETS_PROFILE_OPTION = 'b12_widgets_laboratory_profile';

/** Far above any laboratory profile (one is about 2 kB), far below anything harmful to keep. */
const B12_WIDGETS_PROFILE_MAX_BYTES = 65536;

/**
 * The stored laboratory profile, decoded; null when there is none.
 *
 * @return array<string, mixed>|null
 */
function b12_widgets_laboratory_profile() {
	$stored = get_option( B12_WIDGETS_PROFILE_OPTION, '' );
	$value  = is_string( $stored ) && '' !== $stored ? json_decode( $stored, true ) : null;
	return is_array( $value ) ? $value : null;
}

/**
 * Where the widgets fetch the stored profile: this site, so no other site sees a reader.
 *
 * @return string
 */
function b12_widgets_profile_url() {
	return rest_url( 'b12-widgets/v1/laboratory-profile' );
}

/**
 * The REST address of the stored profile, readable by anyone, as the page's widgets are.
 */
function b12_widgets_register_profile_route() {
	register_rest_route(
		'b12-widgets/v1',
		'/laboratory-profile',
		array(
			'methods'             => 'GET',
			'permission_callback' => '__return_true',
			'callback'            => static function () {
				$profile = b12_widgets_laboratory_profile();
				return null === $profile
					? new WP_Error( 'b12_widgets_no_profile', 'No laboratory profile is stored.', array( 'status' => 404 ) )
					: new WP_REST_Response( $profile, 200 );
			},
		)
	);
}
add_action( 'rest_api_init', 'b12_widgets_register_profile_route' );

/**
 * Why an uploaded file cannot be a laboratory profile, or '' when PHP finds nothing wrong.
 *
 * @param string $text The file's contents.
 * @return string One of the codes b12_widgets_settings_messages() words.
 */
function b12_widgets_profile_problem( $text ) {
	if ( strlen( $text ) > B12_WIDGETS_PROFILE_MAX_BYTES ) {
		return 'too-large';
	}
	$value = json_decode( $text, true );
	if ( ! is_array( $value ) ) {
		return 'not-json';
	}
	$laboratory = $value['laboratory'] ?? null;
	if ( 'uk-default' !== ( $value['basedOn'] ?? null ) || ! is_array( $laboratory ) ) {
		return 'not-laboratory';
	}
	if ( ! is_string( $laboratory['name'] ?? null ) || '' === trim( $laboratory['name'] ) || ! is_string( $laboratory['readOn'] ?? null ) || ! preg_match( '/^\d{4}-\d{2}-\d{2}$/', $laboratory['readOn'] ) ) {
		return 'not-laboratory';
	}
	return '';
}

/**
 * Saves or removes the profile: only an administrator, only from the settings page's form.
 */
function b12_widgets_save_profile() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'You are not allowed to change the laboratory ranges.', 'b12-widgets' ), 403 );
	}
	check_admin_referer( 'b12_widgets_profile' );
	$message = 'saved';
	if ( isset( $_POST['remove'] ) ) {
		delete_option( B12_WIDGETS_PROFILE_OPTION );
		$message = 'removed';
	} else {
		// phpcs:ignore WordPress.Security.ValidatedSanitizedInput -- a file's path, read only through is_uploaded_file() below.
		$file = $_FILES['profile'] ?? null;
		if ( ! is_array( $file ) || UPLOAD_ERR_OK !== ( $file['error'] ?? UPLOAD_ERR_NO_FILE ) || ! is_uploaded_file( $file['tmp_name'] ) ) {
			$message = 'no-file';
		} else {
			$text    = (string) file_get_contents( $file['tmp_name'], false, null, 0, B12_WIDGETS_PROFILE_MAX_BYTES + 1 ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- an uploaded file.
			$problem = b12_widgets_profile_problem( $text );
			if ( '' !== $problem ) {
				$message = $problem;
			} else {
				// Stored as the editor's file said it, re-encoded: no markup of theirs reaches a page.
				update_option( B12_WIDGETS_PROFILE_OPTION, wp_json_encode( json_decode( $text, true ), JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ), false );
			}
		}
	}
	wp_safe_redirect( add_query_arg( 'b12-message', $message, admin_url( 'options-general.php?page=b12-widgets' ) ) );
	exit;
}
add_action( 'admin_post_b12_widgets_profile', 'b12_widgets_save_profile' );

/**
 * What the settings page says after a save, by code.
 *
 * @return array<string, array{0: string, 1: string}> Code => [words, notice type].
 */
function b12_widgets_settings_messages() {
	return array(
		'saved'          => array( __( 'Your laboratory’s ranges are in use. Check the preview below.', 'b12-widgets' ), 'success' ),
		'removed'        => array( __( 'The widgets use the built-in ranges again.', 'b12-widgets' ), 'success' ),
		'no-file'        => array( __( 'Choose the profile file to upload.', 'b12-widgets' ), 'error' ),
		'too-large'      => array( __( 'That file is too large to be a laboratory profile.', 'b12-widgets' ), 'error' ),
		'not-json'       => array( __( 'That file is not a profile: it is not JSON. Upload the file the profile maker saved.', 'b12-widgets' ), 'error' ),
		'not-laboratory' => array( __( 'That file is not a laboratory profile: it needs the laboratory’s name and the day its figures were read. Make it with the profile maker.', 'b12-widgets' ), 'error' ),
	);
}

/**
 * Settings › B12 widgets, for administrators.
 */
function b12_widgets_add_settings_page() {
	add_options_page( __( 'B12 widgets', 'b12-widgets' ), __( 'B12 widgets', 'b12-widgets' ), 'manage_options', 'b12-widgets', 'b12_widgets_settings_page' );
}
add_action( 'admin_menu', 'b12_widgets_add_settings_page' );

/**
 * The settings page: the profile in use and its preview, and the form to change it.
 */
function b12_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$messages = b12_widgets_settings_messages();
	// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- only chooses which of our own messages to show.
	$code    = isset( $_GET['b12-message'] ) ? sanitize_key( wp_unslash( $_GET['b12-message'] ) ) : '';
	$profile = b12_widgets_laboratory_profile();
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'B12 widgets', 'b12-widgets' ); ?></h1>
		<?php if ( isset( $messages[ $code ] ) ) : ?>
			<div class="notice notice-<?php echo esc_attr( $messages[ $code ][1] ); ?>" role="<?php echo 'error' === $messages[ $code ][1] ? 'alert' : 'status'; ?>"><p><?php echo esc_html( $messages[ $code ][0] ); ?></p></div>
		<?php endif; ?>
		<h2><?php esc_html_e( 'Your laboratory’s ranges', 'b12-widgets' ); ?></h2>
		<p><?php esc_html_e( 'The cofactor checker uses UK guidance and typical NHS laboratory ranges. If your site is for one NHS trust, it can show your own laboratory’s figures instead, with its name and the day they were read. Make the profile file with the profile maker in the widgets’ embed-code builder, then upload it here.', 'b12-widgets' ); ?></p>
		<?php if ( null !== $profile ) : ?>
			<p id="b12-widgets-in-use">
				<?php
				/* translators: 1: the laboratory's name, 2: the day its figures were read (YYYY-MM-DD). */
				echo esc_html( sprintf( __( 'In use: %1$s, read on %2$s.', 'b12-widgets' ), (string) ( $profile['laboratory']['name'] ?? '' ), (string) ( $profile['laboratory']['readOn'] ?? '' ) ) );
				?>
			</p>
			<?php
			// The stored file, as every page's checker reads it: the widget names any problem in it here.
			echo b12_widgets_element( 'b12-cofactor-checker', array( 'mode' => 'guide', 'headingLevel' => '3' ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built by b12_widgets_element(), which escapes every attribute.
			?>
		<?php endif; ?>
		<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" enctype="multipart/form-data">
			<input type="hidden" name="action" value="b12_widgets_profile" />
			<?php wp_nonce_field( 'b12_widgets_profile' ); ?>
			<p>
				<label for="b12-widgets-profile"><?php esc_html_e( 'Laboratory profile file (.json)', 'b12-widgets' ); ?></label><br />
				<input type="file" id="b12-widgets-profile" name="profile" accept=".json,application/json" />
			</p>
			<p>
				<?php submit_button( __( 'Upload and use these ranges', 'b12-widgets' ), 'primary', 'upload', false ); ?>
				<?php if ( null !== $profile ) : ?>
					<?php submit_button( __( 'Use the built-in ranges again', 'b12-widgets' ), 'secondary', 'remove', false ); ?>
				<?php endif; ?>
			</p>
		</form>
		<p><?php esc_html_e( 'Keep it current: when your laboratory changes a range or its method, make the file again with the new figures and the day you read them, and upload it here. Readers see that day under the ranges.', 'b12-widgets' ); ?></p>
	</div>
	<?php
}
