import type { Analyte } from '../../engine/index.js';

/** Cofactors first, since they are what this widget is for; B12 results are optional. */
export const COFACTORS_SHOWN: readonly Analyte[] = ['folate', 'ferritin', 'vitaminB6'];
export const B12_TESTS_SHOWN: readonly Analyte[] = ['vitaminB12', 'activeB12'];
export const DISPLAY_ORDER: readonly Analyte[] = [...COFACTORS_SHOWN, ...B12_TESTS_SHOWN];
