import { msg, str } from '@lit/localize';
import type { InputErrorCode } from '../../engine/index.js';

/** What to fix, said beside the field, with a number written the reader's way. */
export function inputErrorWords(code: InputErrorCode, example: string): string {
  switch (code) {
    case 'not-a-number':
      return msg(str`Enter the result as a number, like ${example}`);
    case 'negative':
      return msg('The result cannot be less than 0');
    case 'implausible':
      return msg('This is much higher than a lab would report. Check the number and the unit');
    case 'unknown-unit':
      return msg('Choose the unit your lab used');
    case 'range-reversed':
      return msg('The highest value must be more than the lowest value');
  }
}
