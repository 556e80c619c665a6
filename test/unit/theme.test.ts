import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkerTheme, sharedTheme, themeTokens } from '../../src/elements/shared/theme.js';
import { contrastRatio, fromHex } from '../wcag-contrast.js';

const contrast = (a: string, b: string) => contrastRatio(fromHex(a), fromHex(b));

const tokens = [...themeTokens(sharedTheme), ...themeTokens(checkerTheme)];
const palette = (scheme: 'light' | 'dark') =>
  Object.fromEntries(tokens.map((token) => [token.property.replace('--b12-colour-', ''), scheme === 'dark' ? (token.dark ?? token.default) : token.default]));

describe('theme: the light and dark palettes', () => {
  it('the dark half repeats each light default exactly, and gives every colour but the focus pair and caution a dark one', () => {
    for (const token of tokens.filter((t) => t.darkHalfLight)) assert.equal(token.darkHalfLight, token.default, token.property);
    const withoutDark = tokens.filter((t) => t.property.startsWith('--b12-colour-') && !t.dark).map((t) => t.property);
    assert.deepEqual(withoutDark, ['--b12-colour-focus', '--b12-colour-focus-text', '--b12-colour-caution']);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps WCAG 2.2 AA contrast on both backgrounds (${scheme})`, () => {
      const colours = palette(scheme);
      const weak: string[] = [];
      const need = (what: string, ratio: number, minimum: number) => ratio < minimum && weak.push(`${what}: ${ratio.toFixed(2)}`);
      for (const background of ['surface', 'panel']) {
        for (const text of ['text', 'secondary-text', 'link', 'error', 'urgent', 'info']) need(`${text} on ${background}`, contrast(colours[text], colours[background]), 4.5);
        for (const mark of ['deficient', 'below-optimal', 'optimal', 'above-range', 'border', 'link', 'error']) need(`${mark} on ${background}`, contrast(colours[mark], colours[background]), 3);
        // The focus indicator is the yellow and its dark bar: one of them stands out.
        need(`focus on ${background}`, Math.max(contrast(colours.focus, colours[background]), contrast(colours['focus-text'], colours[background])), 3);
      }
      need('focus text on focus', contrast(colours['focus-text'], colours.focus), 4.5);
      need('a pressed button (surface on text)', contrast(colours.surface, colours.text), 4.5);
      assert.deepEqual(weak, []);
    });
  }
});
