/**
 * What each theme property sets, for the elements' `@cssprop` JSDoc and the README.
 * Apart from theme.ts so the words stay out of the bundle; `npm run docs` fails on a
 * token without a description.
 */
export const THEME_DESCRIPTIONS: Record<string, string> = {
  '--b12-colour-text': 'Text.',
  '--b12-colour-secondary-text': 'Hints and secondary text.',
  '--b12-colour-link': 'Links.',
  '--b12-colour-focus': 'Focus highlight.',
  '--b12-colour-focus-text': 'Text on the focus highlight.',
  '--b12-colour-border': 'Borders and form fields.',
  '--b12-colour-surface': 'Background of cards.',
  '--b12-colour-panel': 'Background of the widget.',
  '--b12-colour-error': 'Error messages and borders.',
  '--b12-colour-urgent': 'Urgent warnings.',
  '--b12-colour-caution': 'Caution warnings.',
  '--b12-colour-info': 'Information notes.',
  '--b12-radius': 'Corner radius of cards and fields.',
  '--b12-space': 'The spacing unit.',
  '--b12-colour-deficient': 'Deficient band and status.',
  '--b12-colour-below-optimal': 'Below-optimal band and status.',
  '--b12-colour-optimal': 'Optimal band and status.',
  '--b12-colour-above-range': 'Above-range band and status.',
};

/**
 * The font is not a token with a default: the widget takes the page's font, and only
 * where the page sets none falls back to NHS.UK's (see `font-fallback.ts`).
 */
export const FONT_PROPERTY_DESCRIPTION = "Font of the widget. Default: the page's font; where the page sets none (the browser's serif), Frutiger W01, Arial, sans-serif.";
