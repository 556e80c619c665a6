import { msg } from '@lit/localize';
import type { WidgetTag } from '../widgets.js';

/*
 * What a page shows in the element before its script runs, and for good if the browser
 * cannot run it: the WordPress blocks and shortcodes write it in the block's language.
 * Not in any widget's bundle (nothing there imports it); the WordPress build reads the
 * translations from src/generated/locales/.
 */
export function fallbackWords(widget: WidgetTag | string): string {
  switch (widget) {
    case 'b12-cofactor-checker':
      return msg('The cofactor checker needs JavaScript. If it does not appear, ask your GP or pharmacist what your blood test results mean.', {
        id: 'fallback.cofactor-checker',
        desc: 'Shown in place of the results checker when the browser cannot run it. An instruction: ask.',
      });
    case 'b12-treatment-plan':
      return msg('The treatment plan needs JavaScript. If it does not appear, ask your GP or nurse about your B12 injections.', {
        id: 'fallback.treatment-plan',
        desc: 'Shown in place of the treatment plan when the browser cannot run it. An instruction: ask.',
      });
    case 'b12-symptom-diary':
      return msg('The symptom diary needs JavaScript. If it does not appear, you can keep a diary on paper to show your GP.', {
        id: 'fallback.symptom-diary',
        desc: 'Shown in place of the symptom diary when the browser cannot run it.',
      });
    default:
      return msg('This B12 information needs JavaScript. If it does not appear, talk to your GP.', {
        id: 'fallback.any-widget',
        desc: 'Shown in place of a B12 widget when the browser cannot run it. An instruction: talk to your GP.',
      });
  }
}
