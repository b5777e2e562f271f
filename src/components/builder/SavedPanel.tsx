import { useId, useState } from 'react';
import { builderPrompt, type BuilderState } from '../../lib/builder/state';
import { mergeSaved, removeSaved, serializeSavedFile, upsertSaved, type SavedPrompt } from '../../lib/builder/saved';
import { SAVED_NAME_MAX } from '../../lib/limits';
import { useStoredList } from '../storage/browser-list';
import { downloadText } from '../files/download';
import { loadSavedParser, PARSER_LOAD_FAILED, savedList } from './saved-storage';
import { onEnter } from '../fields/on-enter';

interface Props {
  state: BuilderState;
  onLoad: (state: BuilderState, announcement: string) => void;
}

/** Named prompts in localStorage: save, reload, delete, export to a file and import from one. */
export function SavedPanel({ state, onLoad }: Props) {
  const uid = useId();
  // One copy of the list per page: a save made before the stored list has been read waits for it.
  const { items: saved, error: readError } = useStoredList(savedList);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const shown = message ?? (readError ? { error: true, text: readError } : null);

  /** Applies a change to the list as it is then; `text` says what happened once it has. */
  const commit = async (change: (list: readonly SavedPrompt[]) => SavedPrompt[], text: () => string) => {
    try {
      const { stored } = await savedList.update(change);
      setMessage(stored ? { error: false, text: text() } : { error: true, text: `${text()} ${savedList.get().error ?? ''}`.trim() });
    } catch (error) {
      setMessage({ error: true, text: (error as Error).message });
    }
  };

  const save = () => {
    const trimmed = name.trim();
    if (!trimmed) return setMessage({ error: true, text: 'Give the prompt a name first.' });
    if (trimmed.length > SAVED_NAME_MAX) return setMessage({ error: true, text: `Keep the name under ${SAVED_NAME_MAX} characters.` });
    if (state.parts.length === 0) return setMessage({ error: true, text: 'The prompt is empty: there is nothing to save.' });
    let replacing = false;
    void commit(
      (list) => {
        replacing = list.some((p) => p.name.toLowerCase() === trimmed.toLowerCase());
        return upsertSaved(list, { name: trimmed, savedAt: new Date().toISOString(), state });
      },
      () => (replacing ? `Replaced “${trimmed}”.` : `Saved “${trimmed}”.`),
    );
    setName('');
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text().catch(() => null);
    if (text === null) return setMessage({ error: true, text: 'That file could not be read, so nothing was imported.' });
    const parser = await loadSavedParser().catch(() => null);
    if (!parser) return setMessage({ error: true, text: PARSER_LOAD_FAILED });
    const parsed = parser.parseSavedFile(text);
    if (!parsed.ok) return setMessage({ error: true, text: parsed.error });
    const count = parsed.prompts.length;
    let replaced = 0;
    await commit(
      (list) => {
        const merged = mergeSaved(list, parsed.prompts);
        if (!merged.ok) throw new Error(merged.error);
        replaced = merged.replaced;
        return merged.prompts;
      },
      () => `Imported ${count} prompt${count === 1 ? '' : 's'}${replaced ? ` (${replaced} replaced a saved prompt of the same name)` : ''}.`,
    );
  };

  return (
    <div className="builder__saved">
      <div className="builder__row">
        <div className="builder__field builder__field--grow">
          <label htmlFor={`${uid}-name`}>Name for this prompt</label>
          <input
            id={`${uid}-name`}
            type="text"
            value={name}
            maxLength={SAVED_NAME_MAX + 20}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={onEnter(save)}
          />
        </div>
        <button type="button" className="fpg-button" onClick={save}>
          Save prompt
        </button>
      </div>
      <p role="status" className={shown?.error ? 'builder__error' : 'builder__status'} data-testid="saved-message">
        {shown?.text}
      </p>
      {saved.length === 0 ? (
        <p className="builder__hint">No saved prompts yet.</p>
      ) : (
        <ul className="builder__saved-list" aria-label="Saved prompts">
          {saved.map((item) => (
            <li key={item.name}>
              <span className="builder__saved-name">{item.name}</span>
              <span className="builder__part-meta">{safePreview(item.state)}</span>
              <span className="builder__part-actions">
                <button type="button" className="fpg-button" onClick={() => onLoad(item.state, `Loaded “${item.name}”.`)} aria-label={`Load: ${item.name}`}>
                  Load
                </button>
                <button
                  type="button"
                  className="fpg-button"
                  onClick={() => void commit((list) => removeSaved(list, item.name), () => `Deleted “${item.name}”.`)}
                  aria-label={`Delete: ${item.name}`}
                >
                  Delete
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="builder__row">
        <button
          type="button"
          className="fpg-button"
          disabled={saved.length === 0}
          onClick={() => downloadText('flux-saved-prompts.json', serializeSavedFile(saved))}
        >
          Export saved prompts
        </button>
        <div className="builder__field">
          <label htmlFor={`${uid}-import`}>Import saved prompts (JSON file)</label>
          <input
            id={`${uid}-import`}
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              void importFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </div>
      </div>
    </div>
  );
}

function safePreview(state: BuilderState): string {
  const text = builderPrompt(state);
  return text.length > 90 ? `${text.slice(0, 90)}…` : text;
}
