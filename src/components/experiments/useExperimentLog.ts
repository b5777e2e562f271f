import { useCallback, useEffect, useRef, useState } from 'react';
import { describeMerge, mimeTypes, picturePath, planMerge, type Experiment, type PictureSide, type SavedPicture } from '../../lib/experiments/log';
import { comparedRun } from '../../lib/experiments/settings';
import type { LoadedPicture } from './types';

/**
 * The experiment log as the page uses it: the entries, a message for what just happened (or
 * went wrong), and every change. The IndexedDB code (./log-store and idb) loads when the tool
 * wakes; the zip library and zod load when the reader exports or imports.
 */

const loadStore = () => import('./log-store');

export type LogState = {
  /** Null until the stored log has been read. */
  entries: Experiment[] | null;
  available: boolean;
  message: string;
  /** Imported entries older than the log's copies, waiting for the reader to say "replace". */
  pendingReplace: { entry: Experiment; pictures: [Blob, Blob] }[];
};

const THUMB_WIDTH = 160;

/** A small copy of a picture for the log's list; none where the browser cannot make one. */
async function thumbnail(blob: Blob): Promise<Blob | undefined> {
  try {
    const bitmap = await createImageBitmap(blob, { resizeWidth: THUMB_WIDTH, resizeQuality: 'medium' });
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
    bitmap.close();
    return await new Promise<Blob | undefined>((resolve) => canvas.toBlob((b) => resolve(b ?? undefined), 'image/webp', 0.8));
  } catch {
    return undefined;
  }
}

function savedPicture(picture: LoadedPicture): SavedPicture {
  const { file, source, runs } = picture.reading;
  const run = comparedRun(runs, picture.pasted);
  return { fileName: file.name, format: file.format, bytes: file.bytes, width: file.width, height: file.height, source, ...(run ? { run } : {}) };
}

export function useExperimentLog() {
  const [state, setState] = useState<LogState>({ entries: null, available: true, message: '', pendingReplace: [] });
  const patch = (next: Partial<LogState>) => setState((s) => ({ ...s, ...next }));
  const entriesRef = useRef<Experiment[]>([]);

  const refresh = useCallback(async (message?: string) => {
    try {
      const store = await loadStore();
      const entries = await store.listEntries();
      entriesRef.current = entries;
      setState((s) => ({ ...s, entries, available: true, ...(message !== undefined ? { message } : {}) }));
    } catch (error) {
      const { writeFailure } = await loadStore();
      setState((s) => ({ ...s, entries: [], available: false, message: writeFailure(error) }));
    }
  }, []);

  useEffect(() => {
    void refresh();
    let unwatch = () => {};
    let live = true;
    loadStore().then((store) => {
      if (live) unwatch = store.watchOtherTabs(() => void refresh(store.logMessages.otherTab));
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [refresh]);

  const run = async (change: (store: Awaited<ReturnType<typeof loadStore>>) => Promise<string>) => {
    const store = await loadStore();
    try {
      const message = await change(store);
      await refresh(message);
    } catch (error) {
      // The log is re-read so the list shows exactly what is stored after the refusal.
      await refresh(store.writeFailure(error));
    }
  };

  const save = (pair: readonly [LoadedPicture, LoadedPicture], details: { name: string; note: string; verdict: string }) =>
    run(async (store) => {
      const now = Date.now();
      const entry: Experiment = {
        id: crypto.randomUUID(),
        name: details.name,
        note: details.note,
        verdict: details.verdict,
        createdAt: now,
        updatedAt: now,
        pictures: [savedPicture(pair[0]), savedPicture(pair[1])],
      };
      const pictures = (await Promise.all(pair.map(async (p) => ({ blob: p.blob, thumb: await thumbnail(p.blob) })))) as [
        { blob: Blob; thumb?: Blob },
        { blob: Blob; thumb?: Blob },
      ];
      await store.putEntries([{ entry, pictures }]);
      return `Saved “${entry.name}” to your log.`;
    });

  const rename = (id: string, name: string) => run(async (store) => (await store.renameEntry(id, name), `Renamed to “${name}”.`));

  const remove = (ids: readonly string[]) =>
    run(async (store) => (await store.deleteEntries(ids), ids.length === 1 ? 'Deleted: the entry and its pictures are gone from this browser.' : `Deleted ${ids.length} entries and their pictures from this browser.`));

  const pictureOf = async (id: string, side: PictureSide) => (await loadStore()).getPicture(id, side);

  /** The whole log as one zip, or a message saying why not. */
  const exportZip = async (): Promise<{ blob: Blob } | { message: string }> => {
    const [{ buildLogZip }, store] = await Promise.all([import('../../lib/experiments/zip'), loadStore()]);
    const entries = entriesRef.current;
    const bytes = new Map<string, Uint8Array>();
    for (const entry of entries) {
      for (const side of [0, 1] as const) {
        const stored = await store.getPicture(entry.id, side);
        if (stored) bytes.set(`${entry.id}:${side}`, new Uint8Array(await stored.blob.arrayBuffer()));
      }
    }
    const zip = buildLogZip(entries, (id, side) => bytes.get(`${id}:${side}`));
    patch({ message: `Exported ${entries.length === 1 ? 'one experiment' : `${entries.length} experiments`} with their pictures.` });
    return { blob: new Blob([zip as BlobPart], { type: 'application/zip' }) };
  };

  const importZip = async (file: File) => {
    const [{ readLogZip }, { parseLogIndex }] = await Promise.all([import('../../lib/experiments/zip'), import('../../lib/experiments/log-schema')]);
    const zip = readLogZip(new Uint8Array(await file.arrayBuffer()));
    if (!zip.ok) return patch({ message: zip.message });
    const index = parseLogIndex(zip.index);
    if (!index.ok) return patch({ message: index.message });
    const withPictures = index.experiments.flatMap((entry) => {
      const blobs = ([0, 1] as const).map((side) => {
        const bytes = zip.pictures.get(picturePath(entry.id, side, entry.pictures[side].format));
        return bytes ? new Blob([bytes as BlobPart], { type: mimeTypes[entry.pictures[side].format] }) : undefined;
      });
      return blobs[0] && blobs[1] ? [{ entry, pictures: [blobs[0], blobs[1]] as [Blob, Blob] }] : [];
    });
    const missing = index.experiments.length - withPictures.length;
    const plan = planMerge(entriesRef.current, withPictures.map((w) => w.entry));
    const byId = new Map(withPictures.map((w) => [w.entry.id, w]));
    const write = [...plan.add, ...plan.update].map((entry) => byId.get(entry.id)!);
    const pendingReplace = plan.newerInLog.map((entry) => byId.get(entry.id)!);
    await run(async (store) => {
      if (write.length > 0) await store.putEntries(await withThumbnails(write));
      return describeMerge(plan) + (missing > 0 ? ` ${missing === 1 ? 'One entry' : `${missing} entries`} in the file had no pictures and ${missing === 1 ? 'was' : 'were'} left out.` : '');
    });
    patch({ pendingReplace });
  };

  const replaceNewer = async () => {
    const pending = state.pendingReplace;
    patch({ pendingReplace: [] });
    await run(async (store) => (await store.putEntries(await withThumbnails(pending)), `Replaced ${pending.length === 1 ? 'one entry' : `${pending.length} entries`} with the file’s copy.`));
  };

  return { ...state, save, rename, remove, pictureOf, exportZip, importZip, replaceNewer, keepNewer: () => patch({ pendingReplace: [], message: 'Kept your newer entries.' }) };
}

async function withThumbnails(items: readonly { entry: Experiment; pictures: [Blob, Blob] }[]) {
  return Promise.all(
    items.map(async ({ entry, pictures }) => ({
      entry,
      pictures: [
        { blob: pictures[0], thumb: await thumbnail(pictures[0]) },
        { blob: pictures[1], thumb: await thumbnail(pictures[1]) },
      ] as [{ blob: Blob; thumb?: Blob }, { blob: Blob; thumb?: Blob }],
    })),
  );
}
