/** Registers `<b12-loading-course>`. */
import { B12LoadingCourse } from './elements/loading-course/loading-course.component.js';
import { defineElement } from './elements/shared/define.js';

defineElement('b12-loading-course', B12LoadingCourse);

export { B12LoadingCourse };

declare global {
  interface HTMLElementTagNameMap {
    'b12-loading-course': B12LoadingCourse;
  }
}
