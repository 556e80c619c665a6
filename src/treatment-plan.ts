/** Registers `<b12-treatment-plan>`. Import the class from its component module to register it yourself. */
import { defineElement } from './elements/shared/define.js';
import { B12TreatmentPlan } from './elements/treatment-plan/treatment-plan.component.js';
import type { TreatmentPlan } from './engine/index.js';

defineElement('b12-treatment-plan', B12TreatmentPlan);

export { B12TreatmentPlan };

declare global {
  interface HTMLElementTagNameMap {
    'b12-treatment-plan': B12TreatmentPlan;
  }
  interface HTMLElementEventMap {
    'b12-plan-change': CustomEvent<TreatmentPlan>;
  }
}
