import '/dist/cdn/b12-widgets.js';
import { ready, report, textOf, violations } from './page-driver.js';

const [welsh, urdu, english] = document.querySelectorAll('b12-cofactor-checker, b12-treatment-plan');

async function speaking(element, language) {
  for (let i = 0; i < 200; i++) {
    await ready(element);
    if (element.shadowRoot?.querySelector('.root')?.lang === language) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
}

const shown = (element) => ({
  lang: element.shadowRoot.querySelector('.root')?.lang,
  dir: element.shadowRoot.querySelector('.root')?.dir,
  heading: textOf(element, 'h2'),
});

const first = { welsh: await speaking(welsh, 'cy'), urdu: await speaking(urdu, 'ur'), english: await speaking(english, 'en-GB') };
const before = { welsh: shown(welsh), urdu: shown(urdu), english: shown(english) };

// A page that changes language at run time: the ancestor's lang changes.
urdu.parentElement.setAttribute('lang', 'pl');
const switched = await speaking(urdu, 'pl');

await report({
  first,
  before,
  switched,
  after: shown(urdu),
  chunks: performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes('/chunks/')),
  widgetViolations: violations.length,
});
