import type { Analyte, AssessedResult, Warning } from '../../engine/index.js';

/**
 * Which result each cofactor warning belongs beside, so it is read where the person is
 * looking. A presentation choice only: which warnings apply is the engine's decision.
 */
const WARNING_ANALYTES: Record<string, readonly Analyte[]> = {
  'folate-before-b12': ['folate'],
  'b6-supplement-limit': ['vitaminB6'],
  'b6-above-range': ['vitaminB6'],
  'ferritin-inflammation': ['ferritin'],
  'ferritin-above-range': ['ferritin'],
  'b12-above-range': ['vitaminB12', 'activeB12'],
};

/** The warnings to show beside this result: once each, by the first result they concern that is entered. */
export function warningsBeside(item: AssessedResult, items: readonly AssessedResult[], warnings: readonly Warning[]): Warning[] {
  return warnings.filter((warning) => {
    const analytes = WARNING_ANALYTES[warning.id];
    if (!analytes) return false;
    const home = analytes.find((analyte) => items.some((i) => i.analyte === analyte && i.status !== 'not-entered')) ?? analytes[0];
    return home === item.analyte;
  });
}

/** Warnings with no result to sit beside, shown above all results. */
export function unplacedWarnings(warnings: readonly Warning[]): Warning[] {
  return warnings.filter((warning) => !WARNING_ANALYTES[warning.id]);
}
