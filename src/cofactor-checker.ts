/** Registers `<b12-cofactor-checker>`. Import the class from its component module to register it yourself. */
import { B12CofactorChecker } from './elements/cofactor-checker/cofactor-checker.component.js';
import { defineElement } from './elements/shared/define.js';
import type { Assessment } from './engine/index.js';

defineElement('b12-cofactor-checker', B12CofactorChecker);

export { B12CofactorChecker };

declare global {
  interface HTMLElementTagNameMap {
    'b12-cofactor-checker': B12CofactorChecker;
  }
  /** Typed listeners: `checker.addEventListener('b12-assess', (event) => event.detail.items)`. */
  interface HTMLElementEventMap {
    'b12-assess': CustomEvent<Assessment>;
  }
}
