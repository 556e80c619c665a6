// The browser runner repeats the WebKit suite only when MiniBrowser crashed and no test
// failed. These are excerpts of web-test-runner's real output in each case.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { onlyTheBrowserFailed } from '../../scripts/lib/browser-crash.mjs';

const progress = (passed, failed) => `MiniBrowser: |██████████████| 2/4 test files | ${passed} passed, ${failed} failed\n`;

const assertionFailed = `test/elements/i18n/languages.test.ts:

 ❌ a suite > fails on purpose
      AssertionError: expected 1 to equal 2
      at test/elements/i18n/languages.test.ts:3:52

${progress(1, 1)}
Finished running tests in 1.9s with 1 failed tests.
`;

const browserDisconnected = `2026-11-25T14:20:00.666Z ERROR webdriver: WebDriverError: invalid session id when running "execute/sync" with method "POST"
test/elements/i18n/languages.test.ts:

 ❌ Tests were interrupted because the browser disconnected. 

 ❌ invalid session id: WebDriverError: invalid session id when running "execute/sync" with method "POST" 
    invalid session id: WebDriverError: invalid session id when running "execute/sync" with method "POST"
        at async SessionManager.stopSession (node_modules/@web/test-runner-webdriver/dist/SessionManager.js:53:29)

${progress(20, 0)}
Running tests...
`;

const driverGone = `test/tmpfail/fail.test.ts:

 ❌ Error: WebDriverError: Request failed with error code ECONNREFUSED when running "execute/sync" with method "POST" 
        at async SessionManager.stopSession (node_modules/@web/test-runner-webdriver/dist/SessionManager.js:53:29)

${progress(40, 0)}
Error while running tests.
`;

const runnerDiedSilently = `test/security/privacy.test.ts:

 🚧 404 network requests:
    - test/security/no-such.json

${progress(531, 0)}
Running tests...
`;

describe('telling a MiniBrowser crash from a failed test', () => {
  it('retries when the browser disconnected and no test failed', () => {
    assert.equal(onlyTheBrowserFailed(browserDisconnected), true);
  });

  it('retries when the driver went away', () => {
    assert.equal(onlyTheBrowserFailed(driverGone), true);
  });

  it('retries when the runner died before its summary with nothing failed', () => {
    assert.equal(onlyTheBrowserFailed(runnerDiedSilently), true);
  });

  it('never retries a failed assertion', () => {
    assert.equal(onlyTheBrowserFailed(assertionFailed), false);
  });

  it('never retries a failed assertion, even when the browser crashed afterwards', () => {
    assert.equal(onlyTheBrowserFailed(assertionFailed + browserDisconnected), false);
  });

  it('never retries when the runner died after a test had failed', () => {
    assert.equal(onlyTheBrowserFailed(runnerDiedSilently.replace('531 passed, 0 failed', '530 passed, 1 failed')), false);
  });

  it('does not retry a run that finished with no failure reported', () => {
    assert.equal(onlyTheBrowserFailed(`${progress(538, 0)}\nFinished running tests in 108.6s, all tests passed! 🎉\n`), false);
  });
});
