import { css } from 'lit';
import { baseStyles } from './base-styles.js';
import { dataTableStyles } from './data-table.js';
import { editorNoticeStyles } from './editor-notice.js';
import { errorMessageStyles } from './error-message.js';
import { formStyles } from './form-styles.js';
import { headingStyles } from './heading.js';
import { positionTagStyles } from './position-words.js';
import { prerenderedStyles } from './prerendered-content.js';
import { sourceListStyles } from './source-list.js';
import { sharedTheme } from './theme.js';
import { unavailableNoteStyles } from './unavailable.js';
import { warningListStyles } from './warning-list.js';

/**
 * The styles of everything every widget renders, in cascade order; each element adds its
 * own after them. Joined into one stylesheet: every adopted sheet adds to the cost of
 * each style recalculation, which a typed keystroke triggers.
 */
export const widgetStyles = css`
  ${sharedTheme}${baseStyles}${headingStyles}${editorNoticeStyles}${warningListStyles}${sourceListStyles}${positionTagStyles}${dataTableStyles}${formStyles}${errorMessageStyles}${unavailableNoteStyles}${prerenderedStyles}
`;
