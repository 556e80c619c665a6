// @lit/localize-tools 0.8 HTML-escapes &, < and > in every message it writes into a
// generated language module, html`` or not (lit/lit#5012; the fix, lit/lit#5058, is not
// released). A plain or str`` message is set as text, so the Welsh and Urdu urgent
// warnings read "A&amp;E" on screen. This undoes the escape for those messages; html``
// messages keep theirs, as lit-html parses them as HTML. `npm run localize:build` runs it
// after lit-localize, and test/static/translations.test.mjs checks the result.
const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/** A generated module's text with the entities of its plain and str`` messages decoded. */
export function unescapeLocaleModule(source) {
  // Each message: 'id': `…`, 'id': str`…` or 'id': html`…`, one per line.
  return source.replace(/^('[^']+': )(str|html)?(`(?:\\.|[^`\\])*`)/gm, (whole, key, tag, literal) =>
    tag === 'html' ? whole : `${key}${tag ?? ''}${literal.replace(/&(amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity])}`,
  );
}
