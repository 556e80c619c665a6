import { msg, str } from '@lit/localize';

/**
 * What each advice id asks the person to do. Figures come from the profile through
 * `optimalFrom`, never from here. A profile may replace the words (`texts`).
 */
export function adviceWords(id: string, optimalFrom: string): string {
  switch (id) {
    case 'folate-supplement':
      return msg('Ask your GP or pharmacist whether you should take folic acid. Start it only once your B12 injections have started.');
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
      return msg(
        'The B12 Society suggests starting supplements for low cofactors before or with your B12 injections. The exception is folic acid: start it only once B12 injections have started.',
      );
    default:
      return '';
  }
}
