import { expect, fixture, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { WIDGET_EXAMPLES } from '../../src/elements/examples.js';
import { exampleMarkup, type WidgetExample } from '../../src/elements/shared/widget-example.js';
import { matchLocale } from '../../src/i18n/localization.js';
import { registerEveryWidget } from '../helpers/widgets.js';
import { settled } from './helpers.js';

/**
 * Every example declared beside the elements (the same list the demo gallery and the
 * embed builder show), as an editor pastes it, at a desktop width and at 320 px: axe
 * finds nothing, nothing is wider than the column, the words are in the example's
 * language and direction, and the headings sit at the level the page asked for. Each is
 * saved as a screenshot in test-results/screenshots/ for a person to look over.
 */

async function place(tagName: string, example: WidgetExample, width: number): Promise<{ frame: HTMLElement; widget: HTMLElement }> {
  const frame = await fixture<HTMLElement>(`<div id="example-frame" style="width: ${width}px">${exampleMarkup(tagName, example)}</div>`);
  const widget = frame.firstElementChild as HTMLElement;
  const language = matchLocale(example.attributes.lang ?? 'en-GB');
  await waitUntil(() => widget.shadowRoot?.querySelector('.root')?.getAttribute('lang') === language, `${example.id} never showed its words in ${language}`, { timeout: 10_000 });
  await settled(widget);
  return { frame, widget };
}

/** Elements in the widget that reach past the column's edges, by more than a rounding error. */
function overflowing(frame: HTMLElement, widget: HTMLElement): string[] {
  const { left, right } = frame.getBoundingClientRect();
  return [...widget.shadowRoot!.querySelectorAll('*')]
    .filter((node) => node.getClientRects().length > 0 && !node.closest('.visually-hidden'))
    .filter((node) => {
      const box = node.getBoundingClientRect();
      return box.width > 0 && (box.left < left - 1 || box.right > right + 1);
    })
    .map((node) => `${node.localName}.${[...node.classList].join('.')} (${Math.round(node.getBoundingClientRect().width)} px)`);
}

describe('every declared example', () => {
  before(registerEveryWidget);

  for (const { tagName, example } of WIDGET_EXAMPLES) {
    describe(`<${tagName}> ${example.id}: ${example.title}`, () => {
      for (const width of [1024, 320]) {
        it(`at ${width} px: accessible, within the column, in its language, at its heading level`, async () => {
          const { frame, widget } = await place(tagName, example, width);
          const root = widget.shadowRoot!.querySelector('.root')!;
          expect(root.getAttribute('dir')).to.equal(matchLocale(example.attributes.lang ?? 'en-GB') === 'ur' ? 'rtl' : 'ltr');
          const level = Number(example.attributes['heading-level'] ?? 2);
          expect(widget.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')?.localName, 'the top heading').to.equal(`h${level}`);
          expect(widget.shadowRoot!.querySelector('.editor-notice')?.textContent ?? 'none', 'an editor notice').to.equal('none');
          expect(overflowing(frame, widget), 'parts wider than the column').to.deep.equal([]);
          await expect(frame).to.be.accessible();
          const saved = (await executeServerCommand('save-screenshot', { name: `${tagName}.${example.id}.${width}`, selector: '#example-frame' })) as { bytes: number };
          expect(saved.bytes, 'screenshot bytes').to.be.greaterThan(1000);
        });
      }
    });
  }
});
