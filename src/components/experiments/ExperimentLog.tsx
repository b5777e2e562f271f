import { useEffect, useId, useRef, useState } from 'react';
import { LOG_NAME_MAX, type Experiment, type PictureSide } from '../../lib/experiments/log';
import type { useExperimentLog } from './useExperimentLog';

/**
 * The saved experiments: each with its two thumbnails, name, verdict and note; open, rename,
 * delete; the whole log exported as one zip and imported back.
 */

type Log = ReturnType<typeof useExperimentLog>;

interface Props {
  log: Log;
  onOpen: (entry: Experiment) => void;
}

export function ExperimentLog({ log, onOpen }: Props) {
  const ids = useId();
  const importInput = useRef<HTMLInputElement>(null);
  const [confirmAll, setConfirmAll] = useState(false);
  const entries = log.entries ?? [];

  const download = async () => {
    const result = await log.exportZip();
    if (!('blob' in result)) return;
    const url = URL.createObjectURL(result.blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `flux-experiments-${new Date().toISOString().slice(0, 10)}.zip`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <section className="fpg-log" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Your experiment log</h2>
      <p className="fpg-log__intro">Saved in this browser only: nothing is uploaded. Export the log to keep a copy or move it to another browser.</p>
      <p className={log.available ? 'fpg-log__message' : 'fpg-error'} role="status">
        {log.message}
      </p>
      {log.pendingReplace.length > 0 && (
        <div className="fpg-log__ask">
          <p>
            The file holds older copies of {log.pendingReplace.length === 1 ? 'one entry' : `${log.pendingReplace.length} entries`} you have changed since. Replace your newer {log.pendingReplace.length === 1 ? 'entry' : 'entries'} with the file’s?
          </p>
          <button type="button" className="fpg-button" onClick={() => void log.replaceNewer()}>
            Replace with the file’s copy
          </button>
          <button type="button" className="fpg-button" onClick={log.keepNewer}>
            Keep mine
          </button>
        </div>
      )}
      {entries.length === 0 ? (
        <p className="fpg-log__empty">{log.entries === null ? 'Reading your log…' : 'No experiments saved yet. Compare two pictures above and save the pair.'}</p>
      ) : (
        <ul className="fpg-log__list">
          {entries.map((entry) => (
            <LogEntry key={entry.id} entry={entry} log={log} onOpen={() => onOpen(entry)} />
          ))}
        </ul>
      )}
      <div className="fpg-log__actions">
        <button type="button" className="fpg-button" onClick={() => void download()} disabled={entries.length === 0}>
          Export the log (.zip)
        </button>
        <button type="button" className="fpg-button" onClick={() => importInput.current?.click()} disabled={!log.available}>
          Import a log…
        </button>
        {/* The button above opens this picker; hidden, it is not a second stop for Tab or a screen reader. */}
        <input
          ref={importInput}
          hidden
          type="file"
          accept=".zip,application/zip"
          aria-label="Import a log exported from this page (.zip)"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void log.importZip(file);
          }}
        />
        {entries.length > 0 &&
          (confirmAll ? (
            <>
              <button
                type="button"
                className="fpg-button"
                onClick={() => {
                  setConfirmAll(false);
                  void log.remove(entries.map((e) => e.id));
                }}
              >
                Yes, delete all {entries.length}
              </button>
              <button type="button" className="fpg-button" onClick={() => setConfirmAll(false)}>
                Cancel
              </button>
            </>
          ) : (
            <button type="button" className="fpg-button" onClick={() => setConfirmAll(true)}>
              Delete all…
            </button>
          ))}
      </div>
    </section>
  );
}

function LogEntry({ entry, log, onOpen }: { entry: Experiment; log: Log; onOpen: () => void }) {
  const ids = useId();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(entry.name);
  const saved = new Date(entry.updatedAt);
  return (
    <li className="fpg-log__entry" data-experiment-id={entry.id}>
      <div className="fpg-log__thumbs">
        {([0, 1] as const).map((side) => (
          <Thumb key={side} log={log} id={entry.id} side={side} alt={`${side === 0 ? 'A' : 'B'}: ${entry.pictures[side].fileName}`} />
        ))}
      </div>
      <div className="fpg-log__text">
        {renaming ? (
          <form
            className="fpg-log__rename"
            onSubmit={(event) => {
              event.preventDefault();
              setRenaming(false);
              if (name.trim() && name.trim() !== entry.name) void log.rename(entry.id, name.trim());
            }}
          >
            <label htmlFor={`${ids}-name`}>New name</label>
            <input id={`${ids}-name`} dir="auto" maxLength={LOG_NAME_MAX} value={name} onChange={(event) => setName(event.target.value)} autoFocus />
            <button type="submit" className="fpg-button fpg-button--small">
              Save name
            </button>
          </form>
        ) : (
          <h3 className="fpg-log__name">
            <bdi>{entry.name}</bdi>
          </h3>
        )}
        <p className="fpg-log__date">Saved {saved.toLocaleString()}</p>
        <p>{entry.verdict}</p>
        {entry.note && (
          <p className="fpg-log__note" dir="auto">
            {entry.note}
          </p>
        )}
        <div className="fpg-log__entry-actions">
          <button type="button" className="fpg-button fpg-button--small" onClick={onOpen} aria-label={`Open ${entry.name}`}>
            Open
          </button>
          <button type="button" className="fpg-button fpg-button--small" onClick={() => setRenaming(true)} aria-label={`Rename ${entry.name}`}>
            Rename
          </button>
          <button type="button" className="fpg-button fpg-button--small" onClick={() => void log.remove([entry.id])} aria-label={`Delete ${entry.name}`}>
            Delete
          </button>
        </div>
      </div>
    </li>
  );
}

function Thumb({ log, id, side, alt }: { log: Log; id: string; side: PictureSide; alt: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let made: string | null = null;
    let live = true;
    log.pictureOf(id, side).then((picture) => {
      const blob = picture?.thumb ?? picture?.blob;
      if (!live || !blob) return;
      made = URL.createObjectURL(blob);
      setUrl(made);
    });
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, side]);
  return url ? <img className="fpg-log__thumb" src={url} alt={alt} width={80} /> : <span className="fpg-log__thumb" />;
}
