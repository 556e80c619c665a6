import { cite, type SourceId } from './sources.js';
import { isLow } from './status.js';
import type { Analyte, Severity, Status, Warning } from './types.js';

/**
 * Safety rules. They are engine code, not profile data, so that no profile can remove
 * them, and they cite their sources directly for the same reason. Each rule is a row of
 * the clinical reference's "Safety rules" table.
 */

const SEVERITY_ORDER: Record<Severity, number> = { urgent: 0, caution: 1, info: 2 };

function warning(id: string, severity: Severity, sourceIds: SourceId[], figures?: Record<string, number>): Warning {
  return { id, severity, sources: sourceIds.map(cite), ...(figures && { figures }) };
}

/** NHS: do not take more than 10 mg a day of B6 from supplements unless a doctor advises it. */
const B6_MAX_DAILY_MILLIGRAMS = 10;
/** CKS: with inflammation, ferritin up to about 100 µg/L can still mean iron deficiency. */
const FERRITIN_WITH_INFLAMMATION_MICROGRAMS_PER_LITRE = 100;
/** NG239: in pregnancy, review after about 1 month of treatment. */
const PREGNANCY_REVIEW_AFTER_MONTHS = 1;

/** Urgent first, then caution, then info; rules keep their order within a severity. */
export function bySeverity(warnings: Warning[]): Warning[] {
  return [...warnings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/**
 * Folic acid alone while B12 is low can mend the anaemia but let nerve damage (subacute
 * combined degeneration) progress. Overrides the support group's "start cofactors in
 * advance" for folate. One rule for the checker and the plan.
 */
function folateBeforeB12(folateLow: boolean, b12TherapyStarted: boolean): Warning[] {
  return folateLow && !b12TherapyStarted ? [warning('folate-before-b12', 'urgent', ['bsh-2014', 'bnf-hydroxo'])] : [];
}

export function cofactorWarnings(statuses: Record<Analyte, Status>, b12TherapyStarted: boolean): Warning[] {
  const warnings: Warning[] = [...folateBeforeB12(isLow(statuses.folate), b12TherapyStarted)];
  // More than 10 mg a day of B6 for long causes peripheral neuropathy.
  if (isLow(statuses.vitaminB6)) warnings.push(warning('b6-supplement-limit', 'caution', ['nhs-b6'], { maxDailyMilligrams: B6_MAX_DAILY_MILLIGRAMS }));
  if (statuses.vitaminB6 === 'above-range') warnings.push(warning('b6-above-range', 'caution', ['nhs-b6']));
  if (statuses.ferritin === 'above-range') warnings.push(warning('ferritin-above-range', 'caution', ['cks-iron']));
  // Ferritin rises with inflammation, so a normal value can hide low iron.
  if (statuses.ferritin !== 'not-entered' && statuses.ferritin !== 'deficient') {
    warnings.push(warning('ferritin-inflammation', 'info', ['cks-iron'], { ferritinUpTo: FERRITIN_WITH_INFLAMMATION_MICROGRAMS_PER_LITRE }));
  }
  // A high B12 is expected during treatment; otherwise it is worth asking a GP about.
  if (statuses.vitaminB12 === 'above-range' || statuses.activeB12 === 'above-range') {
    warnings.push(warning('b12-above-range', b12TherapyStarted ? 'info' : 'caution', ['lab-b12']));
  }
  return bySeverity(warnings);
}

export interface PlanSafetyInput {
  cause: string;
  neurologicalSymptoms: boolean;
  pregnant: boolean;
  folateLow: boolean;
}

export function planWarnings({ cause, neurologicalSymptoms, pregnant, folateLow }: PlanSafetyInput): Warning[] {
  // A plan is for someone whose B12 treatment has not started yet.
  const warnings: Warning[] = [...folateBeforeB12(folateLow, false)];
  // Neurological symptoms need urgent treatment to prevent permanent damage.
  if (neurologicalSymptoms) warnings.push(warning('neurological-urgent', 'urgent', ['nice-ng239', 'bnf-hydroxo']));
  if (cause === 'nitrous-oxide') warnings.push(warning('nitrous-oxide', 'urgent', ['nice-ng239']));
  // NG239 advises review after about 1 month of treatment in pregnancy.
  if (pregnant) warnings.push(warning('pregnancy', 'caution', ['nice-ng239'], { reviewAfterMonths: PREGNANCY_REVIEW_AFTER_MONTHS }));
  if (cause === 'unknown') warnings.push(warning('cause-unknown', 'info', ['nice-ng239']));
  return bySeverity(warnings);
}
