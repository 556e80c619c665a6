import { expect, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { Analyte, Status } from '../../../src/engine/index.js';
import { STATUS_BANDS } from '../../engine/clinical-reference.js';
import { speaking } from '../i18n/i18n-helpers.js';
import { clearField, field, render, resultCard, text, typeInto } from '../helpers.js';

/*
 * A patient looks at the bar before the words. For every test and every status, a value
 * inside the band puts the marker's centre inside the band drawn for that status. The
 * expected band comes from the clinical reference's figures, not from the widget.
 */

type Drawn = Exclude<Status, 'not-entered'>;

/** Values a quarter, half and three quarters of the way through each band, in the canonical unit. */
function valuesInside(row: (typeof STATUS_BANDS)[number]): [number, Drawn][] {
  const { deficientBelow, optimalFrom, upperLimit } = row;
  const through = (from: number, to: number) => [0.25, 0.5, 0.75].map((f) => Number((from + (to - from) * f).toFixed(1)));
  return [
    ...through(0, deficientBelow.value).map((v): [number, Drawn] => [v, 'deficient']),
    ...through(deficientBelow.value, optimalFrom.value).map((v): [number, Drawn] => [v, 'below-optimal']),
    ...(upperLimit
      ? [
          ...through(optimalFrom.value, upperLimit.value).map((v): [number, Drawn] => [v, 'optimal']),
          // Just above the limit, well above it, and far past the end of the drawn band.
          ...[1.1, 1.4, 20].map((f): [number, Drawn] => [Number((upperLimit.value * f).toFixed(1)), 'above-range']),
        ]
      : // No upper limit (B6): the optimal band is open, and a high value stays in it.
        [1.25, 1.5, 1.75, 20].map((f): [number, Drawn] => [Number((optimalFrom.value * f).toFixed(1)), 'optimal'])),
  ];
}

const centreOf = (node: Element) => {
  const { left, right } = node.getBoundingClientRect();
  return (left + right) / 2;
};

async function markerBand(el: HTMLElement, analyte: Analyte): Promise<{ band: Drawn | undefined; words: string }> {
  const card = resultCard(el, analyte);
  const marker = card.querySelector('.range-bar__marker');
  if (!marker) return { band: undefined, words: text(card.querySelector('.result__status')) };
  const x = centreOf(marker);
  const bands: Drawn[] = ['deficient', 'below-optimal', 'optimal', 'above-range'];
  const band = bands.find((status) => {
    const { left, right } = card.querySelector(`.band--${status}`)!.getBoundingClientRect();
    return x >= left && x <= right;
  });
  return { band, words: text(card.querySelector('.result__status')) };
}

for (const lang of ['en-GB', 'ur']) {
  describe(`range bar geometry (${lang})`, () => {
    for (const row of STATUS_BANDS) {
      it(`${row.analyte}: the marker sits inside the band of the value's status`, async () => {
        const el = await render<HTMLElement>(html`<b12-cofactor-checker lang=${lang}></b12-cofactor-checker>`);
        await speaking(el, lang);
        const input = field(el, row.analyte);
        for (const [value, status] of valuesInside(row)) {
          await clearField(el, input);
          await typeInto(el, input, String(value));
          const { band, words } = await markerBand(el, row.analyte);
          expect(band, `${row.analyte} ${value} ${row.canonicalUnit} (${words}) is drawn in the ${band ?? 'no'} band`).to.equal(status);
        }
      });
    }

    it('each band takes its share of the bar: deficient, below optimal and above range a fifth each, optimal two fifths', async () => {
      const el = await render<HTMLElement>(html`<b12-cofactor-checker lang=${lang}></b12-cofactor-checker>`);
      await speaking(el, lang);
      await typeInto(el, field(el, 'ferritin'), '50');
      const card = resultCard(el, 'ferritin');
      const widths = (['deficient', 'below-optimal', 'optimal', 'above-range'] as const).map((band) => card.querySelector(`.band--${band}`)!.getBoundingClientRect().width);
      const total = widths.reduce((sum, width) => sum + width, 0);
      expect(total).to.be.greaterThan(100);
      widths.forEach((width, index) => expect(width / total, `band ${index}`).to.be.closeTo([0.2, 0.2, 0.4, 0.2][index], 0.01));
    });

    it('in another unit, the marker still follows the status: folate 20 nmol/L (8.8 µg/L) is below optimal', async () => {
      const el = await render<HTMLElement>(html`<b12-cofactor-checker lang=${lang} units="folate:nmol/L"></b12-cofactor-checker>`);
      await speaking(el, lang);
      await typeInto(el, field(el, 'folate'), '20');
      expect((await markerBand(el, 'folate')).band).to.equal('below-optimal');
    });
  });
}
