/**
 * b12-widgets: registers every element. For one element only, import
 * `b12-widgets/cofactor-checker.js` or `b12-widgets/treatment-plan.js`; for the clinical
 * logic alone, `b12-widgets/engine`.
 */
export { B12CofactorChecker } from './cofactor-checker.js';
export { B12TreatmentPlan } from './treatment-plan.js';
