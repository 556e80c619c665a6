import type { WidgetExample } from '../shared/widget-example.js';

export const COFACTOR_CHECKER_EXAMPLES: readonly WidgetExample[] = [
  {
    id: 'check',
    title: 'Check your results',
    attributes: { 'heading-level': '3' },
    fallback: 'Loading the cofactor checker… If nothing appears, see the cofactor guide.',
    inGallery: true,
    builderChoice: 'A form for the reader’s results',
  },
  {
    id: 'guide',
    title: 'The guide table (for support-group pages), in the local lab’s units',
    attributes: { mode: 'guide', units: 'folate:nmol/L b12:pmol/L', 'heading-level': '3' },
    fallback: 'Loading the cofactor guide…',
    inGallery: true,
    builderChoice: 'The table of levels (for support-group pages)',
  },
  {
    id: 'compact',
    title: 'A compact checker for a sidebar',
    attributes: { compact: '', 'heading-level': '3' },
    fallback: 'Loading the cofactor checker…',
    inGallery: true,
  },
  {
    id: 'ruh-bath',
    title: 'A trust’s own laboratory: RUH Bath’s B12 and ferritin ranges, read 5 December 2026',
    attributes: { 'profile-src': '/dist/cdn/profiles/ruh-bath.json', 'heading-level': '3' },
    fallback: 'Loading the cofactor checker…',
    inGallery: true,
  },
  {
    id: 'royal-cornwall-guide',
    title: 'The guide table with Royal Cornwall’s ferritin ranges, read 5 December 2026',
    attributes: { mode: 'guide', 'profile-src': '/dist/cdn/profiles/royal-cornwall.json', 'heading-level': '3' },
    fallback: 'Loading the cofactor guide…',
    inGallery: true,
  },
  { id: 'welsh-guide', title: 'The guide in Welsh', attributes: { mode: 'guide', lang: 'cy' }, fallback: 'Canllaw…', inGallery: false },
  { id: 'urdu-check', title: 'The checker in Urdu, right to left', attributes: { lang: 'ur' }, fallback: '…', inGallery: false },
  { id: 'dark-check', title: 'The checker on a dark page', attributes: { style: 'color-scheme: dark' }, fallback: '…', inGallery: false },
  { id: 'dark-guide', title: 'The guide on a dark page', attributes: { mode: 'guide', style: 'color-scheme: dark' }, fallback: '…', inGallery: false },
  { id: 'polish-check', title: 'The checker in Polish, with B12 in pmol/L', attributes: { lang: 'pl', units: 'b12:pmol/L' }, fallback: '…', inGallery: false },
];
