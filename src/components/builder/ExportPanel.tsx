import { useId, useRef, useState } from 'react';
import {
  structuredToParts,
  toBflRequestBody,
  toDiffusersSnippet,
  toStructuredPromptJson,
  type ExportResult,
} from '../../lib/prompt/export';
import type { BuilderState } from '../../lib/builder/state';
import type { PromptPart } from '../../lib/prompt/compose';
import type { PromptSlot } from '../../lib/fragments/types';
import { copyMessages, copyText } from '../copy/copy-text';
import { useStatus } from './useStatus';

const formats = {
  plain: 'Plain prompt',
  bfl: 'BFL API request body (JSON)',
  diffusers: 'diffusers (Python)',
  structured: 'FLUX.2 structured JSON prompt',
} as const;
const copyLabels: Record<keyof typeof formats, string> = {
  plain: 'Copy plain prompt',
  bfl: 'Copy API request body',
  diffusers: 'Copy Python snippet',
  structured: 'Copy JSON prompt',
};
type Format = keyof typeof formats;

interface Props {
  prompt: string;
  parts: PromptPart[];
  state: BuilderState;
  onImportStructured: (parts: { text: string; slot: PromptSlot }[]) => void;
}

function exportFor(format: Format, prompt: string, parts: PromptPart[], state: BuilderState): ExportResult {
  if (format === 'plain') return prompt ? { ok: true, text: prompt } : { ok: false, reason: 'The prompt is empty.' };
  if (format === 'bfl') return toBflRequestBody(prompt, state.model);
  if (format === 'diffusers') return toDiffusersSnippet(prompt, state.model);
  return parts.length ? { ok: true, text: toStructuredPromptJson(parts) } : { ok: false, reason: 'The prompt is empty.' };
}

/** Copy the prompt in several formats, and turn a FLUX.2 JSON prompt back into builder parts. */
export function ExportPanel({ prompt, parts, state, onImportStructured }: Props) {
  const uid = useId();
  const [format, setFormat] = useState<Format>('plain');
  const [status, setStatus] = useStatus();
  const [json, setJson] = useState('');
  const [jsonMessage, setJsonMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const output = useRef<HTMLPreElement>(null);
  const result = exportFor(format, prompt, parts, state);

  return (
    <div className="builder__export">
      <div className="builder__field">
        <label htmlFor={`${uid}-format`}>Copy as</label>
        <select id={`${uid}-format`} value={format} onChange={(e) => setFormat(e.target.value as Format)}>
          {Object.entries(formats).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {format === 'bfl' && (
        <p className="builder__hint">
          The body carries only fields this guide's sources document: the prompt, and <code>raw: true</code> for FLUX1.1 [pro] Ultra. Send
          it to the endpoint BFL's API documentation gives for your model.
        </p>
      )}
      {format === 'structured' && (
        <p className="builder__hint">
          BFL says FLUX.2 reads JSON and prose equally well; BFL's skills repository recommends flattening JSON to prose before sending.
          Both views exist.
        </p>
      )}
      {result.ok ? (
        <>
          <pre className="builder__code" ref={output} tabIndex={0} aria-label={`${formats[format]} output`} data-testid="export-output">
            <code>{result.text}</code>
          </pre>
          <div className="builder__row">
            <button type="button" className="fpg-button" onClick={async () => setStatus(copyMessages[await copyText(result.text, output.current)])}>
              {copyLabels[format]}
            </button>
            <span role="status" className="builder__status">
              {status}
            </span>
          </div>
        </>
      ) : (
        <p className="builder__notice" data-testid="export-output">
          {result.reason}
        </p>
      )}

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
              // The JSON schema needs zod: it loads with the first JSON a reader brings.
              const schema = await import('../../lib/prompt/export-schema').catch(() => null);
              if (!schema) return setJsonMessage({ ok: false, text: 'The JSON reader could not be loaded (is the page offline?), so nothing changed.' });
              const parsed = schema.parseStructuredPrompt(json);
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
