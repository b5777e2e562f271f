import { checkContainer } from './container';
import { readComfyGraph } from './comfyui';
import { MAX_FILE_BYTES, MAX_TEXT_BYTES } from './limits';
import { readInvokeMetadata, readParametersText, readSwarmParams } from './parameters';
import type { FileFacts, ImageReading, MetadataSource, ReadRun } from './types';

/**
 * Reads what a picture file says about how it was made, from its bytes, in the browser or in
 * Node. The container walk (./container) checks the file and bounds every text field first;
 * ExifReader (an npm library, loaded on first use) then reads PNG text chunks, EXIF and XMP; the
 * front ends' own formats are read by ./comfyui and ./parameters.
 */

type ExifTags = Record<string, Record<string, { value?: unknown; description?: unknown } | undefined> | undefined>;
export type ExifLoader = (bytes: ArrayBuffer) => Promise<ExifTags>;

const loadWithExifReader: ExifLoader = async (buffer) => {
  const { default: ExifReader } = await import('exifreader');
  return (await ExifReader.load(buffer, { expanded: true, async: true })) as unknown as ExifTags;
};

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
/** The file's name isolated from the sentence around it, so a right-to-left name cannot reorder it. */
const quoted = (name: string) => `“\u2068${name.slice(0, 120)}\u2069”`;

export const readMessages = {
  empty: (name: string) => `${quoted(name)} is empty (0 bytes): there is no picture in it.`,
  tooLarge: (name: string, bytes: number) =>
    `${quoted(name)} is ${mb(bytes)}, and this page reads pictures up to ${mb(MAX_FILE_BYTES)}: open the file your front end saved, not an upscale.`,
  notImage: (name: string) =>
    /\.(png|jpe?g|webp)$/i.test(name)
      ? `${quoted(name)} is named like a picture, but its bytes are not a PNG, JPEG or WebP image.`
      : `${quoted(name)} is not a PNG, JPEG or WebP picture, so there is nothing here to read.`,
  truncated: (name: string) => `${quoted(name)} stops before the picture ends (an unfinished download or copy): save it again from your front end.`,
  textTooLarge: (name: string) =>
    `${quoted(name)} carries a text field over ${mb(MAX_TEXT_BYTES)}, far more than any front end writes, so the page does not read it.`,
  corrupt: (name: string) => `${quoted(name)} is damaged: its parts do not fit together as a picture file.`,
  unreadable: (name: string) => `${quoted(name)} could not be read: the browser refused to open it.`,
  graphMalformed: 'The ComfyUI graph in this file is not valid JSON, so its settings cannot be read; the picture itself is fine.',
  graphTooDeep: 'The ComfyUI graph in this file is nested far deeper than any real graph, so the page did not read it.',
  graphTooLarge: 'The ComfyUI graph in this file is larger than any real graph, so the page did not read it.',
  graphNoSampler: 'The ComfyUI graph in this file has no sampler, so it does not say how this picture was made.',
  graphLoops: 'The ComfyUI graph in this file loops back on itself, which ComfyUI cannot run: the settings shown are what the page could follow.',
} as const;

export async function readImageBytes(bytes: Uint8Array, name: string, loadExif: ExifLoader = loadWithExifReader): Promise<ImageReading> {
  if (bytes.length === 0) return fail(name, readMessages.empty(name));
  if (bytes.length > MAX_FILE_BYTES) return fail(name, readMessages.tooLarge(name, bytes.length));
  const container = checkContainer(bytes);
  if (!container.ok) {
    const message = {
      'not-image': readMessages.notImage,
      truncated: readMessages.truncated,
      'text-too-large': readMessages.textTooLarge,
      corrupt: readMessages.corrupt,
    }[container.problem](name);
    return fail(name, message);
  }

  let tags: ExifTags = {};
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    tags = await loadExif(buffer);
  } catch {
    // ExifReader throws when a file has no metadata at all: that is a plain "no settings" picture.
  }

  const texts = textFields(tags);
  const exif = tags.exif ?? {};
  const file: FileFacts = {
    name,
    bytes: bytes.length,
    format: container.format,
    width: container.width,
    height: container.height,
    c2pa: container.c2pa,
    xmp: tags.xmp !== undefined && Object.keys(tags.xmp).length > 0,
    camera: cameraFields(exif, texts),
  };

  const found = readSettings(texts);
  const notes = [...(found?.notes ?? [])];
  const misnamed = misnamedNote(name, container.format);
  if (misnamed) notes.unshift(misnamed);
  return { ok: true, file, source: found?.source ?? null, runs: found?.runs ?? [], notes, ...(found?.problem ? { problem: found.problem } : {}) };
}

const formatNames: Record<FileFacts['format'], string> = { png: 'PNG', jpeg: 'JPEG', webp: 'WebP' };
const extensionFormats: Record<string, FileFacts['format']> = { png: 'png', jpg: 'jpeg', jpeg: 'jpeg', webp: 'webp' };

/** A sentence when the file's name claims another format than its bytes (the bytes win). */
function misnamedNote(name: string, format: FileFacts['format']): string | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  const claimed = extension ? extensionFormats[extension] : undefined;
  if (!claimed || claimed === format) return undefined;
  return `This file is named .${extension} but holds a ${formatNames[format]} picture; the page read it as the ${formatNames[format]} it is.`;
}

function fail(name: string, message: string): ImageReading {
  return { ok: false, name, message };
}

/**
 * Text fields by name: PNG text chunks as they are; ComfyUI's EXIF fields (SaveAnimatedWEBP in
 * comfy_extras/nodes_images.py writes `prompt:…` to Model, 0x0110, and each extra field such as
 * `workflow:…` from Make, 0x010F, downward); A1111's UserComment as `parameters`.
 */
function textFields(tags: ExifTags): Map<string, string> {
  const fields = new Map<string, string>();
  for (const [key, tag] of Object.entries(tags.pngText ?? {})) {
    const value = typeof tag?.value === 'string' ? tag.value : typeof tag?.description === 'string' ? tag.description : undefined;
    if (value !== undefined && value.length <= MAX_TEXT_BYTES) fields.set(key, value);
  }
  for (const tag of Object.values(tags.exif ?? {})) {
    const value = exifString(tag?.value);
    const prefixed = value && /^(prompt|workflow):/.exec(value);
    if (prefixed && !fields.has(prefixed[1]!)) fields.set(prefixed[1]!, value.slice(prefixed[0].length));
  }
  const comment = decodeUserComment(tags.exif?.UserComment?.value);
  if (comment && !fields.has('parameters')) fields.set('parameters', comment);
  return fields;
}

function exifString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value.join('');
  return undefined;
}

/** EXIF UserComment: an 8-byte character-code prefix, then the text (A1111 writes "UNICODE" and UTF-16). */
export function decodeUserComment(value: unknown): string | undefined {
  if (!Array.isArray(value) || value.length <= 8 || value.length > MAX_TEXT_BYTES) return undefined;
  const bytes = Uint8Array.from(value as number[]);
  const code = String.fromCharCode(...bytes.slice(0, 8)).replace(/\0+$/, '');
  const body = bytes.slice(8);
  let text: string;
  if (code === 'UNICODE') {
    const bigEndian = body[0] === 0 && body[1] !== 0;
    text = new TextDecoder(bigEndian ? 'utf-16be' : 'utf-16le').decode(body);
  } else {
    text = new TextDecoder('utf-8').decode(body);
  }
  text = text.replace(/\0+$/, '').trim();
  return text === '' ? undefined : text;
}

const cameraTags: [string, string][] = [
  ['Make', 'Camera make'],
  ['Model', 'Camera model'],
  ['LensModel', 'Lens'],
  ['FNumber', 'Aperture'],
  ['ExposureTime', 'Shutter'],
  ['ISOSpeedRatings', 'ISO'],
  ['DateTimeOriginal', 'Taken'],
  ['Software', 'Software'],
];

function cameraFields(exif: NonNullable<ExifTags[string]>, texts: Map<string, string>): FileFacts['camera'] {
  return cameraTags.flatMap(([key, label]) => {
    const tag = exif[key];
    const description = typeof tag?.description === 'string' ? tag.description : exifString(tag?.value);
    // ComfyUI stores its graphs in Make and Model: those are not camera fields.
    if (!description || /^(prompt|workflow):/.test(description) || texts.size > 0 && description.length > 200) return [];
    return [{ label, value: description.slice(0, 200) }];
  });
}

interface FoundSettings {
  source: MetadataSource;
  runs: ReadRun[];
  notes: string[];
  problem?: string;
}

function readSettings(texts: Map<string, string>): FoundSettings | null {
  const graph = texts.get('prompt');
  if (graph !== undefined && graph.trimStart().startsWith('{')) {
    const read = readComfyGraph(graph);
    if (read.ok) return { source: 'comfyui', runs: read.runs, notes: read.notes, ...(read.loops ? { problem: readMessages.graphLoops } : {}) };
    const problem = {
      malformed: readMessages.graphMalformed,
      'too-deep': readMessages.graphTooDeep,
      'too-large': readMessages.graphTooLarge,
      'not-a-graph': readMessages.graphMalformed,
      'no-sampler': readMessages.graphNoSampler,
    }[read.reason];
    return { source: 'comfyui', runs: [], notes: [], problem };
  }
  const invoke = texts.get('invokeai_metadata');
  if (invoke !== undefined) {
    const run = readInvokeMetadata(invoke);
    if (run) return { source: 'invokeai', runs: [run], notes: [] };
  }
  const parameters = texts.get('parameters') ?? texts.get('sui_image_params');
  if (parameters !== undefined) {
    if (parameters.trimStart().startsWith('{')) {
      const run = readSwarmParams(parameters);
      if (run) return { source: 'swarmui', runs: [run], notes: [] };
    } else {
      const run = readParametersText(parameters);
      if (run) return { source: 'forge', runs: [run], notes: [] };
    }
  }
  return null;
}
