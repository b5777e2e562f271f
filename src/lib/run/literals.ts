/**
 * Text as source-code literals that read back exactly as typed, whatever the reader wrote:
 * quotes, backslashes, newlines, `${}`, `"""`, emoji, right-to-left text, control characters.
 */

/**
 * A Python string literal. Characters outside ASCII stay as they are (the file is UTF-8), so an
 * emoji stays one character; JSON's \uXXXX surrogate pairs would become two in Python.
 */
export function pythonString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '"') out += '\\"';
    else if (char === '\\') out += '\\\\';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    // Line and paragraph separators, and lone surrogates (which UTF-8 cannot hold), as escapes.
    else if (code === 0x2028 || code === 0x2029 || (code >= 0xd800 && code <= 0xdfff)) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += char;
  }
  return `${out}"`;
}

/** A Python literal for a JSON-like value: strings as above, numbers, True/False, dicts. */
export function pythonLiteral(value: unknown, indent = ''): string {
  if (typeof value === 'string') return pythonString(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value && typeof value === 'object') {
    const inner = `${indent}    `;
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${inner}${pythonString(k)}: ${pythonLiteral(v, inner)},`);
    return `{\n${entries.join('\n')}\n${indent}}`;
  }
  throw new Error(`No Python literal for ${typeof value}`);
}

/** A float Python reads as a float ("1.0", not "1"), for arguments documented as floats. */
export function pythonFloat(value: number): string {
  return Number.isInteger(value) ? `${value}.0` : String(value);
}

/**
 * JSON as JavaScript source: JSON is JavaScript, and U+2028/U+2029 are escaped too, so the
 * text also reads in engines older than ES2019.
 */
export function javascriptJson(value: unknown, space = 2): string {
  return JSON.stringify(value, null, space).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
