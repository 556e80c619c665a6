/** Registers `<b12-symptom-diary>`. Import the class from its component module to register it yourself. */
import { B12SymptomDiary, type DiaryChange } from './elements/symptom-diary/symptom-diary.component.js';
import { defineElement } from './elements/shared/define.js';

defineElement('b12-symptom-diary', B12SymptomDiary);

export { B12SymptomDiary };

declare global {
  interface HTMLElementTagNameMap {
    'b12-symptom-diary': B12SymptomDiary;
  }
  interface HTMLElementEventMap {
    'b12-diary-change': CustomEvent<{ change: DiaryChange }>;
  }
}
