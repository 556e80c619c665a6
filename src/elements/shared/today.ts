import { msg, str } from '@lit/localize';
import { localIsoDate, parseIsoDate } from '../../engine/iso-date.js';

/**
 * The day a widget counts as today. A page may set `.today` (a test page, a clinic's
 * kiosk); anything that is not a real `yyyy-mm-dd` date (null, a number, '2026-02-30')
 * gives way to the device's date, and the editor is told, so that a slip in the page
 * never stops a person from recording or planning.
 */
export function readToday(given: unknown, now = new Date()): { iso: string; problem?: () => string } {
  if (given === undefined) return { iso: localIsoDate(now) };
  if (typeof given === 'string' && parseIsoDate(given)) return { iso: given };
  const shown = typeof given === 'string' ? `"${given.slice(0, 40)}"` : String(given);
  return {
    iso: localIsoDate(now),
    problem: () => msg(str`The today property is ${shown}. Set it to a real date written yyyy-mm-dd, such as 2027-03-01, or leave it out. The device's date is used instead.`),
  };
}
