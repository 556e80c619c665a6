// A rollup plugin for the one-tag files: each language chunk keeps only the messages the
// bundle it belongs to can show, so a page with the checker alone does not download the
// treatment plan's words. The npm build keeps whole language files (a page's own bundler
// cannot know which element it will use).
//
// Which messages a bundle can show is read from the code itself: every msg() call in the
// modules reachable from the entry, with the id lit-localize gives it at run time (the
// explicit `id` option, else the FNV-1a hash of its text, as runtime-msg.js computes it).
// A msg() whose text is not written in place cannot be traced, so it fails the build
// rather than silently losing its translation.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { nodesOf } from './estree-nodes.mjs';

const LOCALE_MODULE = /[\\/]dist[\\/]generated[\\/]locales[\\/][\w-]+\.js$/;

export const cooked = (template) => template.quasis.map((quasi) => quasi.value.cooked);

/** Whether a node is a call of @lit/localize's msg(). */
export const isMsgCall = (node) => node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'msg';

/** The run-time id of one msg() call, or a reason it cannot be known. */
export function messageId(call) {
  const [text, options] = call.arguments;
  const idOption = options?.type === 'ObjectExpression' && options.properties.find((p) => p.key?.name === 'id' || p.key?.value === 'id');
  if (idOption) {
    if (idOption.value.type === 'Literal') return { id: idOption.value.value };
    return { problem: 'its id is not a string written in place' };
  }
  if (text?.type === 'Literal' && typeof text.value === 'string') return { id: generateMsgId(text.value, false) };
  if (text?.type === 'TemplateLiteral' && text.expressions.length === 0) return { id: generateMsgId(cooked(text)[0], false) };
  if (text?.type === 'TaggedTemplateExpression' && text.tag.type === 'Identifier' && text.tag.name === 'str') return { id: generateMsgId(cooked(text.quasi), false) };
  return { problem: 'its text is not a string or str`` template written in place' };
}

/**
 * The messages of a language module lit-localize wrote, as [id, property node] pairs,
 * and the `templates` object that holds them; throws when its output has changed shape.
 */
export function messagesOf(ast, where) {
  const templates = [...nodesOf(ast)].find((node) => node.type === 'VariableDeclarator' && node.id.name === 'templates')?.init;
  if (templates?.type !== 'ObjectExpression') throw new Error(`${where}: no "templates" object, so lit-localize's output has changed shape.`);
  return { templates, messages: templates.properties.map((property) => [property.key.type === 'Identifier' ? property.key.name : property.key.value, property]) };
}

/** The modules an entry reaches by static and dynamic imports, leaving out the language files: each file's syntax tree. */
function reachableModules(parse, entry) {
  const seen = new Map();
  const queue = [resolve(entry)];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file) || LOCALE_MODULE.test(file)) continue;
    const ast = parse(readFileSync(file, 'utf8'));
    seen.set(file, ast);
    for (const node of nodesOf(ast)) {
      const source = node.type === 'ImportDeclaration' || node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration' || node.type === 'ImportExpression' ? node.source : undefined;
      if (source?.type === 'Literal' && source.value.startsWith('.')) queue.push(resolve(dirname(file), source.value));
    }
  }
  return seen;
}

export function wordsOfThisBundle(entry) {
  let used;
  return {
    name: 'words-of-this-bundle',
    buildStart() {
      used = new Set();
      for (const [file, ast] of reachableModules((code) => this.parse(code), entry)) {
        for (const node of nodesOf(ast)) {
          if (!isMsgCall(node)) continue;
          const { id, problem } = messageId(node);
          if (problem) this.error(`${file}: a msg() call cannot be traced (${problem}), so its translations could not be kept.`);
          used.add(id);
        }
      }
    },
    transform(code, id) {
      if (!LOCALE_MODULE.test(id)) return null;
      const ast = this.parse(code);
      const { templates, messages } = messagesOf(ast, id);
      const body = messages
        .filter(([messageId]) => used.has(messageId))
        .map(([, property]) => code.slice(property.start, property.end))
        .join(',\n');
      return { code: `${code.slice(0, templates.start)}{\n${body}\n}${code.slice(templates.end)}`, map: null };
    },
  };
}
