// Telling a browser crash from a failed test, in web-test-runner's output.
//
// WebKitGTK's MiniBrowser now and then crashes mid-run ("the browser disconnected"), and
// sometimes takes the runner down before it prints a summary. Either way no test failed,
// so the run may be repeated. A failed assertion must never look like a crash.

const CRASH = /browser disconnected|invalid session id|session deleted|ECONNREFUSED/;

/** True when a failed run's output shows the browser going away and no test failing. */
export function onlyTheBrowserFailed(output) {
  const failures = output.split('\n').filter((line) => line.includes('❌'));
  if (failures.some((line) => !CRASH.test(line))) return false;
  if (failures.length > 0) return true;
  // No failure reported at all: the runner died. Retry only if every count it printed said 0 failed.
  const counts = [...output.matchAll(/\d+ passed, (\d+) failed/g)].map((match) => Number(match[1]));
  return !/Finished running tests/.test(output) && counts.every((failed) => failed === 0);
}
