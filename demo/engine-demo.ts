// A small page script that calls the engine directly, to show it working before the
// elements' forms exist. It only reads the engine's output; no clinical logic here.
import { acceptedUnits, assessCofactors, buildTreatmentPlan, defaultProfile } from '../src/engine/index.js';

const form = document.querySelector<HTMLFormElement>('#engine-demo')!;
const output = document.querySelector<HTMLOutputElement>('#engine-result')!;
const unitPicker = form.elements.namedItem('folateUnit') as HTMLSelectElement;
for (const { unit } of acceptedUnits(defaultProfile.analytes.folate)) unitPicker.add(new Option(unit, unit));

function show() {
  const data = new FormData(form);
  const { items, warnings, errors, adviceIds } = assessCofactors({
    locale: String(data.get('locale')),
    b12TherapyStarted: data.get('started') === 'on',
    results: { folate: { value: String(data.get('folate')), unit: String(data.get('folateUnit')) } },
  });
  const folate = items.find((item) => item.analyte === 'folate')!;
  const lines = [
    `Status: ${folate.status}`,
    folate.canonicalValue === null ? '' : `In ${folate.canonicalUnit}: ${folate.canonicalValue.toFixed(2)}`,
    `Advice: ${[...folate.adviceIds, ...adviceIds].join(', ') || 'none'}`,
    `Warnings: ${warnings.map((w) => `${w.id} (${w.severity})`).join(', ') || 'none'}`,
    errors.length ? `Problem: ${errors.map((e) => e.code).join(', ')}` : '',
  ];
  output.textContent = lines.filter(Boolean).join(' · ');
}
form.addEventListener('input', show);
form.addEventListener('submit', (event) => event.preventDefault());
show();

const plan = buildTreatmentPlan({ cause: 'autoimmune-gastritis', neurologicalSymptoms: false, startDate: new Date().toISOString().slice(0, 10) });
document.querySelector('#plan-result')!.textContent = [
  ...plan.phases.map((p) => `${p.id}: ${p.medicine} ${p.doseMicrograms} micrograms, ${p.route}${p.doses ? `, ${p.doses} doses over ${p.durationDays} days` : ''}${p.intervalMonths ? `, every ${p.intervalMonthsMin ? `${p.intervalMonthsMin}–` : ''}${p.intervalMonths} months` : ''}`),
  '',
  ...plan.schedule.map((e) => `${e.date}  ${e.kind}  ${e.phaseId}`),
].join('\n');
