import { isLow } from './status.js';
import type { Analyte, Status } from './types.js';

/**
 * Advice ids for one analyte's status, from the clinical reference's "Cofactor advice
 * ids" table. The elements turn each id into words.
 */
export function adviceFor(analyte: Analyte, status: Status): string[] {
  switch (analyte) {
    case 'folate':
      return isLow(status) ? ['folate-supplement'] : [];
    case 'ferritin':
      // A deficient ferritin needs its cause found by a GP before anything else.
      if (status === 'deficient') return ['iron-assess'];
      return status === 'below-optimal' ? ['iron-supplement'] : [];
    case 'vitaminB6':
      return isLow(status) ? ['b6-supplement'] : [];
    case 'vitaminB12':
    case 'activeB12':
      // 180–350 ng/L (25–70 pmol/L active) is NG239's indeterminate band: ask about
      // further tests such as MMA, not a supplement prompt.
      if (status === 'deficient') return ['b12-treat'];
      return status === 'below-optimal' ? ['b12-further-tests'] : [];
  }
}

/**
 * Advice that depends on several analytes at once. The B12 Society: start cofactor
 * supplements before or with B12 treatment (folate excepted; see the safety rules).
 */
export function combinedAdvice(statuses: Record<Analyte, Status>): string[] {
  const anyCofactorLow = isLow(statuses.folate) || isLow(statuses.ferritin) || isLow(statuses.vitaminB6);
  return anyCofactorLow ? ['start-cofactors-with-b12'] : [];
}
