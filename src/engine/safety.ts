import { cite, type SourceId } from './sources.js';
import { isLow } from './status.js';
import type { Analyte, Cause, Severity, Status, Warning, WarningId } from './types.js';

/**
 * Safety rules. They are engine code, not profile data, so that no profile can remove
 * them, and they cite their sources directly for the same reason. Each rule is a row of
 * the clinical reference's "Safety rules" table.
 */

const SEVERITY_ORDER: Record<Severity, number> = { urgent: 0, caution: 1, info: 2 };

function warning(
  id: WarningId,
  severity: Severity,
  analytes: Analyte[],
  sourceIds: SourceId[],
  figures?: Record<string, number>,
  units?: Record<string, string>,
): Warning {
  return { id, severity, analytes, sources: sourceIds.map(cite), ...(figures && { figures }), ...(units && { units }) };
}

/** NHS: do not take more than 10 mg a day of B6 from supplements unless a doctor advises it. */
const B6_MAX_DAILY_MILLIGRAMS = 10;
/** CKS: with inflammation, ferritin up to about 100 µg/L can still mean iron deficiency. */
const FERRITIN_WITH_INFLAMMATION = { figures: { ferritinUpTo: 100 }, units: { ferritinUpTo: 'µg/L' } };
/** NHS: folic acid 400 micrograms a day before conception and until 12 weeks of pregnancy. */
const PREGNANCY_FOLIC_ACID = { folicAcidMicrogramsPerDay: 400, untilWeekOfPregnancy: 12 };

/** Urgent first, then caution, then info; rules keep their order within a severity. */
function bySeverity(warnings: Warning[]): Warning[] {
  return [...warnings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** What is known of folate: a test showed it low, the person does not know, or it is not low. */
export type FolateKnown = 'low' | 'unknown' | 'not-low';

interface FolateContext {
  folate: FolateKnown;
  /** Pregnant or planning a pregnancy (checker), pregnant or breastfeeding (plan). */
  pregnant: boolean;
  b12TherapyStarted: boolean;
  /** A B12 or active B12 result was given and none is deficient or indeterminate. */
  b12DeficiencyExcluded: boolean;
}

/**
 * When folic acid may start. Taken alone while B12 is low, it can mend the anaemia and
 * let nerve damage (subacute combined degeneration) progress, so it waits for B12
 * treatment: this overrides the support group's "start cofactors in advance". But folic
 * acid in pregnancy protects the baby, so a pregnant person is never told to hold it
 * back; and where B12 deficiency looks excluded, folic acid is usually right. One rule
 * for the checker and the plan.
 */
function folateWarnings({ folate, pregnant, b12TherapyStarted, b12DeficiencyExcluded }: FolateContext): Warning[] {
  if (folate === 'not-low') return [];
  if (pregnant) return [warning('folate-pregnancy', 'caution', ['folate'], ['nhs-folic-acid-pregnancy', 'nice-ng239'], PREGNANCY_FOLIC_ACID)];
  if (b12TherapyStarted) return [];
  // Not knowing one's folate is a reason for care, not for alarm.
  if (folate === 'unknown') return [warning('folate-before-b12', 'caution', ['folate'], ['bnf-folic-acid', 'bsh-2014'])];
  if (b12DeficiencyExcluded) return [warning('folate-b12-normal', 'info', ['folate'], ['bsh-2014'])];
  return [warning('folate-before-b12', 'urgent', ['folate'], ['bnf-folic-acid', 'bsh-2014'])];
}

function b12DeficiencyExcluded(statuses: Record<Analyte, Status>): boolean {
  const entered = [statuses.vitaminB12, statuses.activeB12].filter((status) => status !== 'not-entered');
  return entered.length > 0 && !entered.some(isLow);
}

export interface CofactorSafetyInput {
  statuses: Record<Analyte, Status>;
  b12TherapyStarted: boolean;
  /** Pregnant or planning a pregnancy. */
  pregnant: boolean;
}

export function cofactorWarnings({ statuses, b12TherapyStarted, pregnant }: CofactorSafetyInput): Warning[] {
  const warnings: Warning[] = folateWarnings({
    folate: isLow(statuses.folate) ? 'low' : 'not-low',
    pregnant,
    b12TherapyStarted,
    b12DeficiencyExcluded: b12DeficiencyExcluded(statuses),
  });
  // More than 10 mg a day of B6 for long causes peripheral neuropathy.
  if (isLow(statuses.vitaminB6)) warnings.push(warning('b6-supplement-limit', 'caution', ['vitaminB6'], ['nhs-b6'], { maxDailyMilligrams: B6_MAX_DAILY_MILLIGRAMS }));
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
  /** Pregnant or breastfeeding. */
  pregnant: boolean;
  folate: FolateKnown;
  /** The profile's review in pregnancy, which the pregnancy warning states. */
  reviewAfterMonthsPregnant: number;
}

export function planWarnings({ cause, neurologicalSymptoms, pregnant, folate, reviewAfterMonthsPregnant }: PlanSafetyInput): Warning[] {
  // A plan is for someone whose B12 deficiency is established and whose treatment has not started.
  const warnings: Warning[] = folateWarnings({ folate, pregnant, b12TherapyStarted: false, b12DeficiencyExcluded: false });
  // Neurological symptoms need treatment started urgently to prevent permanent damage.
  if (neurologicalSymptoms) warnings.push(warning('neurological-urgent', 'urgent', [], ['bsh-2014', 'bnf-hydroxo']));
  if (cause === 'nitrous-oxide') warnings.push(warning('nitrous-oxide', 'urgent', [], ['nice-ng239']));
  if (cause === 'medication') warnings.push(warning('medicine-do-not-stop', 'caution', [], ['mhra-metformin', 'nice-ng239']));
  if (pregnant) warnings.push(warning('pregnancy', 'caution', [], ['nice-ng239'], { reviewAfterMonths: reviewAfterMonthsPregnant }));
  if (cause === 'unknown') warnings.push(warning('cause-unknown', 'info', [], ['nice-ng239']));
  return bySeverity(warnings);
}
