import { msg, str } from '@lit/localize';
import type { AdviceId } from '../../engine/index.js';
import type { AdviceFigures } from './advice-text.js';
import { maintenanceReviewWords } from './maintenance-review-words.js';
import { sameDayEmergencyWords } from './emergency-words.js';

/**
 * What each piece of advice asks the person to do. Figures come from the profile, never
 * from here. Whose position each is comes with the advice from the engine and is shown
 * beside it.
 */
export function adviceWords(id: AdviceId, { optimalFrom = '', figures = {} }: AdviceFigures, locale: string): string {
  switch (id) {
    case 'folate-supplement':
      // When to start is the safety warnings' to say: for a pregnant person, now.
      return msg('Ask your GP or pharmacist about taking folic acid.');
    case 'iron-assess':
      return msg('Your iron stores are low. Your GP should find out why before you start taking iron.');
    case 'iron-supplement':
      return msg(str`Your iron stores are below ${optimalFrom}, the optimal level in this guide. Ask your GP or pharmacist about an iron supplement.`);
    case 'b6-supplement':
      return msg('Ask your GP or pharmacist about a vitamin B6 supplement.');
    case 'b12-treat':
      return msg('Talk to your GP about B12 treatment. This is not a diagnosis.');
    case 'b12-treat-urgently-if-nerves':
      return `${msg('If you have numbness, tingling, weakness, or problems with walking, balance or eyesight, tell your GP now: treatment should start urgently.', {
        desc: 'Urgent safety advice beside a deficient B12 result. Keep the instruction as an instruction ("tell"), not as a statement or a possibility.',
      })} ${sameDayEmergencyWords()}`;
    case 'b12-further-tests':
      return msg('Ask your GP about further tests, such as a methylmalonic acid (MMA) blood test, and about your symptoms.');
    case 'b12-pregnancy-test':
      return msg('Total B12 is less reliable in pregnancy. An active B12 test is the better test: ask your GP or midwife about it.');
    case 'b12-nitrous-caveat':
      return msg('If you use nitrous oxide ("laughing gas"), a normal B12 result does not rule out B12 deficiency. Tell your GP.');
    case 'start-cofactors-with-b12':
      return msg('The B12 Society suggests starting supplements for low iron stores or low vitamin B6 before or with your B12 treatment. Folic acid is different: see the warnings.');
    case 'lab-range-precedence':
      return msg('Labs use different tests and ranges. Your own lab report, and what your GP says about it, come first.');
    case 'b12-level-on-treatment':
      return msg('During B12 treatment your B12 level is expected to be high. It does not show whether your dose is right: how your symptoms are is what counts.');
    case 'maintenance-review-frequency':
      return maintenanceReviewWords({ figures }, locale);
    case 'follow-up-varies':
      return msg('How often you need injections after loading can depend on the cause and on your symptoms.');
  }
}
