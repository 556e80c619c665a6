<?php
/**
 * The B12 loading course block on the page: the element, made from the block's
 * choices at render time (see includes/element.php). Written by `npm run docs` from
 * src/widgets.ts.
 *
 * @package B12Widgets
 * @var array<string, mixed> $attributes The block's choices.
 */

defined( 'ABSPATH' ) || exit;

echo '<div ' . get_block_wrapper_attributes() . '>' . b12_widgets_element( 'b12-loading-course', $attributes ) . '</div>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- every value in it is escaped where it is made.
