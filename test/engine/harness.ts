/**
 * The engine suite runs twice: in Node under node:test, and in each browser under Mocha
 * (@web/test-runner), so that the same figures are proven in every engine. Both runners
 * offer describe/it; this module hands the tests whichever one is running them.
 */
type Suite = (name: string, body: () => void) => void;
type Test = (name: string, body: () => void | Promise<void>) => void;

// A computed specifier keeps the browser's module graph from trying to load node:test.
const nodeTestModule = 'node:test';
const runner: { describe: Suite; it: Test } = typeof window === 'undefined' ? await import(/* @vite-ignore */ nodeTestModule) : (globalThis as never);

export const describe: Suite = runner.describe;
export const it: Test = runner.it;
export { expect } from 'chai';

/** How many generated cases each property-based test runs: fewer in browsers, where the suite runs three times. */
export const propertyRuns = typeof window === 'undefined' ? 2_000 : 300;

/**
 * A JSON file of this repository, such as an example profile, read as each runner can:
 * from the disk in Node, from the test server in a browser.
 * @param path from the repository's root, such as `src/engine/profiles/laboratories/ruh-bath.json`.
 */
export async function repositoryJson(path: string): Promise<unknown> {
  if (typeof window !== 'undefined') return (await fetch(`/${path}`)).json();
  const fsModule = 'node:fs/promises';
  const { readFile } = (await import(/* @vite-ignore */ fsModule)) as typeof import('node:fs/promises');
  return JSON.parse(await readFile(new URL(`../../${path}`, import.meta.url), 'utf8'));
}
