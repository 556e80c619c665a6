// Demo page wiring: the theme switcher and the event logs. No clinical logic here.
import type { Assessment, TreatmentPlan } from '../src/engine/index.js';

const themePicker = document.querySelector<HTMLSelectElement>('#theme')!;
themePicker.addEventListener('change', () => {
  document.documentElement.dataset.theme = themePicker.value;
});

const eventLog = document.querySelector('#event-log')!;
document.addEventListener('b12-assess', (event) => {
  const { items, warnings } = (event as CustomEvent<Assessment>).detail;
  const entered = items.filter((item) => item.status !== 'not-entered').map((item) => `${item.analyte} ${item.status}`);
  eventLog.textContent = `${entered.join(', ') || 'nothing entered'}; warnings: ${warnings.map((w) => w.id).join(', ') || 'none'}`;
});

const planLog = document.querySelector('#plan-event-log')!;
document.addEventListener('b12-plan-change', (event) => {
  const { phases, schedule, warnings } = (event as CustomEvent<TreatmentPlan>).detail;
  planLog.textContent = `${phases.map((p) => p.id).join(' → ')}; ${schedule.length} dated entries; warnings: ${warnings.map((w) => w.id).join(', ') || 'none'}`;
});
