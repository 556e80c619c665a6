// A CMS block and a theme both adding the script tag: two module instances of the bundle.
import { errors, ready, report, textOf, type, violations } from './page-driver.js';

await import('/dist/cdn/b12-widgets.js');
try {
  await import('/dist/cdn/b12-widgets.js?second-copy');
} catch (error) {
  errors.push(`second copy: ${error}`);
}
const [checker, table] = document.querySelectorAll('b12-cofactor-checker, b12-treatment-plan');
await ready(checker);
await ready(table);
await type(checker, '#folate-value', '15');
await report({
  widgetViolations: violations.length,
  folateStatus: textOf(checker, '.result[data-analyte="folate"] .result__status'),
  tableRows: table.shadowRoot.querySelectorAll('tbody tr').length,
});
