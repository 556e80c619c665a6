import { buildTreatmentPlan, type PlanReview, type TreatmentPlan } from './plan.js';
import type { Profile } from './profile-shape.js';
import { defaultProfile } from './profiles/uk-default.js';
import { CAUSES, type Cause, type ResultWarning } from './types.js';

export interface TreatmentTableRow {
  cause: Cause;
  withoutNeurologicalSymptoms: TreatmentPlan;
  withNeurologicalSymptoms: TreatmentPlan;
  /** The warnings that always belong to this cause, whatever else is answered. */
  warnings: ResultWarning[];
}

export interface TreatmentTable {
  rows: TreatmentTableRow[];
  /** The warnings of the neurological column, the same for every cause: said once, under the table. */
  warnings: ResultWarning[];
  /** NG239's review, with the months for pregnancy or breastfeeding beside it. */
  review: PlanReview & { afterMonthsPregnant: number };
}

/**
 * Every cause's plan with and without nerve symptoms, for an information page read
 * without the questions: so each row carries what always belongs to its cause (nitrous
 * oxide's urgent words, medication's "do not stop"), and the table the warnings of nerve
 * symptoms and the review.
 */
export function buildTreatmentTable(profile: Profile = defaultProfile): TreatmentTable {
  const rows = CAUSES.map((cause) => {
    const withoutNeurologicalSymptoms = buildTreatmentPlan({ cause, neurologicalSymptoms: false }, profile);
    const withNeurologicalSymptoms = buildTreatmentPlan({ cause, neurologicalSymptoms: true }, profile);
    return { cause, withoutNeurologicalSymptoms, withNeurologicalSymptoms, warnings: withoutNeurologicalSymptoms.warnings };
  });
  const causeOwn = new Set(rows.flatMap((row) => row.warnings.map((warning) => warning.id)));
  const neurological = rows[0].withNeurologicalSymptoms.warnings.filter((warning) => !causeOwn.has(warning.id));
  const { review } = rows[0].withoutNeurologicalSymptoms;
  return { rows, warnings: neurological, review: { ...review, afterMonthsPregnant: profile.plans.review.afterMonthsPregnant } };
}
