import type { WidgetExample } from '../shared/widget-example.js';

export const LOADING_COURSE_EXAMPLES: readonly WidgetExample[] = [
  { id: 'course', title: 'The loading course', attributes: {}, fallback: 'Loading…', inGallery: true, builderChoice: 'The loading course in one sentence' },
];
