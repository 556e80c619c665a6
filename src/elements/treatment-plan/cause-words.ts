import { msg } from '@lit/localize';
import type { Cause } from '../../engine/index.js';

/** Each cause in the words a patient would use, with an example where it helps. */
export function causeLabel(cause: Cause): string {
  switch (cause) {
    case 'autoimmune-gastritis':
      return msg('Pernicious anaemia (autoimmune gastritis)');
    case 'malabsorption':
      return msg('A problem with my stomach or gut, or an operation on it');
    case 'medication':
      return msg('A medicine I take');
    case 'diet':
      return msg('My diet');
    case 'nitrous-oxide':
      return msg('Using nitrous oxide (laughing gas)');
    case 'unknown':
      return msg('I do not know yet');
  }
}

export function causeHint(cause: Cause): string {
  switch (cause) {
    case 'autoimmune-gastritis':
      return msg('Your immune system stops your stomach taking in B12.');
    case 'malabsorption':
      return msg('For example, stomach or bowel surgery, coeliac disease or Crohn’s disease.');
    case 'medication':
      return msg('For example, metformin, or indigestion medicines called proton pump inhibitors (PPIs).');
    case 'diet':
      return msg('For example, a vegan diet, or eating little food that comes from animals.');
    case 'nitrous-oxide':
      return '';
    case 'unknown':
      return msg('Your GP may still be finding out.');
  }
}
