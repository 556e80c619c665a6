// `npm run docs` (first step): writes the `@cssprop` lines of the elements' JSDoc from
// the theme tokens in src/elements/shared/theme.ts, so the defaults are written once,
// and the `@attr lang` line from the list of languages (src/i18n/languages.ts).
// The custom-elements manifest, and from it the README, read those lines. `--check`
// fails if they are out of date. Needs tsx: `node --import tsx scripts/theme-docs.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { FONT_PROPERTY_DESCRIPTION, THEME_DESCRIPTIONS } from '../src/elements/shared/theme.docs.ts';
import { checkerTheme, sharedTheme, themeTokens } from '../src/elements/shared/theme.ts';
import { LANGUAGE_CODES } from '../src/i18n/languages.ts';

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
// The `lang` attribute's line lists every language, from the one list of them.
const codes = LANGUAGE_CODES.map((code) => `\`${code}\``);
const langLine = ` * @attr lang - The language of the words, numbers and dates: ${codes.slice(0, -1).join(', ')} or ${codes.at(-1)}. Without it, the nearest ancestor's \`lang\`, then \`<html lang>\`, then en-GB. Changes apply at once.`;
{
  const file = 'src/elements/shared/widget-element.ts';
  const source = readFileSync(file, 'utf8');
  const updated = source.replace(/^ \* @attr lang - .*$/m, langLine);
  if (!/^ \* @attr lang - /m.test(source)) throw new Error(`${file}: no @attr lang line to replace.`);
  if (updated !== source) {
    if (check) stale.push(`${file} (@attr lang)`);
    else writeFileSync(file, updated);
  }
}
if (stale.length) {
  console.error(`The generated JSDoc is out of date in ${stale.join(', ')}: run npm run docs.`);
  process.exit(1);
}
