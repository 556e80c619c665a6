import { cite, type SourceId } from './sources.js';
import { b12DeficiencyExcluded, isLow } from './status.js';
import type { Analyte, Cause, ResultWarning, ResultWarningId, Severity, Status, Warning } from './types.js';

/**
 * Safety rules. They are engine code, not profile data, so that no profile can remove
 * them, and they cite their sources directly for the same reason. Each rule is a row of
 * the clinical reference's "Safety rules" table.
 */

const SEVERITY_ORDER: Record<Severity, number> = { urgent: 0, caution: 1, info: 2 };

function warning(
  id: ResultWarningId,
  severity: Severity,
  analytes: Analyte[],
  sourceIds: SourceId[],
  figures?: Record<string, number>,
  units?: Record<string, string>,
  wording?: Warning['wording'],
): ResultWarning {
  return { id, severity, analytes, sources: sourceIds.map(cite), ...(figures && { figures }), ...(units && { units }), ...(wording && { wording }) };
}

/** NHS: do not take more than 10 mg a day of B6 from supplements unless a doctor advises it. */
const B6_MAX_DAILY_MILLIGRAMS = 10;
/** CKS: with inflammation, ferritin up to about 100 µg/L can still mean iron deficiency. */
const FERRITIN_WITH_INFLAMMATION = { figures: { ferritinUpTo: 100 }, units: { ferritinUpTo: 'µg/L' } };
/**
 * NHS: the usual folic acid in pregnancy is 400 micrograms a day. The words say a low
 * folate may need more; they never say when to stop.
 */
const PREGNANCY_FOLIC_ACID = { folicAcidMicrogramsPerDay: 400 };

/** Urgent first, then caution, then info; rules keep their order within a severity. */
function bySeverity(warnings: ResultWarning[]): ResultWarning[] {
  return [...warnings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** What is known of folate: a test showed it low, the person does not know, or it is not low. */
export type FolateKnown = 'low' | 'unknown' | 'not-low';

interface FolateContext {
  folate: FolateKnown;
  /**
   * Pregnant or planning a pregnancy. Never breastfeeding: folic acid protects a baby
   * in the womb, so it is never held back in pregnancy, but a breastfeeding person with
   * low B12 is at the same risk from folic acid alone as anyone else.
   */
  pregnant: boolean;
  b12TherapyStarted: boolean;
  /** A B12 or active B12 result was given and none is deficient or indeterminate. */
  b12DeficiencyExcluded: boolean;
  /** The pregnancy words' second line: ask for a B12 test (checker), or start treatment promptly (plan). */
  pregnancyWording: NonNullable<Warning['wording']>;
}

/**
 * When folic acid may start. Taken alone while B12 is low, it can mend the anaemia and
 * let nerve damage (subacute combined degeneration) progress, so it waits for B12
 * treatment: this overrides the support group's "start cofactors in advance". But folic
 * acid in pregnancy protects the baby, so a pregnant person is never told to hold it
 * back; and where B12 deficiency looks excluded, folic acid is usually right. One rule
 * for the checker and the plan.
 */
function folateWarnings({ folate, pregnant, b12TherapyStarted, b12DeficiencyExcluded, pregnancyWording }: FolateContext): ResultWarning[] {
  if (folate === 'not-low') return [];
  if (pregnant) return [warning('folate-pregnancy', 'caution', ['folate'], ['nhs-folic-acid-pregnancy', 'nice-ng239'], PREGNANCY_FOLIC_ACID, undefined, pregnancyWording)];
  if (b12TherapyStarted) return [];
  // Not knowing one's folate is a reason for care, not for alarm.
  if (folate === 'unknown') return [warning('folate-before-b12', 'caution', ['folate'], ['bnf-folic-acid', 'bsh-2014'])];
  if (b12DeficiencyExcluded) return [warning('folate-b12-normal', 'info', ['folate'], ['bsh-2014', 'nice-ng239'])];
  return [warning('folate-before-b12', 'urgent', ['folate'], ['bnf-folic-acid', 'bsh-2014'])];
}

export interface CofactorSafetyInput {
  statuses: Record<Analyte, Status>;
  b12TherapyStarted: boolean;
  /** Pregnant or planning a pregnancy. */
  pregnant: boolean;
}

export function cofactorWarnings({ statuses, b12TherapyStarted, pregnant }: CofactorSafetyInput): ResultWarning[] {
  const warnings: ResultWarning[] = folateWarnings({
    folate: isLow(statuses.folate) ? 'low' : 'not-low',
    pregnant,
    b12TherapyStarted,
    b12DeficiencyExcluded: b12DeficiencyExcluded(statuses),
    pregnancyWording: 'check-b12',
  });
  // More than 10 mg a day of B6 for long causes peripheral neuropathy: said with every B6
  // result, since a good level is no reason to take more.
  if (statuses.vitaminB6 !== 'not-entered') warnings.push(warning('b6-supplement-limit', 'caution', ['vitaminB6'], ['nhs-b6'], { maxDailyMilligrams: B6_MAX_DAILY_MILLIGRAMS }));
  // Only the person's own lab range can make B6 "above range": the default profile has no upper limit.
  if (statuses.vitaminB6 === 'above-range') warnings.push(warning('b6-above-range', 'caution', ['vitaminB6'], ['nhs-b6']));
  if (statuses.ferritin === 'above-range') warnings.push(warning('ferritin-above-range', 'caution', ['ferritin'], ['cks-iron']));
  // Ferritin rises with inflammation, so a normal value can hide low iron.
  if (statuses.ferritin !== 'not-entered' && statuses.ferritin !== 'deficient') {
    warnings.push(warning('ferritin-inflammation', 'info', ['ferritin'], ['cks-iron'], FERRITIN_WITH_INFLAMMATION.figures, FERRITIN_WITH_INFLAMMATION.units));
  }
  // A high B12 is expected during treatment; otherwise it is worth asking a GP about.
  if (statuses.vitaminB12 === 'above-range' || statuses.activeB12 === 'above-range') {
    warnings.push(warning('b12-above-range', b12TherapyStarted ? 'info' : 'caution', ['vitaminB12', 'activeB12'], ['lab-b12']));
  }
  return bySeverity(warnings);
}

interface PlanSafetyInput {
  cause: Cause;
  /** As planned: "not sure" is planned as yes. */
  neurologicalSymptoms: boolean;
  /** Pregnant or planning a pregnancy, as planned ("not sure" is planned as pregnant). */
  pregnant: boolean;
  breastfeeding: boolean;
  folate: FolateKnown;
  /** The profile's review in pregnancy, which the pregnancy warning states. */
  reviewAfterMonthsPregnant: number;
}

export function planWarnings({ cause, neurologicalSymptoms, pregnant, breastfeeding, folate, reviewAfterMonthsPregnant }: PlanSafetyInput): ResultWarning[] {
  // A plan is for someone whose B12 deficiency is established and whose treatment has not started.
  const warnings: ResultWarning[] = folateWarnings({ folate, pregnant, b12TherapyStarted: false, b12DeficiencyExcluded: false, pregnancyWording: 'start-b12-treatment' });
  // Neurological symptoms need treatment started urgently to prevent permanent damage.
  if (neurologicalSymptoms) warnings.push(warning('neurological-urgent', 'urgent', [], ['bsh-2014', 'bnf-hydroxo']));
  if (cause === 'nitrous-oxide') warnings.push(warning('nitrous-oxide', 'urgent', [], ['nice-ng239']));
  if (cause === 'medication') warnings.push(warning('medicine-do-not-stop', 'caution', [], ['mhra-metformin', 'nice-ng239']));
  // NG239 reviews after 1 month in pregnancy or breastfeeding.
  if (pregnant || breastfeeding) warnings.push(warning('pregnancy', 'caution', [], ['nice-ng239'], { reviewAfterMonths: reviewAfterMonthsPregnant }));
  if (cause === 'unknown') warnings.push(warning('cause-unknown', 'info', [], ['nice-ng239']));
  return bySeverity(warnings);
}
