// A rollup plugin for the per-language one-tag files (dist/cdn/<language>/): every msg()
// call becomes its text in that language, as @lit/localize's transform mode would make
// it, so the file holds no other language's words, no message runtime and no lookup.
// (Transform mode itself compiles the TypeScript sources once per language; this works
// on the npm build the other one-tag files bundle, so all of them run the same code.)
//
// What replaces a call, for the message's id (found as words-of-this-bundle finds it):
//   a translation `text`             -> `text`
//   a translation str`a ${1} b ${0}` -> `a ${second} b ${first}`, the call's own values
//   no translation (or en-GB)        -> the call's own text; str`…` loses its tag
// A call whose values a translation uses in another order, or more than once, becomes
// an arrow called with the values, so each is still worked out once, in source order,
// as the runtime does. localization.ts is replaced by fixed-localization.ts, which
// speaks the one language and loads nothing.
import { readFileSync } from 'node:fs';
import { nodesOf } from './estree-nodes.mjs';
import { isMsgCall, messageId, messagesOf } from './words-of-this-bundle.mjs';

const IN_DIST = /[\\/]dist[\\/]/;
const FIXED_LANGUAGE = '\0b12-fixed-language';

/** The language module's translations: id -> its template node, read from lit-localize's output. */
function translationsOf(parse, language) {
  const code = readFileSync(`dist/generated/locales/${language}.js`, 'utf8');
  const { messages } = messagesOf(parse(code), `dist/generated/locales/${language}.js`);
  return new Map(messages.map(([id, property]) => [id, { node: property.value, code }]));
}

const slice = (code, node) => code.slice(node.start, node.end);

/** A template literal from a template's raw parts, with `value(i)` written at the i-th hole. */
function templateLiteral(quasis, value) {
  return `\`${quasis.map((quasi, i) => (i === 0 ? '' : `\${${value(i - 1)}}`) + quasi.value.raw).join('')}\``;
}

/** The code that stands for one msg() call in `code`. */
function compiled(call, code, translation, where) {
  const text = call.arguments[0];
  const values = text.type === 'TaggedTemplateExpression' ? text.quasi.expressions.map((node) => slice(code, node)) : [];
  if (!translation) return text.type === 'TaggedTemplateExpression' ? slice(code, text.quasi) : slice(code, text);
  const { node } = translation;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return slice(translation.code, node);
  if (node.type !== 'TaggedTemplateExpression' || node.tag.name !== 'str') throw new Error(`${where}: its translation is neither text nor str\`\`; teach words-compiled-in its shape.`);
  const order = node.quasi.expressions.map((expression) => {
    if (expression.type !== 'Literal' || !Number.isInteger(expression.value) || expression.value >= values.length)
      throw new Error(`${where}: its translation names a value the message does not have.`);
    return expression.value;
  });
  const inSourceOrder = order.length === values.length && order.every((index, i) => index === i);
  if (inSourceOrder) return templateLiteral(node.quasi.quasis, (i) => values[i]);
  return `((${values.map((_, i) => `$${i}`).join(', ')}) => ${templateLiteral(node.quasi.quasis, (i) => `$${order[i]}`)})(${values.join(', ')})`;
}

export function wordsCompiledIn(language, sourceLanguage) {
  let translations;
  return {
    name: 'words-compiled-in',
    buildStart() {
      translations = language === sourceLanguage ? new Map() : translationsOf((code) => this.parse(code), language);
    },
    async resolveId(source, importer) {
      if (!importer || !IN_DIST.test(importer)) return null;
      if (source === './fixed-language.js') return FIXED_LANGUAGE;
      if (source.endsWith('/localization.js') || source === './localization.js') {
        if (/fixed-localization\.js$/.test(importer)) return null;
        return this.resolve(source.replace(/localization\.js$/, 'fixed-localization.js'), importer, { skipSelf: true });
      }
      return null;
    },
    load(id) {
      return id === FIXED_LANGUAGE ? `export const FIXED_LANGUAGE = ${JSON.stringify(language)};` : null;
    },
    transform(code, id) {
      if (!IN_DIST.test(id) || !code.includes('msg(')) return null;
      // Innermost calls first, then parsed again, so a call among another's values is
      // already text when the outer one is copied.
      for (;;) {
        const calls = [...nodesOf(this.parse(code))].filter(isMsgCall);
        if (calls.length === 0) return { code, map: null };
        const innermost = calls.filter((call) => !calls.some((other) => other !== call && other.start >= call.start && other.end <= call.end));
        let out = code;
        for (const call of innermost.sort((a, b) => b.start - a.start)) {
          const { id: messageIdOf, problem } = messageId(call);
          const where = `${id}: msg() at ${call.start}`;
          if (problem) this.error(`${where} cannot be compiled (${problem}).`);
          out = out.slice(0, call.start) + compiled(call, code, translations.get(messageIdOf), where) + out.slice(call.end);
        }
        code = out;
      }
    },
  };
}
