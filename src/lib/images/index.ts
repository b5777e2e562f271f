/** Reading a picture file's metadata: what the front end that made it wrote into it. */
export { readImageBytes, readMessages, decodeUserComment } from './read';
export type { ExifLoader } from './read';
export { readComfyGraph } from './comfyui';
export { readParametersText, readSwarmParams, readInvokeMetadata } from './parameters';
export { parseExactJson } from './json';
export { checkContainer, sniffFormat } from './container';
export { MAX_FILE_BYTES, MAX_TEXT_BYTES, MAX_JSON_DEPTH } from './limits';
export { sourceLabels } from './types';
export type { ImageReading, ReadRun, FileFacts, ImageFormat, MetadataSource, LoraUse } from './types';
