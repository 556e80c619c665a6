import { COFACTOR_CHECKER_EXAMPLES } from './cofactor-checker/cofactor-checker.examples.js';
import type { WidgetExample } from './shared/widget-example.js';
import { SYMPTOM_DIARY_EXAMPLES } from './symptom-diary/symptom-diary.examples.js';
import { TREATMENT_PLAN_EXAMPLES } from './treatment-plan/treatment-plan.examples.js';

/** Every declared example with the element it is for: one list for the demo gallery and the tests. Not part of the package. */
export const WIDGET_EXAMPLES: readonly { tagName: string; example: WidgetExample }[] = [
  ...COFACTOR_CHECKER_EXAMPLES.map((example) => ({ tagName: 'b12-cofactor-checker', example })),
  ...TREATMENT_PLAN_EXAMPLES.map((example) => ({ tagName: 'b12-treatment-plan', example })),
  ...SYMPTOM_DIARY_EXAMPLES.map((example) => ({ tagName: 'b12-symptom-diary', example })),
];
