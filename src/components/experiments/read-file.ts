import { MAX_FILE_BYTES } from '../../lib/images/limits';
import type { ImageReading } from '../../lib/images/types';

/**
 * A dropped or picked file, read in this browser: its size is checked before a byte is loaded,
 * the reader (src/lib/images, and ExifReader with it) loads on the first file, and a read that
 * takes longer than READ_TIMEOUT_MS is given up with a message.
 */

const READ_TIMEOUT_MS = 10_000;

export async function readPictureFile(file: File): Promise<ImageReading> {
  const { readImageBytes, readMessages } = await import('../../lib/images/read');
  // Too large or empty: refuse from the size alone, without reading the file.
  if (file.size === 0) return { ok: false, name: file.name, message: readMessages.empty(file.name) };
  if (file.size > MAX_FILE_BYTES) return { ok: false, name: file.name, message: readMessages.tooLarge(file.name, file.size) };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<ImageReading>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, name: file.name, message: `Reading “${file.name}” took too long, so the page gave up on it.` }),
      READ_TIMEOUT_MS,
    );
  });
  try {
    const read = file.arrayBuffer().then((buffer) => readImageBytes(new Uint8Array(buffer), file.name));
    return await Promise.race([read, timeout]);
  } catch {
    return { ok: false, name: file.name, message: readMessages.unreadable(file.name) };
  } finally {
    clearTimeout(timer);
  }
}
