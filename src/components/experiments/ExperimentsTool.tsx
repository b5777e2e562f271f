import { lazy, Suspense, useEffect, useId, useRef, useState, type DragEvent } from 'react';
import type { Experiment } from '../../lib/experiments/log';
import { ExperimentLog } from './ExperimentLog';
import { PictureCard } from './PictureCard';
import { readPictureFile } from './read-file';
import { useExperimentLog } from './useExperimentLog';
import type { LoadedPicture } from './types';
import '../fields/fields.css';
import './experiments.css';

/**
 * The experiments tool (/tools/experiments/): the reader's own pictures, read in this browser;
 * two of them compared; the pairs kept in a log. No byte of a picture leaves the browser: files
 * are read from memory and shown from object URLs.
 */

const ComparePair = lazy(() => import('./ComparePair'));

/** Files read from one drop; more is almost certainly a folder dropped by mistake. */
const MAX_FILES_AT_ONCE = 12;
/** Pictures kept on the page at once (the oldest give way). */
const MAX_PICTURES = 12;

type Failure = { key: string; message: string };

let nextKey = 0;
const newKey = () => `p${(nextKey += 1)}`;

export default function ExperimentsTool() {
  const ids = useId();
  const [pictures, setPictures] = useState<LoadedPicture[]>([]);
  const [failures, setFailures] = useState<Failure[]>([]);
  const [reading, setReading] = useState(0);
  // The reader's choice of pair, by picture key; null means the two newest pictures.
  const [chosen, setChosen] = useState<[string, string] | null>(null);
  const [dragging, setDragging] = useState(false);
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const compareRef = useRef<HTMLDivElement>(null);
  const log = useExperimentLog();

  // Object URLs are released with their pictures, and all of them when the page goes.
  const urls = useRef(new Set<string>());
  useEffect(() => () => urls.current.forEach((url) => URL.revokeObjectURL(url)), []);

  const addFiles = async (files: readonly File[], replace = false) => {
    if (files.length === 0) return;
    const taken = files.slice(0, MAX_FILES_AT_ONCE);
    const tooMany = files.length > MAX_FILES_AT_ONCE ? [{ key: newKey(), message: `The page reads ${MAX_FILES_AT_ONCE} pictures at a time: the first ${MAX_FILES_AT_ONCE} of the ${files.length} were read.` }] : [];
    setReading((n) => n + taken.length);
    const results = await Promise.all(taken.map((file) => readPictureFile(file).then((result) => ({ file, result }))));
    setReading((n) => n - taken.length);
    const loaded: LoadedPicture[] = [];
    const failed: Failure[] = [...tooMany];
    for (const { file, result } of results) {
      if (!result.ok) {
        failed.push({ key: newKey(), message: result.message });
        continue;
      }
      const url = URL.createObjectURL(file);
      urls.current.add(url);
      loaded.push({ key: newKey(), blob: file, url, reading: result, pasted: '' });
    }
    setFailures(failed);
    setPictures((current) => {
      const kept = replace ? [] : current;
      const next = [...kept, ...loaded].slice(-MAX_PICTURES);
      for (const gone of kept.filter((p) => !next.includes(p))) release(gone);
      return next;
    });
    // New pictures open a comparison of the two newest.
    setChosen(null);
    const read = loaded.length;
    setStatus(`${read === 1 ? 'One picture' : `${read} pictures`} read${failed.length > 0 ? `, ${failed.length} could not be` : ''}.`);
  };

  const release = (picture: LoadedPicture) => {
    URL.revokeObjectURL(picture.url);
    urls.current.delete(picture.url);
  };

  const remove = (key: string) =>
    setPictures((current) => {
      const gone = current.find((p) => p.key === key);
      if (gone) release(gone);
      return current.filter((p) => p.key !== key);
    });

  const paste = (key: string, text: string) => setPictures((current) => current.map((p) => (p.key === key ? { ...p, pasted: text } : p)));

  const open = async (entry: Experiment) => {
    const files = await Promise.all(
      ([0, 1] as const).map(async (side) => {
        const stored = await log.pictureOf(entry.id, side);
        return stored ? new File([stored.blob], entry.pictures[side].fileName, { type: stored.blob.type }) : null;
      }),
    );
    if (!files[0] || !files[1]) return setStatus('The pictures of that entry are missing from this browser’s storage.');
    await addFiles([files[0], files[1]], true);
    // A prompt the reader pasted when saving comes back with the pictures.
    setPictures((current) =>
      current.map((p, index) => (p.reading.runs[0]?.prompt === undefined ? { ...p, pasted: entry.pictures[index as 0 | 1]?.run?.prompt ?? '' } : p)),
    );
    setStatus(`Opened “${entry.name}”.`);
    compareRef.current?.scrollIntoView({ block: 'start' });
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void addFiles([...event.dataTransfer.files]);
  };

  const byKey = (key: string | undefined) => pictures.find((p) => p.key === key);
  const newest = pictures.slice(-2);
  const a = byKey(chosen?.[0]) ?? newest[0];
  const b = byKey(chosen?.[1]) ?? newest[1];
  const shownPair = a && b ? ([a, b] as const) : null;

  return (
    <div className="fpg-experiments not-content" data-pagefind-ignore="all">
      <div
        className="fpg-experiments__drop"
        data-dragging={dragging || undefined}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={`${ids}-files`} className="fpg-experiments__label">
          Choose images (PNG, JPEG or WebP), or drop them here
        </label>
        <input
          id={`${ids}-files`}
          type="file"
          multiple
          accept="image/png,image/jpeg,image/webp,.png,.jpg,.jpeg,.webp"
          aria-describedby={`${ids}-privacy`}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            void addFiles(files);
          }}
        />
        <p id={`${ids}-privacy`} className="fpg-experiments__privacy">
          Your pictures are read here, in your browser: nothing is uploaded.
        </p>
      </div>

      <p className="sr-only" role="status">
        {reading > 0 ? 'Reading…' : status}
      </p>
      {failures.map((failure) => (
        <p key={failure.key} className="fpg-error" role="alert" dir="auto">
          {failure.message}
        </p>
      ))}

      {pictures.length > 0 && (
        <section className="fpg-experiments__pictures" aria-label="Your pictures">
          {pictures.map((picture) => (
            <PictureCard key={picture.key} picture={picture} onPaste={(text) => paste(picture.key, text)} onRemove={() => remove(picture.key)} />
          ))}
        </section>
      )}

      <div ref={compareRef}>
        {pictures.length > 2 && (
          <div className="fpg-experiments__choose" role="group" aria-label="Which two pictures to compare">
            {(['A', 'B'] as const).map((side, index) => (
              <div className="fpg-field" key={side}>
                <label htmlFor={`${ids}-${side}`}>Picture {side}</label>
                <select
                  id={`${ids}-${side}`}
                  value={shownPair?.[index]?.key}
                  onChange={(event) => {
                    const keys: [string, string] = [shownPair![0].key, shownPair![1].key];
                    keys[index] = event.target.value;
                    setChosen(keys);
                  }}
                >
                  {pictures.map((p) => (
                    <option key={p.key} value={p.key}>
                      {p.reading.file.name}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        )}
        {shownPair ? (
          <Suspense fallback={<p>Opening the comparison…</p>}>
            <ComparePair
              key={`${shownPair[0].key}-${shownPair[1].key}`}
              pictures={shownPair}
              saving={saving}
              onSave={async (details) => {
                setSaving(true);
                await log.save(shownPair, details);
                setSaving(false);
              }}
            />
          </Suspense>
        ) : (
          <p className="fpg-experiments__hint">{pictures.length === 1 ? 'Add a second picture to compare the two.' : 'Add two pictures to compare them side by side.'}</p>
        )}
      </div>

      <ExperimentLog log={log} onOpen={(entry) => void open(entry)} />
    </div>
  );
}
