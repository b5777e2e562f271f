/**
 * Bounds on reading a picture's metadata, so a hostile or broken file costs the reader a
 * sentence, never a frozen tab. FLUX pictures at 4 megapixels save as PNGs of 10–25 MB and their
 * embedded graphs are tens of kilobytes; every limit sits well above that.
 */

/** The largest file the page reads at all. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** The largest single text chunk or EXIF field read as text (a ComfyUI graph is ~10–60 KB). */
export const MAX_TEXT_BYTES = 4 * 1024 * 1024;
/** The deepest nesting of JSON a graph may have (ComfyUI's own graphs nest about 6 deep). */
export const MAX_JSON_DEPTH = 64;
/** The most nodes a ComfyUI graph may have before the page stops following it. */
export const MAX_GRAPH_NODES = 5000;
/** The most samplers listed from one graph. */
export const MAX_SAMPLERS = 12;
/** The longest prompt kept from a file. */
export const MAX_PROMPT_CHARS = 20_000;
/** The most metadata segments (PNG chunks, JPEG segments, RIFF chunks) walked before giving up. */
export const MAX_SEGMENTS = 20_000;
