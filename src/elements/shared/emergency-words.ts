import { msg } from '@lit/localize';

/**
 * The emergency step after "see a GP today": one sentence for the nerve-symptoms warning
 * and the advice beside a deficient B12, so it reads the same in every language. It is
 * not a second "see a GP today"; walking is named only here.
 */
export function sameDayEmergencyWords(): string {
  return msg('If they are getting worse quickly, or affect your walking, eyesight or bladder control, get emergency help the same day: call 111, or call 999 or go to A&E in an emergency.', {
    desc: 'Urgent safety words. Keep every instruction as an instruction (\"get\", \"call\", \"go\", \"contact\"), never as a statement (\"you will get\") or a possibility (\"you may get\").',
  });
}
