import type { Analyte } from './types.js';

/*
 * A module of its own, not a line in types.ts: the one-tag files of the plan and the diary
 * use it only in the profile checker they load lazily, and rollup places code by module.
 */

/**
 * Total B12 and active B12: the deficiency itself, judged by national guidance's bands
 * (deficient, indeterminate, normal), never "optimal", and the only tests whose middle
 * band a laboratory's "possible deficiency" can set.
 */
export function isB12Test(analyte: Analyte): boolean {
  return analyte === 'vitaminB12' || analyte === 'activeB12';
}
