// A JSON-shaped value as a PHP literal: arrays for lists and objects, single-quoted
// strings with only \\ and \' escaped (PHP's own rule for single quotes).
export function phpValue(value, indent = '') {
  const inner = `${indent}\t`;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
  const entries = Array.isArray(value) ? value.map((item) => phpValue(item, inner)) : Object.entries(value).map(([key, item]) => `${phpValue(key)} => ${phpValue(item, inner)}`);
  return entries.length ? `array(\n${entries.map((entry) => `${inner}${entry},`).join('\n')}\n${indent})` : 'array()';
}
