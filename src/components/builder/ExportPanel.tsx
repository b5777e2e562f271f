import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { builderPictureShape, type BuilderState } from '../../lib/builder/state';
import type { PromptPart } from '../../lib/prompt/compose';
import type { PromptSlot } from '../../lib/fragments/types';
import type { RunOptions } from '../../lib/run/settings';

// Run settings and the exports load when the reader opens them (see RunPanel), keeping them out of a plain visit.
const RunPanel = lazy(() => import('../run/RunPanel'));

interface Props {
  prompt: string;
  parts: PromptPart[];
  state: BuilderState;
  onImportStructured: (parts: { text: string; slot: PromptSlot }[]) => void;
  onRunChange: (run: RunOptions) => void;
}

/** Run settings, the files that run the prompt, and a way to bring a FLUX.2 JSON prompt back in. */
export function ExportPanel({ prompt, parts, state, onImportStructured, onRunChange }: Props) {
  const uid = useId();
  const [runOpen, setRunOpen] = useState(false);
  // A link or saved prompt that carries run settings opens them, so the reader sees what they run.
  const carriesRun = state.run !== undefined;
  useEffect(() => {
    if (carriesRun) setRunOpen(true);
  }, [carriesRun]);
  const [json, setJson] = useState('');
  const [jsonMessage, setJsonMessage] = useState<{ ok: boolean; text: string } | null>(null);

  return (
    <div className="builder__export">
      <details className="builder__details" open={runOpen} onToggle={(e) => setRunOpen(e.currentTarget.open)}>
        <summary>Run settings and files: ComfyUI, diffusers, BFL API, JSON</summary>
        {runOpen && (
          <Suspense fallback={<p className="builder__status">Loading the run settings…</p>}>
            <RunPanel prompt={prompt} parts={parts} model={state.model} run={state.run} shape={builderPictureShape(state)} onRunChange={onRunChange} />
          </Suspense>
        )}
      </details>

      <details className="builder__details">
        <summary>Turn a FLUX.2 structured JSON prompt into a prompt</summary>
        <div className="builder__field">
          <label htmlFor={`${uid}-json`}>FLUX.2 JSON prompt</label>
          <textarea id={`${uid}-json`} rows={6} value={json} onChange={(e) => setJson(e.target.value)} spellCheck={false} />
        </div>
        <div className="builder__row">
          <button
            type="button"
            className="fpg-button"
            onClick={async () => {
              // The JSON reader (and zod) loads with the first JSON a reader brings.
              const modules = await Promise.all([import('../../lib/prompt/export-schema'), import('../../lib/prompt/export')]).catch(() => null);
              if (!modules) return setJsonMessage({ ok: false, text: 'The JSON reader could not be loaded (is the page offline?), so nothing changed.' });
              const [{ parseStructuredPrompt }, { structuredToParts }] = modules;
              const parsed = parseStructuredPrompt(json);
              if (!parsed.ok) return setJsonMessage({ ok: false, text: parsed.error });
              onImportStructured(structuredToParts(parsed.structured));
              setJsonMessage({ ok: true, text: 'The builder now holds this prompt, one part per field.' });
            }}
          >
            Use this JSON in the builder
          </button>
        </div>
        <p role="status" className={jsonMessage?.ok === false ? 'builder__error' : 'builder__status'}>
          {jsonMessage?.text}
        </p>
      </details>
    </div>
  );
}
