<?php
/**
 * Plugin Name:       B12 widgets
 * Description:       Vitamin B12 deficiency widgets for patients: a cofactor checker, a treatment plan and a private symptom diary, as blocks and shortcodes. Everything runs in the reader's browser; nothing is sent anywhere.
 * Version:           {{version}}
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            The b12-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       b12-widgets
 *
 * Copyright (c) The b12-widgets contributors. Released under the MIT licence: see LICENSE.
 *
 * @package B12Widgets
 */

defined( 'ABSPATH' ) || exit;

define( 'B12_WIDGETS_VERSION', '{{version}}' );
define( 'B12_WIDGETS_FILE', __FILE__ );

require_once __DIR__ . '/includes/catalogue.php';
require_once __DIR__ . '/includes/element.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/laboratory.php';
