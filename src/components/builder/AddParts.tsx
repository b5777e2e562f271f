import { useId, useMemo, useState } from 'react';
import { addPart, type BuilderPart, type BuilderState } from '../../lib/builder/state';
import { BUILDER_TEXT_MAX } from '../../lib/limits';
import { fragments, isFragmentId } from '../../lib/fragments';
import { pillars, promptSlots, type Pillar, type PromptSlot } from '../../lib/fragments/types';
import { useTray } from '../tray/tray-storage';
import SelectField from '../fields/SelectField';
import { onEnter } from '../fields/on-enter';

interface Props {
  state: BuilderState;
  onChange: (state: BuilderState, announcement: string) => void;
}

const RESULT_LIMIT = 12;

/** Adds parts: catalogue fragments (searchable, any pillar), the prompt tray, and the reader's own words. */
export function AddParts({ state, onChange }: Props) {
  const uid = useId();
  const [query, setQuery] = useState('');
  const [pillar, setPillar] = useState<Pillar | ''>('');
  const [ownText, setOwnText] = useState('');
  const [ownSlot, setOwnSlot] = useState<PromptSlot>('context');
  const [ownError, setOwnError] = useState('');
  const tray = useTray();

  const matches = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return fragments.filter(
      (f) =>
        (!pillar || f.pillar === pillar) &&
        words.every((w) => `${f.label} ${f.text} ${f.does} ${(f.tags ?? []).join(' ')}`.toLowerCase().includes(w)),
    );
  }, [query, pillar]);

  const add = (part: BuilderPart, text: string) => {
    try {
      onChange(addPart(state, part), `Added “${text}”.`);
    } catch (error) {
      onChange(state, (error as Error).message);
    }
  };

  const addOwn = () => {
    const text = ownText.trim();
    if (!text) return setOwnError('Write a few words first.');
    if (text.length > BUILDER_TEXT_MAX) return setOwnError(`Keep one part under ${BUILDER_TEXT_MAX} characters (this has ${text.length}).`);
    setOwnError('');
    add({ kind: 'text', text, slot: ownSlot }, text);
    setOwnText('');
  };

  return (
    <div className="builder__add">
      <fieldset>
        <legend>Add fragments from the catalogue</legend>
        <div className="builder__row">
          <div className="builder__field builder__field--grow">
            <label htmlFor={`${uid}-q`}>Search fragments</label>
            <input id={`${uid}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          </div>
          <SelectField
            label="Pillar"
            value={pillar}
            onChange={setPillar}
            options={[{ value: '' as const, label: 'All pillars' }, ...pillars.map((p) => ({ value: p, label: p }))]}
          />
        </div>
        <p className="builder__hint" role="status">
          {matches.length === 0
            ? 'No fragment matches.'
            : matches.length > RESULT_LIMIT
              ? `${matches.length} fragments match; showing the first ${RESULT_LIMIT}. Narrow the search to see others.`
              : `${matches.length} fragment${matches.length === 1 ? '' : 's'} match.`}
        </p>
        <ul className="builder__choices">
          {matches.slice(0, RESULT_LIMIT).map((f) => (
            <li key={f.id}>
              <button type="button" className="fpg-button" onClick={() => add({ kind: 'fragment', id: f.id }, f.text)} aria-label={`Add: ${f.label}`}>
                Add
              </button>
              <span>
                <span className="builder__fragment-text">{f.text}</span>
                <span className="builder__part-meta"> · {f.pillar}</span>
              </span>
            </li>
          ))}
        </ul>
      </fieldset>

      <fieldset>
        <legend>From your prompt tray</legend>
        {tray.error && <p className="builder__error">{tray.error}</p>}
        {tray.items.length === 0 ? (
          <p className="builder__hint">
            The tray is empty. The lighting and lens tools send phrases here with their “add to prompt” buttons.
          </p>
        ) : (
          <ul className="builder__choices">
            {tray.items.map((item, index) => (
              <li key={`${index}-${item.text}`}>
                <button
                  type="button"
                  className="fpg-button"
                  onClick={() =>
                    add(
                      item.fragmentId && isFragmentId(item.fragmentId)
                        ? { kind: 'fragment', id: item.fragmentId }
                        : { kind: 'text', text: item.text.slice(0, BUILDER_TEXT_MAX), slot: item.slot },
                      item.text,
                    )
                  }
                  aria-label={`Add: ${item.text}`}
                >
                  Add
                </button>
                <span>
                  <span className="builder__fragment-text">{item.text}</span>
                  <span className="builder__part-meta"> · from the {item.from} tool</span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <fieldset>
        <legend>Add your own words</legend>
        <div className="builder__row">
          <div className="builder__field builder__field--grow">
            <label htmlFor={`${uid}-own`}>Words</label>
            <input
              id={`${uid}-own`}
              type="text"
              value={ownText}
              aria-describedby={ownError ? `${uid}-own-error` : undefined}
              onChange={(e) => setOwnText(e.target.value)}
              onKeyDown={onEnter(addOwn)}
            />
          </div>
          <SelectField
            label="Place in the prompt"
            value={ownSlot}
            onChange={setOwnSlot}
            options={promptSlots.map((slot) => ({ value: slot, label: slot }))}
          />
          <button type="button" className="fpg-button" onClick={addOwn}>
            Add words
          </button>
        </div>
        {ownError && (
          <p className="builder__error" id={`${uid}-own-error`} role="alert">
            {ownError}
          </p>
        )}
      </fieldset>
    </div>
  );
}
