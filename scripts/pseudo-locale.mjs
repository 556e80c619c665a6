// A pseudo-language for development, never shipped: every English message accented,
// 40% longer and bracketed (⟦Ýöûŕ šýɱþţöɱ ðîáŕý öñé ţŵö⟧), built from the XLIFF sources by
// lit-localize itself, as test/pseudo/generated/pseudo.ts. test/pseudo/pseudo.test.ts
// shows the widgets in it: any plain English left on screen was written outside a msg()
// or made outside the widget's language, and any box wider than a 320 px screen did not
// make room for longer words. Run by scripts/run-browser-tests.mjs before the browser
// suites; `node scripts/pseudo-locale.mjs` on its own to look at it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unescapeLocaleModule } from './lib/unescape-locales.mjs';

const ACCENTS = Object.fromEntries([...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [letter, [...'áƀçðéƒĝĥíĵķļɱñöþǫŕšţüṽŵẋýžÁƁÇÐÉƑĜĤÍĴĶĻṀÑÖÞǪŔŠŢÜṼŴẊÝŽ'][index]]));
/** Accented words to lengthen a message with: they wrap as real words do. */
const PADDING = 'öñé ţŵö ţĥŕéé ƒöüŕ ƒíṽé šíẋ šéṽéñ éíĝĥţ ñíñé ţéñ éļéṽéñ ţŵéļṽé'.split(' ');

/**
 * One XLIFF source in the pseudo-language. Placeholders (<x …/>), date-pattern fields
 * ({day}) and entities (&amp;) stay as they are; so do digits, so numbers still read.
 */
export function pseudo(source) {
  const parts = source.split(/(<x [^>]*\/>|\{\w+\}|&\w+;)/);
  const text = parts.map((part, index) => (index % 2 ? part : [...part].map((char) => ACCENTS[char] ?? char).join(''))).join('');
  const letters = parts.filter((_, index) => index % 2 === 0).join('').length;
  const padding = [];
  while (padding.join(' ').length < letters * 0.4) padding.push(PADDING[padding.length % PADDING.length]);
  return `⟦${text}${padding.length ? ` ${padding.join(' ')}` : ''}⟧`;
}

/** The pseudo-language's module, in lit-localize's own runtime format, from xliff/ (the sources of any language file). */
export function buildPseudoLocale(outFile = 'test/pseudo/generated/pseudo.ts') {
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  const carrier = config.targetLocales[0];
  const scratch = mkdtempSync(join(tmpdir(), 'b12-pseudo-'));
  try {
    mkdirSync(join(scratch, 'xliff'));
    const xliff = readFileSync(join('xliff', `${carrier}.xlf`), 'utf8').replace(
      /<source>([\s\S]*?)<\/source>(\s*<target[^>]*>[\s\S]*?<\/target>)?/g,
      (_, source) => `<source>${source}</source>\n  <target>${pseudo(source)}</target>`,
    );
    writeFileSync(join(scratch, 'xliff', `${carrier}.xlf`), xliff);
    const scratchConfig = {
      ...config,
      targetLocales: [carrier],
      tsConfig: resolve(config.tsConfig),
      output: { ...config.output, outputDir: join(scratch, 'locales'), localeCodesModule: join(scratch, 'locale-codes.ts') },
      interchange: { ...config.interchange, xliffDir: join(scratch, 'xliff') },
    };
    writeFileSync(join(scratch, 'lit-localize.json'), JSON.stringify(scratchConfig));
    execFileSync(process.execPath, [resolve('node_modules/@lit/localize-tools/bin/lit-localize.js'), 'build', '--config', join(scratch, 'lit-localize.json')], { stdio: 'pipe' });
    mkdirSync(join(outFile, '..'), { recursive: true });
    writeFileSync(outFile, unescapeLocaleModule(readFileSync(join(scratch, 'locales', `${carrier}.ts`), 'utf8')));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return outFile;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`pseudo-locale: wrote ${buildPseudoLocale()}`);
