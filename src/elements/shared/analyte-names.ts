import { msg } from '@lit/localize';
import type { Analyte } from '../../engine/index.js';

/** What a patient calls each blood test, in plain words. */
export function analyteName(analyte: Analyte): string {
  switch (analyte) {
    case 'vitaminB12':
      return msg('Vitamin B12 (total)');
    case 'activeB12':
      return msg('Active B12');
    case 'folate':
      return msg('Folate (vitamin B9)');
    case 'ferritin':
      return msg('Ferritin (iron stores)');
    case 'vitaminB6':
      return msg('Vitamin B6');
  }
}

/**
 * The short name a person would say, for the accessible names of fields: "Folate result"
 * is what a voice-control user says and what a screen reader's list of fields shows.
 */
export function analyteShortName(analyte: Analyte): string {
  switch (analyte) {
    case 'vitaminB12':
      return msg('Total B12');
    case 'activeB12':
      return msg('Active B12');
    case 'folate':
      return msg('Folate');
    case 'ferritin':
      return msg('Ferritin');
    case 'vitaminB6':
      return msg('Vitamin B6');
  }
}
