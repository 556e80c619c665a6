// Reading the plugin's .po files (wordpress/languages/), for the WordPress build and its check.
/**
 * A .po file's translations, keyed as gettext keys them: "context\u0004msgid" where there
 * is a context, else the msgid (one line each, as wordpress-sources.mjs writes them).
 */
export function readPo(text) {
  const pairs = [...text.matchAll(/^(?:msgctxt (".*")\n)?msgid (".*")\nmsgstr (".*")$/gm)].map(([, context, id, translation]) => [
    context ? `${JSON.parse(context)}\u0004${JSON.parse(id)}` : JSON.parse(id),
    JSON.parse(translation),
  ]);
  return Object.fromEntries(pairs.filter(([id, translation]) => id && translation));
}
