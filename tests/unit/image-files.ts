import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

/**
 * Picture files built in the tests, byte for byte as the front ends write them: PNG text chunks
 * (tEXt, iTXt, zTXt as Pillow's PngInfo writes them for ComfyUI and A1111/Forge), EXIF in JPEG
 * and WebP (ComfyUI's `prompt:`/`workflow:` in Make and Model, A1111's UserComment in UTF-16).
 */

const PIXELS = { width: 16, height: 12, channels: 3, background: '#7a6a5a' } as const;

export async function plainPng(): Promise<Buffer> {
  return sharp({ create: PIXELS }).png().toBuffer();
}

export async function plainJpeg(): Promise<Buffer> {
  return sharp({ create: PIXELS }).jpeg().toBuffer();
}

export async function plainWebp(): Promise<Buffer> {
  return sharp({ create: PIXELS }).webp().toBuffer();
}

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])) >>> 0);
  return Buffer.concat([head, body, crc]);
}

export type PngText = { key: string; text: string; kind?: 'tEXt' | 'iTXt' | 'zTXt' };

/** A PNG with text chunks inserted after IHDR, as Pillow writes them. */
export async function pngWithText(texts: PngText[], extraChunks: { type: string; body: Buffer }[] = []): Promise<Buffer> {
  const png = await plainPng();
  const ihdrEnd = 8 + 12 + png.readUInt32BE(8);
  const chunks = texts.map(({ key, text, kind = 'tEXt' }) => {
    if (kind === 'tEXt') return chunk('tEXt', Buffer.concat([Buffer.from(key, 'latin1'), Buffer.from([0]), Buffer.from(text, 'latin1')]));
    if (kind === 'zTXt') return chunk('zTXt', Buffer.concat([Buffer.from(key, 'latin1'), Buffer.from([0, 0]), deflateSync(Buffer.from(text, 'latin1'))]));
    return chunk('iTXt', Buffer.concat([Buffer.from(key, 'latin1'), Buffer.from([0, 0, 0, 0, 0]), Buffer.from(text, 'utf8')]));
  });
  const extra = extraChunks.map((c) => chunk(c.type, c.body));
  return Buffer.concat([png.subarray(0, ihdrEnd), ...chunks, ...extra, png.subarray(ihdrEnd)]);
}

/** A PNG whose text chunk *declares* `declaredLength` bytes but holds a few: only the header matters to a bounded reader. */
export async function pngWithDeclaredTextLength(declaredLength: number): Promise<Buffer> {
  const png = await plainPng();
  const ihdrEnd = 8 + 12 + png.readUInt32BE(8);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(declaredLength, 0);
  head.write('tEXt', 4, 'latin1');
  return Buffer.concat([png.subarray(0, ihdrEnd), head, Buffer.from('prompt\0{"'), png.subarray(ihdrEnd)]);
}

/** ComfyUI's WebP and JPEG: the UI graph in EXIF Make as `workflow:…`, the API graph in Model as `prompt:…`. */
export async function comfyWebp(prompt: string, workflow = '{}'): Promise<Buffer> {
  return sharp({ create: PIXELS }).webp().withExif({ IFD0: { Make: `workflow:${workflow}`, Model: `prompt:${prompt}` } }).toBuffer();
}

export async function comfyJpeg(prompt: string, workflow = '{}'): Promise<Buffer> {
  return sharp({ create: PIXELS }).jpeg().withExif({ IFD0: { Make: `workflow:${workflow}`, Model: `prompt:${prompt}` } }).toBuffer();
}

/** A JPEG with A1111's EXIF: UserComment = "UNICODE\0" + UTF-16BE text (piexif.helper.UserComment.dump). */
export async function a1111Jpeg(parameters: string): Promise<Buffer> {
  const jpeg = await plainJpeg();
  const utf16be = Buffer.from(parameters, 'utf16le').swap16();
  const comment = Buffer.concat([Buffer.from('UNICODE\0', 'latin1'), utf16be]);
  // A big-endian TIFF: IFD0 with the Exif IFD pointer, the Exif IFD with UserComment (0x9286, UNDEFINED).
  const tiff = Buffer.alloc(44);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(1, 8);
  tiff.writeUInt16BE(0x8769, 10);
  tiff.writeUInt16BE(4, 12);
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt32BE(26, 18);
  tiff.writeUInt32BE(0, 22);
  tiff.writeUInt16BE(1, 26);
  tiff.writeUInt16BE(0x9286, 28);
  tiff.writeUInt16BE(7, 30);
  tiff.writeUInt32BE(comment.length, 32);
  tiff.writeUInt32BE(44, 36);
  tiff.writeUInt32BE(0, 40);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff, comment]);
  const app1 = Buffer.alloc(4);
  app1.writeUInt16BE(0xffe1, 0);
  app1.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), app1, payload, jpeg.subarray(2)]);
}

export const bytesOf = (buffer: Buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
