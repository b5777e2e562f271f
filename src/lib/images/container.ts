import { MAX_SEGMENTS, MAX_TEXT_BYTES } from './limits';
import type { ImageFormat } from './types';

/**
 * A walk over a picture file's container (PNG chunks, JPEG segments, RIFF chunks) that reads
 * only lengths and a few header fields: is the file what its bytes claim, is it complete, how
 * large is it, does it carry a C2PA manifest, and is any text field too large to read. The
 * metadata itself is read by ExifReader (./read); this walk is what keeps that read bounded.
 *
 * C2PA embeds its manifest in a PNG `caBX` chunk, a JPEG APP11 JUMBF segment and a WebP `C2PA`
 * chunk (C2PA Technical Specification, "Embedding manifests into assets").
 */

export type ContainerCheck =
  | { ok: true; format: ImageFormat; width?: number; height?: number; c2pa: boolean }
  | { ok: false; problem: 'not-image' | 'truncated' | 'text-too-large' | 'corrupt' };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function sniffFormat(bytes: Uint8Array): ImageFormat | null {
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  return null;
}

export function checkContainer(bytes: Uint8Array): ContainerCheck {
  const format = sniffFormat(bytes);
  if (format === 'png') return walkPng(bytes);
  if (format === 'jpeg') return walkJpeg(bytes);
  if (format === 'webp') return walkWebp(bytes);
  return { ok: false, problem: 'not-image' };
}

function ascii(bytes: Uint8Array, at: number, length: number): string {
  let text = '';
  for (let i = at; i < at + length && i < bytes.length; i += 1) text += String.fromCharCode(bytes[i]!);
  return text;
}

const u32be = (b: Uint8Array, at: number) => ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;
const u16be = (b: Uint8Array, at: number) => (b[at]! << 8) + b[at + 1]!;
const u32le = (b: Uint8Array, at: number) => b[at]! + (b[at + 1]! << 8) + (b[at + 2]! << 16) + ((b[at + 3]! << 24) >>> 0);
const u24le = (b: Uint8Array, at: number) => b[at]! + (b[at + 1]! << 8) + (b[at + 2]! << 16);

const PNG_TEXT_CHUNKS = new Set(['tEXt', 'iTXt', 'zTXt']);

function walkPng(bytes: Uint8Array): ContainerCheck {
  let at = 8;
  let width: number | undefined;
  let height: number | undefined;
  let c2pa = false;
  for (let n = 0; n < MAX_SEGMENTS; n += 1) {
    if (at + 8 > bytes.length) return { ok: false, problem: 'truncated' };
    const length = u32be(bytes, at);
    const type = ascii(bytes, at + 4, 4);
    if (!/^[A-Za-z]{4}$/.test(type)) return { ok: false, problem: 'corrupt' };
    if (PNG_TEXT_CHUNKS.has(type) && length > MAX_TEXT_BYTES) return { ok: false, problem: 'text-too-large' };
    if (at + 12 + length > bytes.length) return { ok: false, problem: 'truncated' };
    if (type === 'IHDR' && length >= 8) {
      width = u32be(bytes, at + 8);
      height = u32be(bytes, at + 12);
    }
    if (type === 'caBX') c2pa = true;
    if (type === 'IEND') return { ok: true, format: 'png', width, height, c2pa };
    at += 12 + length;
  }
  return { ok: false, problem: 'corrupt' };
}

function walkJpeg(bytes: Uint8Array): ContainerCheck {
  let at = 2;
  let width: number | undefined;
  let height: number | undefined;
  let c2pa = false;
  for (let n = 0; n < MAX_SEGMENTS; n += 1) {
    if (at + 4 > bytes.length) return { ok: false, problem: 'truncated' };
    if (bytes[at] !== 0xff) return { ok: false, problem: 'corrupt' };
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd9) break;
    const length = u16be(bytes, at + 2);
    if (at + 2 + length > bytes.length) return { ok: false, problem: 'truncated' };
    // SOF0–SOF15 (not DHT C4, JPG C8, DAC CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc && length >= 7) {
      height = u16be(bytes, at + 5);
      width = u16be(bytes, at + 7);
    }
    if (marker === 0xeb && ascii(bytes, at + 4, 2) === 'JP') c2pa = true;
    if (marker === 0xda) {
      // Entropy-coded data follows, and a complete picture ends with the EOI marker. Phones often
      // append data after it (a motion photo's video), so EOI is looked for anywhere after the scan.
      if (!hasEndOfImage(bytes, at + 2 + length)) return { ok: false, problem: 'truncated' };
      break;
    }
    at += 2 + length;
  }
  return { ok: true, format: 'jpeg', width, height, c2pa };
}

function hasEndOfImage(bytes: Uint8Array, scanStart: number): boolean {
  for (let i = bytes.length - 1; i > scanStart; i -= 1) {
    if (bytes[i] === 0xd9 && bytes[i - 1] === 0xff) return true;
  }
  return false;
}

function walkWebp(bytes: Uint8Array): ContainerCheck {
  const riffEnd = 8 + u32le(bytes, 4);
  if (riffEnd > bytes.length) return { ok: false, problem: 'truncated' };
  let at = 12;
  let width: number | undefined;
  let height: number | undefined;
  let c2pa = false;
  for (let n = 0; n < MAX_SEGMENTS && at + 8 <= riffEnd; n += 1) {
    const type = ascii(bytes, at, 4);
    const length = u32le(bytes, at + 4);
    if ((type === 'EXIF' || type === 'XMP ') && length > MAX_TEXT_BYTES) return { ok: false, problem: 'text-too-large' };
    if (at + 8 + length > riffEnd) return { ok: false, problem: 'truncated' };
    const body = at + 8;
    if (type === 'VP8X' && length >= 10) {
      width = u24le(bytes, body + 4) + 1;
      height = u24le(bytes, body + 7) + 1;
    } else if (type === 'VP8 ' && length >= 10 && width === undefined) {
      width = (bytes[body + 6]! | (bytes[body + 7]! << 8)) & 0x3fff;
      height = (bytes[body + 8]! | (bytes[body + 9]! << 8)) & 0x3fff;
    } else if (type === 'VP8L' && length >= 5 && width === undefined) {
      const bits = u32le(bytes, body + 1);
      width = (bits & 0x3fff) + 1;
      height = ((bits >>> 14) & 0x3fff) + 1;
    } else if (type === 'C2PA') c2pa = true;
    at += 8 + length + (length & 1);
  }
  return { ok: true, format: 'webp', width, height, c2pa };
}
