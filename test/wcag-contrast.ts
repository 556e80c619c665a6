/**
 * WCAG 2.2 contrast ratio, for the tests that check colours: the theme's tokens in Node
 * (#rrggbb) and what a browser computed (rgb() or rgba()).
 */
export type Rgb = [number, number, number];

export const fromHex = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;

export function fromComputed(colour: string): Rgb {
  const [r, g, b] = colour.match(/[\d.]+/g)!.map(Number);
  return [r, g, b];
}

function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}
