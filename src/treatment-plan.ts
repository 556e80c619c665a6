/** Registers `<b12-treatment-plan>`. Import the class from its component module to register it yourself. */
import { defineElement } from './elements/shared/define.js';
import { B12TreatmentPlan } from './elements/treatment-plan/treatment-plan.component.js';

defineElement('b12-treatment-plan', B12TreatmentPlan);

export { B12TreatmentPlan };

declare global {
  interface HTMLElementTagNameMap {
    'b12-treatment-plan': B12TreatmentPlan;
  }
}
