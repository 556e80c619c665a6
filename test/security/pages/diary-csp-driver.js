import '/dist/cdn/b12-symptom-diary.js';
import { click, ready, report, textOf, violations } from './page-driver.js';

const diary = document.querySelector('b12-symptom-diary');
await ready(diary);
const settle = async () => {
  for (let i = 0; i < 10; i++) {
    await new Promise((resolve) => setTimeout(resolve, 30));
    await diary.updateComplete;
  }
};
const button = (words) => [...diary.shadowRoot.querySelectorAll('button')].find((candidate) => candidate.textContent.trim() === words);

// A check-in, an injection, the diary kept on the device, and a file opened (the lazily loaded checker).
await click(diary, '#level-tiredness-2');
await click(diary, 'form[data-form="check-in"] button[type="submit"]');
await click(diary, 'form[data-form="injection"] button[type="submit"]');
// The diary first looks for one kept on this device.
for (let i = 0; i < 50 && diary.shadowRoot.querySelector('.keeping').dataset.state === 'checking'; i++) await settle();
button('Keep my diary on this device').click();
await settle();
const file = {
  format: 'b12-symptom-diary',
  version: 1,
  ownSymptoms: [],
  injections: [{ id: 'a1', date: '2026-01-05' }],
  checkIns: [{ id: 'b1', date: '2026-02-20', levels: { tiredness: 3 } }],
};
const input = diary.shadowRoot.querySelector('#import-file');
const files = new DataTransfer();
files.items.add(new File([JSON.stringify(file)], 'diary.json', { type: 'application/json' }));
input.files = files.files;
input.dispatchEvent(new Event('change', { bubbles: true }));
for (let i = 0; i < 10 && !diary.shadowRoot.querySelector('.confirmation, #import-file-error'); i++) await settle();

const widgetViolations = violations.length;
const rows = diary.shadowRoot.querySelectorAll('.diary-table tbody tr').length;
const points = diary.shadowRoot.querySelectorAll('.chart--time circle.point').length;
const kept = textOf(diary, '.keeping__state--current .keeping__status');
button('Delete my diary from this device')?.click();
await settle();
button('Yes, delete my diary')?.click();
await settle();

await report({ widgetViolations, rows, points, kept, confirmation: textOf(diary, '.confirmation') ?? textOf(diary, '#import-file-error') });
