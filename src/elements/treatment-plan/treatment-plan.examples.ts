import type { WidgetExample } from '../shared/widget-example.js';

export const TREATMENT_PLAN_EXAMPLES: readonly WidgetExample[] = [
  {
    id: 'plan',
    title: 'Your treatment plan',
    attributes: { 'heading-level': '3' },
    fallback: 'Loading the treatment plan…',
    inGallery: true,
    builderChoice: 'Questions and a personal plan',
  },
  {
    id: 'table',
    title: 'The treatment table (for information pages)',
    attributes: { mode: 'table', 'heading-level': '3' },
    fallback: 'Loading the treatment table…',
    inGallery: true,
    builderChoice: 'The table of every cause (for information pages)',
  },
  {
    id: 'diet-page',
    title: 'A plan for a page about diet, with the cause already chosen',
    attributes: { cause: 'diet', 'heading-level': '3' },
    fallback: 'Loading the treatment plan…',
    // Not beside the plan above: two personal plans on one page name two regions "Your plan".
    inGallery: false,
  },
  { id: 'urdu-table', title: 'The treatment table in Urdu', attributes: { mode: 'table', lang: 'ur' }, fallback: '…', inGallery: false },
  { id: 'dark-table', title: 'The treatment table on a dark page', attributes: { mode: 'table', style: 'color-scheme: dark' }, fallback: '…', inGallery: false },
  { id: 'romanian-plan', title: 'The plan in Romanian', attributes: { lang: 'ro' }, fallback: '…', inGallery: false },
];
