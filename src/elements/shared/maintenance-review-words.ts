import { msg, str } from '@lit/localize';
import type { AdviceFigures } from './advice-text.js';
import { durationMonths } from './count-words.js';

/**
 * NG239's review of the dose, frequency and route (`maintenance-review-frequency`): the
 * plan shows it beside injected maintenance, and the diary when symptoms came back often.
 * On its own so that the diary, which gives no other advice, does not carry every
 * piece's words.
 */
export function maintenanceReviewWords({ figures = {} }: AdviceFigures, locale: string): string {
  return msg(
    str`For some people the dose, how often it is given, or how it is given needs to change. The medicine's licence allows an injection every ${durationMonths(figures.licensedIntervalMonths ?? Number.NaN, locale)}. Ask your GP to review your treatment. They may also look for other causes of your symptoms.`,
  );
}
