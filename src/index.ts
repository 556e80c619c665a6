/**
 * b12-widgets: registers the cofactor checker and the treatment plan. For one element
 * only, import `b12-widgets/cofactor-checker.js` or `b12-widgets/treatment-plan.js`; for
 * the clinical logic alone, `b12-widgets/engine`. The symptom diary, the one element that
 * can keep data on the device, is registered only by `b12-widgets/symptom-diary.js`.
 */
export { B12CofactorChecker } from './cofactor-checker.js';
export { B12TreatmentPlan } from './treatment-plan.js';
