import type { WidgetExample } from '../shared/widget-example.js';

export const SYMPTOM_DIARY_EXAMPLES: readonly WidgetExample[] = [
  {
    id: 'diary',
    title: 'Your symptom diary',
    attributes: { 'heading-level': '3' },
    fallback: 'Loading the symptom diary…',
    inGallery: true,
  },
  { id: 'urdu-diary', title: 'The symptom diary in Urdu', attributes: { lang: 'ur' }, fallback: '…', inGallery: false },
  { id: 'welsh-diary', title: 'The symptom diary in Welsh', attributes: { lang: 'cy' }, fallback: '…', inGallery: false },
];
