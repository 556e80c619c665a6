import '/dist/cdn/b12-widgets.js';
import { click, ready, report, textOf, type, violations } from './page-driver.js';

const [checker, guide, plan, table] = document.querySelectorAll('b12-cofactor-checker, b12-treatment-plan');
for (const element of [checker, guide, plan, table]) await ready(element);

await type(checker, '#folate-value', '2');
await type(checker, '#ferritin-value', '400');
await click(checker, '#b12-started');
await click(plan, '#cause-autoimmune-gastritis');
await click(plan, '#neurological-yes');
const soon = new Date(Date.now() + 3 * 86_400_000);
await type(plan, '#start-date-day', String(soon.getDate()));
await type(plan, '#start-date-month', String(soon.getMonth() + 1));
await type(plan, '#start-date-year', String(soon.getFullYear()));
await click(plan, '.view-switch button:last-child');

const widgetViolations = violations.length;

// Canaries: the policy must really be in force, or a clean run proves nothing.
let trustedTypesEnforced = false;
try {
  document.createElement('div').innerHTML = '<b>not trusted</b>';
} catch {
  trustedTypesEnforced = true;
}
const style = document.createElement('style');
style.textContent = 'body { color: red }';
document.head.append(style);
await new Promise((resolve) => setTimeout(resolve, 50));

await report({
  widgetViolations,
  canaryReported: violations.length > widgetViolations,
  trustedTypesSupported: 'trustedTypes' in window,
  trustedTypesEnforced,
  folateStatus: textOf(checker, '.result[data-analyte="folate"] .result__status'),
  ferritinWarnings: [...checker.shadowRoot.querySelectorAll('.result[data-analyte="ferritin"] [data-warning]')].map((w) => w.dataset.warning),
  guideRows: guide.shadowRoot.querySelectorAll('tbody tr').length,
  planPhases: [...plan.shadowRoot.querySelectorAll('.phase')].map((p) => p.dataset.phase),
  monthCaption: textOf(plan, '.month caption'),
  tableRows: table.shadowRoot.querySelectorAll('tbody tr').length,
  // How far through its band the marker's centre is drawn: placed through the CSSOM.
  rangeBarMarkerAt: (() => {
    const marker = checker.shadowRoot.querySelector('.result[data-analyte="folate"] .range-bar__marker').getBoundingClientRect();
    const band = checker.shadowRoot.querySelector('.result[data-analyte="folate"] .band--deficient').getBoundingClientRect();
    return (marker.left + marker.width / 2 - band.left) / band.width;
  })(),
});
