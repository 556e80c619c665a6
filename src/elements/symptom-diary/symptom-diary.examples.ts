import type { CheckInEntry, Diary, SymptomLevel } from '../../engine/index.js';
import { addDays, formatIsoDate, parseIsoDate } from '../../engine/iso-date.js';
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
  { id: 'dark-diary', title: 'The symptom diary on a dark page', attributes: { style: 'color-scheme: dark' }, fallback: '…', inGallery: false },
  { id: 'welsh-diary', title: 'The symptom diary in Welsh', attributes: { lang: 'cy' }, fallback: '…', inGallery: false },
];

/** An ISO date some days after another. */
const plusDays = (iso: string, days: number) => formatIsoDate(addDays(parseIsoDate(iso)!, days));

/**
 * Three 91-day cycles and the start of a fourth, as the support group hears of them:
 * better within two weeks of each injection, clearly worse again on day 52, 60 and 56.
 * A check-in every 7 days and on each worse day; tiredness and memory recorded. The
 * tests' known data, and the demo's example diary file.
 */
export function threeCycleDiary(): Diary {
  const starts = ['2026-01-05', '2026-04-06', '2026-07-06', '2026-10-05'];
  const worseOn = [52, 60, 56];
  const checkIns: CheckInEntry[] = [];
  worseOn.forEach((worse, cycle) => {
    const days = [...new Set([...Array.from({ length: 13 }, (_, i) => i * 7), worse])].sort((a, b) => a - b);
    for (const day of days) {
      const tiredness: SymptomLevel = day < 14 ? 2 : day < worse ? 0 : 2;
      const memory: SymptomLevel = day < 14 ? 1 : day < worse ? 0 : 1;
      checkIns.push({ id: `c${cycle}-${day}`, date: plusDays(starts[cycle], day), levels: { tiredness, memory } });
    }
  });
  checkIns.push({ id: 'c3-7', date: plusDays(starts[3], 7), levels: { tiredness: 1, memory: 0 }, note: 'Better after the injection' });
  return { ownSymptoms: [], injections: starts.map((date, i) => ({ id: `i${i}`, date, what: 'Hydroxocobalamin 1 mg' })), checkIns };
}
