import type { ImageReading } from '../../lib/images/types';

/** A picture on the page: the reader's file, a URL the page shows it from, and what was read from it. */
export interface LoadedPicture {
  key: string;
  blob: Blob;
  url: string;
  reading: Extract<ImageReading, { ok: true }>;
  /** The prompt the reader pasted for a file that records none. */
  pasted: string;
}
