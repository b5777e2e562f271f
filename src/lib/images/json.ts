import { MAX_JSON_DEPTH, MAX_TEXT_BYTES } from './limits';

/**
 * JSON from a picture file, read without losing a seed: ComfyUI writes seeds up to 2⁶⁴ − 1, and
 * JSON.parse turns every integer above 2⁵³ into the nearest double (219670278747233123 would come
 * back as …120). Before parsing, each integer literal longer than 15 digits is wrapped in quotes,
 * so it arrives as the exact string the file holds. The same pass measures nesting, so a
 * deliberately deep document is refused before JSON.parse can exhaust the stack.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export type JsonRead = { ok: true; value: JsonValue } | { ok: false; reason: 'too-large' | 'too-deep' | 'malformed' };

/** Integers with more digits than this may not survive a double; 15 digits always do. */
const SAFE_DIGITS = 15;

export function parseExactJson(text: string): JsonRead {
  if (text.length > MAX_TEXT_BYTES) return { ok: false, reason: 'too-large' };
  let out = '';
  let copiedTo = 0;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i += 1;
      else if (c === 0x22 /* " */) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b /* { [ */) {
      depth += 1;
      if (depth > MAX_JSON_DEPTH) return { ok: false, reason: 'too-deep' };
    } else if (c === 0x7d || c === 0x5d /* } ] */) depth -= 1;
    else if ((c >= 0x30 && c <= 0x39) || c === 0x2d /* - */) {
      let end = i + 1;
      while (end < text.length && isNumberChar(text.charCodeAt(end))) end += 1;
      const literal = text.slice(i, end);
      if (/^-?\d+$/.test(literal) && literal.replace('-', '').length > SAFE_DIGITS) {
        out += `${text.slice(copiedTo, i)}"${literal}"`;
        copiedTo = end;
      }
      i = end - 1;
    }
  }
  out += text.slice(copiedTo);
  try {
    return { ok: true, value: JSON.parse(out) as JsonValue };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}

function isNumberChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b || c === 0x2d;
}

export function isRecord(value: unknown): value is Record<string, JsonValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A whole number as the file wrote it (number or exact string), or undefined. */
export function wholeNumberText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  if (typeof value === 'string' && /^\d{1,40}$/.test(value.trim())) return value.trim().replace(/^0+(?=\d)/, '');
  return undefined;
}

/** A finite number, from a number or numeric string. */
export function finiteNumber(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}
