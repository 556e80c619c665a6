// A gettext .mo file (the binary PHP's translation functions read), from key -> translation,
// where a key with a context is "context\u0004msgid". The format is GNU gettext's: a header
// of seven 32-bit words, two tables of (length, offset) pairs, sorted by key, then the
// strings, each ending in NUL. The header entry (key "") carries the charset.
export function moFile(messages, language) {
  const entries = [['', `Content-Type: text/plain; charset=UTF-8\nLanguage: ${language}\n`], ...Object.entries(messages)].sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const count = entries.length;
  const headerSize = 28;
  const tablesSize = count * 16;
  const keys = entries.map(([key]) => Buffer.from(key, 'utf8'));
  const values = entries.map(([, value]) => Buffer.from(value, 'utf8'));
  const buffer = Buffer.alloc(headerSize + tablesSize + [...keys, ...values].reduce((sum, text) => sum + text.length + 1, 0));
  buffer.writeUInt32LE(0x950412de, 0);
  buffer.writeUInt32LE(0, 4);
  buffer.writeUInt32LE(count, 8);
  buffer.writeUInt32LE(headerSize, 12);
  buffer.writeUInt32LE(headerSize + count * 8, 16);
  buffer.writeUInt32LE(0, 20);
  buffer.writeUInt32LE(headerSize + tablesSize, 24);
  let offset = headerSize + tablesSize;
  const place = (texts, table) =>
    texts.forEach((text, index) => {
      buffer.writeUInt32LE(text.length, table + index * 8);
      buffer.writeUInt32LE(offset, table + index * 8 + 4);
      text.copy(buffer, offset);
      offset += text.length + 1;
    });
  place(keys, headerSize);
  place(values, headerSize + count * 8);
  return buffer;
}
