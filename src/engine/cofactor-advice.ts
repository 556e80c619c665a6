import { b12DeficiencyExcluded, isLow } from './status.js';
import type { AdviceId, Analyte, Status } from './types.js';

/** What the advice rules need besides the results. */
export interface AdviceContext {
  b12TherapyStarted: boolean;
  /** Pregnant or planning a pregnancy. */
  pregnant: boolean;
}

/**
 * Advice ids for one analyte's status, from the clinical reference's "Cofactor advice
 * ids" table. The elements turn each id into words.
 */
export function adviceFor(analyte: Analyte, status: Status, { b12TherapyStarted, pregnant }: AdviceContext): AdviceId[] {
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
      return [...b12Advice(status, b12TherapyStarted), ...(analyte === 'vitaminB12' && pregnant && status !== 'not-entered' ? (['b12-pregnancy-test'] as const) : [])];
  }
}

function b12Advice(status: Status, b12TherapyStarted: boolean): AdviceId[] {
  // A deficient B12 with nerve symptoms needs treatment urgently, not at the next appointment.
  if (status === 'deficient') return ['b12-treat', 'b12-treat-urgently-if-nerves'];
  // 180–350 ng/L (25–70 pmol/L active) is NG239's indeterminate band: ask about further
  // tests such as MMA, not a supplement. Labs do not test people already on treatment.
  return status === 'below-optimal' && !b12TherapyStarted ? ['b12-further-tests'] : [];
}

/** Advice that depends on more than one result, or on none in particular. */
export function combinedAdvice(statuses: Record<Analyte, Status>, { b12TherapyStarted }: AdviceContext): AdviceId[] {
  const advice: AdviceId[] = [];
  const b12Results = [statuses.vitaminB12, statuses.activeB12].filter((status) => status !== 'not-entered');
  // The B12 Society: start cofactor supplements before or with B12 treatment. Never
  // folate (folic acid waits for B12 treatment: a safety rule), never a deficient ferritin
  // (its cause is found first), and not when a B12 result excludes deficiency and no
  // treatment has started (there is no B12 treatment to start them with).
  const cofactorLow = statuses.ferritin === 'below-optimal' || isLow(statuses.vitaminB6);
  if (cofactorLow && (b12TherapyStarted || !b12DeficiencyExcluded(statuses))) advice.push('start-cofactors-with-b12');
  // NG239: nitrous oxide inactivates B12, so a normal result does not rule out deficiency.
  if (b12Results.length > 0 && !b12Results.includes('deficient')) advice.push('b12-nitrous-caveat');
  // During treatment B12 levels are expected to be high and do not show whether the dose
  // is right; symptoms do.
  if (b12TherapyStarted && b12Results.length > 0) advice.push('b12-level-on-treatment');
  // Labs use different methods and ranges: the person's own report comes first.
  if (Object.values(statuses).some((status) => status !== 'not-entered')) advice.push('lab-range-precedence');
  return advice;
}
