import type { ImageFormat, MetadataSource, ReadRun } from '../images/types';

/**
 * The experiment log: saved comparisons of two pictures, each with the reader's name and note.
 * The pictures themselves are kept beside the entries (IndexedDB in the browser, files in the
 * exported zip), under the keys ./log names.
 */

export const LOG_NAME_MAX = 120;
export const LOG_NOTE_MAX = 4000;
/** Entries one log holds (and one import may bring). */
export const LOG_ENTRY_LIMIT = 500;

/** One picture of a saved pair: what was read from it, and where its bytes are kept. */
export interface SavedPicture {
  fileName: string;
  format: ImageFormat;
  bytes: number;
  width?: number;
  height?: number;
  source: MetadataSource | null;
  /** The run the comparison used (the first sampler's), with a prompt the reader pasted where the file had none. */
  run?: ReadRun;
}

export interface Experiment {
  id: string;
  name: string;
  note: string;
  /** Milliseconds since 1970; the later of two copies of an entry is the newer. */
  createdAt: number;
  updatedAt: number;
  pictures: [SavedPicture, SavedPicture];
  /** The verdict sentence when the pair was saved. */
  verdict: string;
}

export type PictureSide = 0 | 1;

/** The key a picture's bytes are kept under, in storage and in the zip. */
export function pictureKey(id: string, side: PictureSide): string {
  return `${id}-${side === 0 ? 'a' : 'b'}`;
}

const extensions: Record<ImageFormat, string> = { png: 'png', jpeg: 'jpg', webp: 'webp' };
export const mimeTypes: Record<ImageFormat, string> = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' };

/** The picture's path inside an exported zip. */
export function picturePath(id: string, side: PictureSide, format: ImageFormat): string {
  return `pictures/${pictureKey(id, side)}.${extensions[format]}`;
}

/** The name a new entry gets when the reader gives none: the two file names. */
export function defaultExperimentName(fileA: string, fileB: string): string {
  return `${fileA} vs ${fileB}`.slice(0, LOG_NAME_MAX);
}

/** What importing entries would do to a log: added, updated (the import is newer), and conflicts (the log's copy is newer). */
export interface MergePlan {
  add: Experiment[];
  update: Experiment[];
  /** Entries whose copy in the log is newer than the imported one: replaced only if the reader says so. */
  newerInLog: Experiment[];
  /** Identical to what the log holds. */
  unchanged: number;
}

export function planMerge(log: readonly Experiment[], imported: readonly Experiment[]): MergePlan {
  const byId = new Map(log.map((e) => [e.id, e]));
  const plan: MergePlan = { add: [], update: [], newerInLog: [], unchanged: 0 };
  for (const entry of imported) {
    const existing = byId.get(entry.id);
    if (!existing) plan.add.push(entry);
    else if (entry.updatedAt > existing.updatedAt) plan.update.push(entry);
    else if (entry.updatedAt < existing.updatedAt) plan.newerInLog.push(entry);
    else plan.unchanged += 1;
  }
  return plan;
}

export function describeMerge(plan: MergePlan): string {
  const parts = [
    plan.add.length > 0 ? `${plan.add.length} added` : '',
    plan.update.length > 0 ? `${plan.update.length} updated` : '',
    plan.unchanged > 0 ? `${plan.unchanged} already here` : '',
  ].filter(Boolean);
  const done = parts.length > 0 ? `Imported: ${parts.join(', ')}.` : 'Nothing new in that file.';
  const asking =
    plan.newerInLog.length > 0
      ? ` ${plan.newerInLog.length === 1 ? 'One entry' : `${plan.newerInLog.length} entries`} in your log ${plan.newerInLog.length === 1 ? 'is' : 'are'} newer than the file’s copy and ${plan.newerInLog.length === 1 ? 'was' : 'were'} kept.`
      : '';
  return done + asking;
}

/** The JSON index inside an exported zip. */
export const LOG_FILE_KIND = 'flux-photoreal-guide/experiments';
export const LOG_FILE_VERSION = 1;

export interface LogIndex {
  kind: typeof LOG_FILE_KIND;
  version: typeof LOG_FILE_VERSION;
  experiments: Experiment[];
}

export function serializeLogIndex(experiments: readonly Experiment[]): string {
  const index: LogIndex = { kind: LOG_FILE_KIND, version: LOG_FILE_VERSION, experiments: [...experiments] };
  return JSON.stringify(index, null, 2);
}
