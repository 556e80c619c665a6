// The message runtime of a per-language one-tag file (src/i18n/fixed-localization.ts), as
// its source has it: FIXED_LANGUAGE is en-GB until the build puts each file's language there.
import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import { FIXED_LANGUAGE } from '../../src/i18n/fixed-language.js';
import { hasLocaleFailed, inLocale, isLocaleLoaded, loadLocale, matchLocale, speakingLocale } from '../../src/i18n/fixed-localization.js';

describe('a per-language file speaks its one language', () => {
  it('whatever the page asks for, and tells the editor once, in the console, which file speaks what it asked', () => {
    const warn = mock.method(console, 'warn', () => {});
    try {
      assert.equal(matchLocale('en-GB'), FIXED_LANGUAGE);
      assert.equal(matchLocale('EN_us'), FIXED_LANGUAGE);
      assert.equal(warn.mock.callCount(), 0, 'the file’s own language, in any spelling, is no problem');
      assert.equal(matchLocale('cy-GB'), FIXED_LANGUAGE);
      assert.equal(matchLocale('pl'), FIXED_LANGUAGE);
      assert.equal(warn.mock.callCount(), 1);
      assert.match(String(warn.mock.calls[0].arguments[0]), /speaks "en-GB" only, and the page asks for "cy-GB"\. Load the file of the same name in the "cy" folder/);
    } finally {
      warn.mock.restore();
    }
  });

  it('has nothing to load, and every msg() answers in it', async () => {
    assert.equal(isLocaleLoaded('cy'), true);
    assert.equal(hasLocaleFailed('cy'), false);
    await loadLocale('cy');
    assert.equal(
      inLocale('ur', () => speakingLocale()),
      FIXED_LANGUAGE,
    );
  });
});
