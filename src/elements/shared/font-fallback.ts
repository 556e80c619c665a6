/**
 * True when the page gives the widget no font of its own, so text would fall back to the
 * browser's default serif. GOV.UK Frontend, for one, sets its font on classes, not on
 * body; there the widget uses the NHS.UK font stack instead of Times.
 */
export function inheritsBrowserDefaultFont(element: Element): boolean {
  const family = getComputedStyle(element).fontFamily.trim().toLowerCase();
  return family === '' || family === 'serif' || /^"?times( new roman)?"?(,\s*serif)?$/.test(family);
}
