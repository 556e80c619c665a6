// `npm run docs` (first step): writes the `@cssprop` lines of the elements' JSDoc from
// the theme tokens in src/elements/shared/theme.ts, so the defaults are written once.
// The custom-elements manifest, and from it the README, read those lines. `--check`
// fails if they are out of date. Needs tsx: `node --import tsx scripts/theme-docs.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { FONT_PROPERTY_DESCRIPTION, THEME_DESCRIPTIONS } from '../src/elements/shared/theme.docs.ts';
import { checkerTheme, sharedTheme, themeTokens } from '../src/elements/shared/theme.ts';

const line = (property, description) => ` * @cssprop ${property} - ${description}`;
const description = (property) => {
  if (!THEME_DESCRIPTIONS[property]) throw new Error(`${property} has no description in src/elements/shared/theme.docs.ts.`);
  return THEME_DESCRIPTIONS[property].replace(/\.$/, '');
};
const tokenLines = (theme) => themeTokens(theme).map((t) => line(t.property, `${description(t.property)}. Default ${t.default}${t.dark ? `; dark ${t.dark}` : ''}.`));

const targets = [
  { file: 'src/elements/shared/widget-element.ts', lines: [line('--b12-font-family', FONT_PROPERTY_DESCRIPTION), ...tokenLines(sharedTheme)] },
  { file: 'src/elements/cofactor-checker/cofactor-checker.component.ts', lines: tokenLines(checkerTheme) },
];

const check = process.argv.includes('--check');
let stale = [];
for (const { file, lines } of targets) {
  const source = readFileSync(file, 'utf8');
  const all = source.split('\n');
  const first = all.findIndex((l) => l.startsWith(' * @cssprop '));
  if (first === -1) throw new Error(`${file}: no @cssprop lines to replace; add one where the list belongs.`);
  let last = first;
  while (all[last + 1]?.startsWith(' * @cssprop ')) last++;
  const updated = [...all.slice(0, first), ...lines, ...all.slice(last + 1)].join('\n');
  if (updated === source) continue;
  if (check) stale.push(file);
  else writeFileSync(file, updated);
}
if (stale.length) {
  console.error(`The @cssprop JSDoc is out of date in ${stale.join(', ')}: run npm run docs.`);
  process.exit(1);
}
