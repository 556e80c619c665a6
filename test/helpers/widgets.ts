import { WIDGETS } from '../../src/widgets.js';

/**
 * Registers every widget in src/widgets.ts, from its own entry, as a page that loads each
 * one-tag file would: a suite that covers "every widget" covers a new one without an edit.
 * `sources` is where src/ is served (the pseudo-localisation test serves a copy).
 */
export async function registerEveryWidget(sources = '/src/'): Promise<void> {
  await Promise.all(WIDGETS.map(({ name }) => import(/* @vite-ignore */ `${sources}${name}.ts`)));
}
