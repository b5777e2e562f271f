import { useId, useMemo, useState } from 'react';
import { diffPrompts } from '../../lib/diff';
import { compareSettings, comparedRun } from '../../lib/experiments/settings';
import { ONE_CHANGE_SECTION, promptChangeOf, verdictFor } from '../../lib/experiments/verdict';
import { LOG_NAME_MAX, LOG_NOTE_MAX, defaultExperimentName } from '../../lib/experiments/log';
import { DiffText } from '../diff/DiffText';
import { FragmentChips } from '../diff/FragmentChips';
import { sitePath } from '../links';
import { PairView } from './PairView';
import { ToolDiffLink } from './ToolDiffLink';
import type { LoadedPicture } from './types';
import '../diff/diff.css';

/**
 * Two pictures compared: the pictures themselves, the prompt diff with the catalogue fragments
 * it adds or drops, the settings side by side with what differs marked, and the verdict. This
 * module (with the diff and the catalogue) loads once two pictures have been read.
 */

interface Props {
  pictures: readonly [LoadedPicture, LoadedPicture];
  onSave: (details: { name: string; note: string; verdict: string }) => void;
  saving: boolean;
}

export default function ComparePair({ pictures, onSave, saving }: Props) {
  const ids = useId();
  const [a, b] = pictures;
  const runA = useMemo(() => comparedRun(a.reading.runs, a.pasted), [a.reading.runs, a.pasted]);
  const runB = useMemo(() => comparedRun(b.reading.runs, b.pasted), [b.reading.runs, b.pasted]);
  const rows = useMemo(() => compareSettings(runA, runB), [runA, runB]);
  const diff = useMemo(() => (runA?.prompt !== undefined && runB?.prompt !== undefined ? diffPrompts(runA.prompt, runB.prompt) : null), [runA?.prompt, runB?.prompt]);
  const verdict = verdictFor(rows, diff ? promptChangeOf(diff) : undefined);
  const suggestedName = defaultExperimentName(a.reading.file.name, b.reading.file.name);
  const [name, setName] = useState('');
  const [note, setNote] = useState('');

  return (
    <section className="fpg-compare" data-compare aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>
        Compare A and B
      </h2>
      <p className={`fpg-compare__verdict fpg-compare__verdict--${verdict.kind}`}>
        <span data-verdict>{verdict.sentence}</span> <a href={sitePath(ONE_CHANGE_SECTION as `/${string}`)}>Why one change at a time</a>
      </p>

      <PairView pictures={pictures} />

      <h3>The prompts</h3>
      {diff ? (
        <>
          <DiffText segments={diff.segments} view="inline" />
          <FragmentChips diff={diff} />
          <ToolDiffLink before={runA!.prompt!} after={runB!.prompt!} model={runA?.model} />
        </>
      ) : (
        <p>One of the files records no prompt: paste it under that picture to see the two prompts compared.</p>
      )}

      <h3 id={`${ids}-settings`}>The settings</h3>
      <div className="fpg-compare__table" role="region" aria-labelledby={`${ids}-settings`} tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">Setting</th>
              <th scope="col">A</th>
              <th scope="col">B</th>
              <th scope="col">Same?</th>
            </tr>
          </thead>
          <tbody>
            {rows
              .filter((row) => row.key !== 'prompt')
              .map((row) => (
                <tr key={row.key} data-differs={row.differs || undefined} data-unknown={row.unknown || undefined}>
                  <th scope="row">{row.label}</th>
                  <td dir="auto">{row.a ?? '—'}</td>
                  <td dir="auto">{row.b ?? '—'}</td>
                  <td>{row.differs ? 'Differs' : row.unknown ? 'Only one file says' : 'Same'}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>

      <form
        className="fpg-compare__save"
        onSubmit={(event) => {
          event.preventDefault();
          onSave({ name: name.trim() || suggestedName, note: note.trim(), verdict: verdict.sentence });
        }}
      >
        <h3>Keep this experiment</h3>
        <div className="fpg-field">
          <label htmlFor={`${ids}-name`}>Name</label>
          <input id={`${ids}-name`} dir="auto" maxLength={LOG_NAME_MAX} value={name} placeholder={suggestedName} onChange={(event) => setName(event.target.value)} />
        </div>
        <div className="fpg-field">
          <label htmlFor={`${ids}-note`}>Your note: what you changed, and what you saw</label>
          <textarea id={`${ids}-note`} dir="auto" rows={3} maxLength={LOG_NOTE_MAX} value={note} onChange={(event) => setNote(event.target.value)} />
        </div>
        <button type="submit" className="fpg-button" disabled={saving}>
          Save to the log
        </button>
      </form>
    </section>
  );
}
