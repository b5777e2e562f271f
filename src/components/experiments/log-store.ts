import type { DBSchema, IDBPDatabase } from 'idb';
import { pictureKey, type Experiment, type PictureSide } from '../../lib/experiments/log';

/**
 * The experiment log in the browser's IndexedDB, through `idb` (a small promise wrapper, loaded
 * with this module when the log is first opened). Entries and their pictures are written in one
 * transaction, so a refused write (a full quota) leaves the log exactly as it was. Every change
 * is announced on a BroadcastChannel, so another open tab can show the log as stored.
 */

interface StoredPicture {
  blob: Blob;
  thumb?: Blob;
}

interface LogDb extends DBSchema {
  entries: { key: string; value: Experiment };
  pictures: { key: string; value: StoredPicture };
}

const DB_NAME = 'fpg-experiments';
const CHANNEL = 'fpg-experiments';

export const logMessages = {
  unavailable:
    'This browser does not let the page keep anything (private browsing, or storage turned off): you can still read and compare pictures, but the log cannot be saved here.',
  full: 'Your browser’s storage for this site is full, so this was not saved; your log is as it was. Export it, then delete old entries to make room.',
  failed: 'The browser refused to save this; your log is as it was.',
  otherTab: 'Another tab changed the log: the list below now shows what is saved.',
} as const;

export class LogUnavailable extends Error {}

export type LogChange = { kind: 'changed' };

let opening: Promise<IDBPDatabase<LogDb>> | null = null;

function open(): Promise<IDBPDatabase<LogDb>> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new LogUnavailable(logMessages.unavailable));
  opening ??= import('idb')
    .then(({ openDB }) =>
      openDB<LogDb>(DB_NAME, 1, {
        upgrade(db) {
          db.createObjectStore('entries', { keyPath: 'id' });
          db.createObjectStore('pictures');
        },
        // Another tab holds an older version open: close ours so its upgrade is not blocked.
        blocking() {
          opening = null;
        },
      }),
    )
    .catch(() => {
      // Firefox's private windows and a storage setting turned off both refuse to open a database.
      opening = null;
      throw new LogUnavailable(logMessages.unavailable);
    });
  return opening;
}

/** A sentence for a write the browser refused. */
export function writeFailure(error: unknown): string {
  if (error instanceof LogUnavailable) return error.message;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  return name === 'QuotaExceededError' ? logMessages.full : logMessages.failed;
}

// One channel object for sending and listening: a BroadcastChannel hears every other object on
// the channel, in this tab too, but never its own messages, so the page's own changes stay its own.
let channel: BroadcastChannel | null = null;
function logChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  channel ??= new BroadcastChannel(CHANNEL);
  return channel;
}

function announce(): void {
  logChannel()?.postMessage({ kind: 'changed' } satisfies LogChange);
}

/** Calls back whenever another tab changes the log. Returns the unsubscribe. */
export function watchOtherTabs(onChange: () => void): () => void {
  const listening = logChannel();
  if (!listening) return () => {};
  const listener = () => onChange();
  listening.addEventListener('message', listener);
  return () => listening.removeEventListener('message', listener);
}

export async function listEntries(): Promise<Experiment[]> {
  const db = await open();
  const entries = await db.getAll('entries');
  return entries.sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function getPicture(id: string, side: PictureSide): Promise<StoredPicture | undefined> {
  const db = await open();
  return db.get('pictures', pictureKey(id, side));
}

/** Stores entries with their pictures, all or nothing. */
export async function putEntries(items: { entry: Experiment; pictures?: [StoredPicture, StoredPicture] }[]): Promise<void> {
  const db = await open();
  const tx = db.transaction(['entries', 'pictures'], 'readwrite');
  const writes: Promise<unknown>[] = [];
  try {
    for (const { entry, pictures } of items) {
      writes.push(tx.objectStore('entries').put(entry));
      pictures?.forEach((picture, side) => writes.push(tx.objectStore('pictures').put(picture, pictureKey(entry.id, side as PictureSide))));
    }
    await Promise.all([...writes, tx.done]);
  } catch (error) {
    // A refused write must not leave an entry without its pictures: undo the whole transaction.
    try {
      tx.abort();
    } catch {
      // Already aborted by the browser (a full quota aborts the transaction itself).
    }
    await tx.done.catch(() => {});
    throw error;
  }
  announce();
}

export async function renameEntry(id: string, name: string): Promise<void> {
  const db = await open();
  const tx = db.transaction('entries', 'readwrite');
  const entry = await tx.store.get(id);
  if (entry) await tx.store.put({ ...entry, name, updatedAt: Date.now() });
  await tx.done;
  announce();
}

/** Deletes entries and their pictures: nothing of them is left in the browser. */
export async function deleteEntries(ids: readonly string[]): Promise<void> {
  const db = await open();
  const tx = db.transaction(['entries', 'pictures'], 'readwrite');
  const deletes = ids.flatMap((id) => [
    tx.objectStore('entries').delete(id),
    tx.objectStore('pictures').delete(pictureKey(id, 0)),
    tx.objectStore('pictures').delete(pictureKey(id, 1)),
  ]);
  await Promise.all([...deletes, tx.done]);
  announce();
}
