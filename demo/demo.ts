// Demo page wiring: the theme switcher, the event log, and the treatment plan's engine
// output until its element exists. No clinical logic here.
import { buildTreatmentPlan, type Assessment } from '../src/engine/index.js';

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

const plan = buildTreatmentPlan({ cause: 'autoimmune-gastritis', neurologicalSymptoms: false, startDate: new Date().toISOString().slice(0, 10) });
document.querySelector('#plan-result')!.textContent = [
  ...plan.phases.map((p) => `${p.id}: ${p.medicine} ${p.doseMicrograms} micrograms, ${p.route}${p.doses ? `, ${p.doses} doses over ${p.durationDays} days` : ''}${p.intervalMonths ? `, every ${p.intervalMonthsMin ? `${p.intervalMonthsMin}–` : ''}${p.intervalMonths} months` : ''}`),
  '',
  ...plan.schedule.map((e) => `${e.date}  ${e.kind}  ${e.phaseId}`),
].join('\n');
