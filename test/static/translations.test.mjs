// The translations must match the source: every locale has every message en-GB has, no
// message en-GB dropped, the same placeholders as the English, and generated modules
// that are what `lit-localize build` makes from the XLIFF files today. The check runs
// lit-localize itself on a copy, so it sees exactly what a translator's tools see.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { unescapeLocaleModule } from '../../scripts/lib/unescape-locales.mjs';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const locales = config.targetLocales;
const cli = resolve('node_modules/@lit/localize-tools/bin/lit-localize.js');

/** trans-unit id → { source, target, state } from an XLIFF 1.2 file. */
function readXliff(path) {
  const units = new Map();
  const xml = readFileSync(path, 'utf8');
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const source = body.match(/<source>([\s\S]*?)<\/source>/)?.[1];
    const target = body.match(/<target(?: state="([^"]*)")?>([\s\S]*?)<\/target>/);
    units.set(id, { source, state: target?.[1], target: target?.[2] });
  }
  return units;
}

const placeholders = (text) => [...(text ?? '').matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort();

describe('translations', () => {
  let scratch;
  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'b12-localize-'));
    cpSync('xliff', join(scratch, 'xliff'), { recursive: true });
    const scratchConfig = {
      ...config,
      tsConfig: resolve(config.tsConfig),
      output: { ...config.output, outputDir: join(scratch, 'locales'), localeCodesModule: join(scratch, 'locale-codes.ts') },
      interchange: { ...config.interchange, xliffDir: join(scratch, 'xliff') },
    };
    writeFileSync(join(scratch, 'lit-localize.json'), JSON.stringify(scratchConfig));
    for (const command of ['extract', 'build']) execFileSync(process.execPath, [cli, command, '--config', join(scratch, 'lit-localize.json')], { stdio: 'pipe' });
    // As `npm run localize:build` does after lit-localize (scripts/localize-build.mjs).
    for (const file of readdirSync(join(scratch, 'locales'))) writeFileSync(join(scratch, 'locales', file), unescapeLocaleModule(readFileSync(join(scratch, 'locales', file), 'utf8')));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('ships at least the six languages the widgets promise', () => {
    assert.equal(config.sourceLocale, 'en-GB');
    for (const locale of ['cy', 'es', 'pl', 'ro', 'ur']) assert.ok(locales.includes(locale), locale);
  });

  for (const locale of locales) {
    describe(locale, () => {
      const committed = readXliff(join('xliff', `${locale}.xlf`));

      it('has every message en-GB has, and none it dropped (the XLIFF is up to date)', () => {
        const extracted = readXliff(join(scratch, 'xliff', `${locale}.xlf`));
        const missing = [...extracted.keys()].filter((id) => !committed.has(id));
        const dropped = [...committed.keys()].filter((id) => !extracted.has(id));
        assert.deepEqual({ missing, dropped }, { missing: [], dropped: [] }, 'run `npm run localize:extract`, then translate');
        const changedSource = [...extracted].filter(([id, unit]) => committed.get(id).source !== unit.source).map(([id]) => id);
        assert.deepEqual(changedSource, [], 'English changed under an explicit id: run `npm run localize:extract` and review the translation');
      });

      it('translates every message, keeping every placeholder', () => {
        const untranslated = [...committed].filter(([, unit]) => !unit.target?.trim()).map(([id]) => id);
        assert.deepEqual(untranslated, []);
        const placeholderMismatch = [...committed].filter(([, unit]) => placeholders(unit.source).join() !== placeholders(unit.target).join()).map(([id]) => id);
        assert.deepEqual(placeholderMismatch, []);
      });

      it('marks each translation with a review state', () => {
        const states = new Set([...committed.values()].map((unit) => unit.state));
        for (const state of states) assert.ok(['needs-review-translation', 'translated', 'final'].includes(state), `unexpected state ${state}`);
      });

      it('shows "A&E" as "A&E": no HTML entity in a message set as text (lit/lit#5012)', () => {
        const generated = readFileSync(join('src/generated/locales', `${locale}.ts`), 'utf8');
        const escaped = generated.split('\n').filter((line) => /^'[^']+': (str)?`/.test(line) && /&(amp|lt|gt|quot|apos);/.test(line));
        assert.deepEqual(escaped, []);
        if (locale === 'cy') assert.match(generated, /adran achosion brys \(A&E\)/);
      });

      it('has a generated module built from its XLIFF', () => {
        const built = readFileSync(join(scratch, 'locales', `${locale}.ts`), 'utf8');
        const generated = readFileSync(join('src/generated/locales', `${locale}.ts`), 'utf8');
        assert.ok(built === generated, 'run `npm run localize:build`');
      });
    });
  }

  it('has no generated module for a language it does not ship', () => {
    const modules = readdirSync('src/generated/locales').map((file) => file.replace(/\.ts$/, ''));
    assert.deepEqual(modules.sort(), [...locales].sort());
  });
});

// What the back-translation of 2026-12 found, kept fixed: a wording that changed a
// meaning or weakened an instruction must not come back with a later edit.
describe('translations: urgent words stay instructions, and meanings stay apart', () => {
  const units = Object.fromEntries(locales.map((locale) => [locale, [...readXliff(join('xliff', `${locale}.xlf`)).values()]]));
  const notes = readFileSync(join('xliff', 'cy.xlf'), 'utf8');

  it('every message with an emergency step tells the translator it is an instruction', () => {
    const urgent = [...notes.matchAll(/<trans-unit id="[^"]+">([\s\S]*?)<\/trans-unit>/g)].filter(([, body]) => /call 999|call 111/.test(body.match(/<source>([\s\S]*?)<\/source>/)[1]));
    assert.ok(urgent.length >= 4, `${urgent.length} urgent messages`);
    for (const [, body] of urgent) assert.match(body, /<note[^>]*>[^<]*instruction/, body.slice(0, 120));
  });

  it('Welsh commands ("Mynnwch", "ceisiwch"), never "cewch" (you will get)', () => {
    const urgent = units.cy.filter((unit) => /urgent|emergency|999/i.test(unit.source));
    assert.deepEqual(
      urgent.filter((unit) => /\bcewch\b/i.test(unit.target)).map((unit) => unit.source),
      [],
    );
    assert.ok(units.cy.some((unit) => unit.source === 'Get treatment urgently' && unit.target === 'Mynnwch driniaeth ar frys'));
  });

  it('Urdu: diet is غذا and dose is خوراک, never one word for both', () => {
    const wrong = units.ur.filter(
      (unit) => (/\bdiet\b/i.test(unit.source) && !unit.target.includes('غذا')) || (/\bdose\b/i.test(unit.source) && !/\bdiet\b/i.test(unit.source) && unit.target.includes('غذا')),
    );
    assert.deepEqual(
      wrong.map((unit) => unit.source),
      [],
    );
  });

  it('Spanish and Romanian say "12 months", not "next year"', () => {
    const wrong = [...units.es, ...units.ro].filter((unit) => /próximo año|último año|anul următor|ultimul an/.test(unit.target));
    assert.deepEqual(
      wrong.map((unit) => unit.target),
      [],
    );
  });

  it('Polish: no "po" before a duration placeholder, and "dopóki" takes "nie"', () => {
    const wrong = units.pl.filter((unit) => /po <x[^>]*\/> leczenia/.test(unit.target) || /dopóki (?!nie )\S+ (?!nie )przestan/.test(unit.target));
    assert.deepEqual(
      wrong.map((unit) => unit.target),
      [],
    );
  });

  it('Romanian: "de micrograme" after a number', () => {
    assert.deepEqual(
      units.ro.filter((unit) => /<x[^>]*\/> micrograme/.test(unit.target)).map((unit) => unit.target),
      [],
    );
  });
});
