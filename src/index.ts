/**
 * b12-widgets: registers every element. For one element only, import
 * `b12-widgets/cofactor-checker.js`; for the clinical logic alone, `b12-widgets/engine`.
 */
export { B12CofactorChecker } from './cofactor-checker.js';
