import { msg, str } from '@lit/localize';
import { isAdviceId, type AdviceId, type Profile } from '../../engine/index.js';
import { profileText } from './profile-text.js';

/**
 * What each piece of advice asks the person to do. Figures come from the profile
 * through `optimalFrom`, never from here. Whose position each is comes with the advice
 * from the engine and is shown beside it.
 */
export function adviceWords(id: AdviceId, optimalFrom: string): string {
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
    case 'b12-further-tests':
      return msg('Ask your GP about further tests, such as a methylmalonic acid (MMA) blood test, and about your symptoms.');
    case 'start-cofactors-with-b12':
      return msg('The B12 Society suggests starting supplements for low iron stores or low vitamin B6 before or with your B12 injections. Folic acid is different: see the warnings.');
    case 'lab-range-precedence':
      return msg('Labs use different tests and ranges. Your own lab report, and what your GP says about it, come first.');
    case 'b12-level-on-treatment':
      return msg('During B12 treatment your B12 level is expected to be high. It does not show whether your dose is right: how your symptoms are is what counts.');
    case 'maintenance-more-often':
      return msg('If your symptoms come back before your next injection is due, talk to your clinician about having injections more often.');
    case 'follow-up-varies':
      return msg('How often you need injections after loading can depend on the cause and on your symptoms.');
  }
}

/**
 * The words for a piece of advice: the profile's own, in the reader's language if it has
 * them, else the widget's. A profile that names advice the widget cannot word must give
 * its words (`parseProfile` checks), so this never comes back empty for a checked profile.
 */
export function adviceText(profile: Profile, id: string, locale: string, optimalFrom = ''): string {
  return profileText(profile, id, locale) ?? (isAdviceId(id) ? adviceWords(id, optimalFrom) : '');
}
