import { msg } from '@lit/localize';
import type { WarningWords } from './warning-list.js';

/**
 * The diary's safety net in full (`diary-urgent-symptoms`): a nerve symptom severe or
 * quickly worse. On its own so that the diary, which gives no other warning, does not
 * carry every warning's words.
 */
export function diaryUrgentWarningWords(): WarningWords {
  return {
    title: msg('Do not wait for your next injection'),
    body: msg(
      'If you have new or quickly worsening numbness, weakness, or problems with walking, balance, eyesight or bladder control, do not wait for your next injection: contact your GP today or call 111. Call 999 or go to A&E in an emergency.',
      { desc: 'Urgent safety words. Keep every instruction as an instruction (\"get\", \"call\", \"go\", \"contact\"), never as a statement (\"you will get\") or a possibility (\"you may get\").' },
    ),
  };
}
