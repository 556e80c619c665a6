import { isLow } from './status.js';
import type { AdviceId, Analyte, Status } from './types.js';

/**
 * Advice ids for one analyte's status, from the clinical reference's "Cofactor advice
 * ids" table. The elements turn each id into words.
 */
export function adviceFor(analyte: Analyte, status: Status): AdviceId[] {
  switch (analyte) {
    case 'folate':
      // When to start folic acid is the safety rules' decision, not this advice's.
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

/** Advice that depends on more than one result, or on none in particular. */
export function combinedAdvice(statuses: Record<Analyte, Status>, b12TherapyStarted: boolean): AdviceId[] {
  const advice: AdviceId[] = [];
  // The B12 Society: start cofactor supplements before or with B12 treatment. Never
  // folate (folic acid waits for B12 treatment: a safety rule) and never a deficient
  // ferritin (its cause is found first).
  if (statuses.ferritin === 'below-optimal' || isLow(statuses.vitaminB6)) advice.push('start-cofactors-with-b12');
  // During treatment B12 levels are expected to be high and do not show whether the dose
  // is right; symptoms do.
  const b12Entered = statuses.vitaminB12 !== 'not-entered' || statuses.activeB12 !== 'not-entered';
  if (b12TherapyStarted && b12Entered) advice.push('b12-level-on-treatment');
  // Labs use different methods and ranges: the person's own report comes first.
  if (Object.values(statuses).some((status) => status !== 'not-entered')) advice.push('lab-range-precedence');
  return advice;
}
