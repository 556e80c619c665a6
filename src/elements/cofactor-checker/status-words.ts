import { msg } from '@lit/localize';
import { isB12Test, type Analyte, type Status } from '../../engine/index.js';
import type { IconName } from '../shared/icons.js';

/*
 * B12 itself is judged against NICE NG239 (isB12Test): its middle band is "indeterminate"
 * (ask about further tests), not "below optimal", and its upper band is normal rather than optimal.
 */

export function statusLabel(analyte: Analyte, status: Status): string {
  switch (status) {
    case 'deficient':
      return msg('Deficient');
    case 'below-optimal':
      return isB12Test(analyte) ? msg('Indeterminate') : msg('Below optimal');
    case 'optimal':
      return isB12Test(analyte) ? msg('Normal') : msg('Optimal');
    case 'above-range':
      return msg('Above range');
    case 'not-entered':
      return msg('Not entered');
  }
}

/** One plain sentence on what the status means. */
export function statusMeaning(analyte: Analyte, status: Status): string {
  if (isB12Test(analyte)) {
    switch (status) {
      case 'deficient':
        return msg('This level usually means B12 deficiency.');
      case 'below-optimal':
        return msg('This result is in a grey area. It does not confirm or rule out B12 deficiency.');
      case 'optimal':
        return msg('This level does not suggest B12 deficiency on its own.');
      case 'above-range':
        return msg('This is higher than the usual range.');
      case 'not-entered':
        return msg('Enter a result to see where it stands.');
    }
  }
  switch (status) {
    case 'deficient':
      return msg('This is below the level that means deficiency.');
    case 'below-optimal':
      return msg('This is not deficient, but it is below the optimal level.');
    case 'optimal':
      return msg('This is at the optimal level.');
    case 'above-range':
      return msg('This is higher than the usual range.');
    case 'not-entered':
      return msg('Enter a result to see where it stands.');
  }
}

export function statusIcon(status: Status): IconName {
  switch (status) {
    case 'deficient':
      return 'alert';
    case 'below-optimal':
      return 'down';
    case 'optimal':
      return 'tick';
    case 'above-range':
      return 'up';
    case 'not-entered':
      return 'dash';
  }
}
