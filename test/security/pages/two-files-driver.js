// A page that takes each widget's own file, as the embed builder offers them one at a time.
import { click, ready, report, textOf, type } from './page-driver.js';

const [checker, plan] = document.querySelectorAll('b12-cofactor-checker, b12-treatment-plan');
await ready(checker);
await ready(plan);
await type(checker, '#folate-value', '15');
await click(plan, '#neurological-no');
await report({
  folateStatus: textOf(checker, '.result[data-analyte="folate"] .result__status'),
  planPhases: [...plan.shadowRoot.querySelectorAll('.phase')].map((phase) => phase.dataset.phase),
});
