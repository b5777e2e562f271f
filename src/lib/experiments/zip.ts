import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { MAX_FILE_BYTES } from '../images/limits';
import { mimeTypes, picturePath, serializeLogIndex, type Experiment, type PictureSide } from './log';

/**
 * An exported log as one zip (fflate, an npm library): `experiments.json`, the index, and each
 * pair's pictures under `pictures/`. Reading one back is bounded: only the index and the
 * pictures it names are inflated, each within the page's picture size limit.
 */

export const INDEX_PATH = 'experiments.json';
/** The largest log file the page opens (500 pairs of large PNGs would be more). */
export const MAX_LOG_FILE_BYTES = 1024 * 1024 * 1024;

export type PictureBytes = (id: string, side: PictureSide) => Uint8Array | undefined;

export function buildLogZip(experiments: readonly Experiment[], picture: PictureBytes): Uint8Array {
  const files: Record<string, Uint8Array> = { [INDEX_PATH]: strToU8(serializeLogIndex(experiments)) };
  for (const entry of experiments) {
    for (const side of [0, 1] as const) {
      const bytes = picture(entry.id, side);
      // Pictures are compressed already: stored, not deflated again.
      if (bytes) files[picturePath(entry.id, side, entry.pictures[side].format)] = bytes;
    }
  }
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, [bytes, { level: path === INDEX_PATH ? 6 : 0 }]])));
}

export type LogZipRead = { ok: true; index: string; pictures: Map<string, Uint8Array> } | { ok: false; message: string };

export function readLogZip(bytes: Uint8Array): LogZipRead {
  if (bytes.length > MAX_LOG_FILE_BYTES) return { ok: false, message: 'That file is larger than any log this page writes, so it was not opened.' };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => (file.name === INDEX_PATH || /^pictures\/[A-Za-z0-9-]+-[ab]\.(png|jpg|webp)$/.test(file.name)) && file.originalSize <= MAX_FILE_BYTES,
    });
  } catch {
    return { ok: false, message: 'That file is not a zip this page can open: choose a log exported from this page.' };
  }
  const index = files[INDEX_PATH];
  if (!index) return { ok: false, message: `That zip has no ${INDEX_PATH}, so it is not an experiment log from this page.` };
  const pictures = new Map(Object.entries(files).filter(([path]) => path !== INDEX_PATH));
  return { ok: true, index: strFromU8(index), pictures };
}

export { mimeTypes };
