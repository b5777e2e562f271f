import { useState } from 'react';
import type { PromptPart } from '../../lib/prompt/compose';
import { toStructuredPromptJson } from '../../lib/prompt/export';
import { BFL_KEY_VARIABLE, toBflApiRequest } from '../../lib/run/bfl';
import { comfyUiChecklist, comfyUiNegativeNote, comfyUiNotes, comfyUiQueueCommand, toComfyUiWorkflow } from '../../lib/run/comfyui';
import { toDiffusersScript } from '../../lib/run/diffusers';
import { exportFileName, type ExportResult, type RunSettings } from '../../lib/run/settings';
import SelectField from '../fields/SelectField';
import { ExportOutput } from './ExportOutput';

/**
 * The run exports: a ComfyUI workflow, a diffusers script, a BFL API request (curl, Python,
 * JavaScript), the FLUX.2 JSON prompt and the plain prompt, from one set of run settings. The
 * builder loads this module when the reader opens the exports, so a plain visit does not carry it.
 */

const formats = {
  comfyui: 'ComfyUI workflow (API format JSON)',
  diffusers: 'diffusers script (Python)',
  'bfl-curl': 'BFL API request: curl (shell)',
  'bfl-python': 'BFL API request: Python',
  'bfl-javascript': 'BFL API request: JavaScript (Node)',
  structured: 'FLUX.2 structured JSON prompt',
  plain: 'Plain prompt',
} as const;
type Format = keyof typeof formats;

/** What the copy button calls each format. */
const labels: Record<Format, string> = {
  comfyui: 'workflow',
  diffusers: 'script',
  'bfl-curl': 'curl script',
  'bfl-python': 'Python script',
  'bfl-javascript': 'JavaScript',
  structured: 'JSON prompt',
  plain: 'prompt',
};

/** The command each downloaded API script runs with. */
const runCommands: Partial<Record<Format, string>> = { 'bfl-curl': 'bash', 'bfl-python': 'python3', 'bfl-javascript': 'node' };

interface Output {
  result: ExportResult;
  fileName?: string;
  mimeType?: string;
}

function exportFor(format: Format, run: RunSettings, parts: readonly PromptPart[]): Output {
  if (format === 'plain') return { result: run.prompt ? { ok: true, text: run.prompt } : { ok: false, reason: 'The prompt is empty.' } };
  if (format === 'structured') {
    return { result: parts.length ? { ok: true, text: toStructuredPromptJson(parts) } : { ok: false, reason: 'The prompt is empty.' }, fileName: `${run.model}-prompt.json`, mimeType: 'application/json' };
  }
  if (format === 'comfyui') return { result: toComfyUiWorkflow(run), fileName: exportFileName(run, 'comfyui'), mimeType: 'application/json' };
  if (format === 'diffusers') return { result: toDiffusersScript(run), fileName: exportFileName(run, 'diffusers'), mimeType: 'text/x-python' };
  const request = toBflApiRequest(run);
  const kind = format === 'bfl-curl' ? 'curl' : format === 'bfl-python' ? 'python' : 'javascript';
  const mimeType = { curl: 'text/x-shellscript', python: 'text/x-python', javascript: 'text/javascript' }[kind];
  return { result: request.ok ? { ok: true, text: request[kind] } : request, fileName: exportFileName(run, kind), mimeType };
}

export default function RunExports({ run, parts }: { run: RunSettings; parts: readonly PromptPart[] }) {
  const [format, setFormat] = useState<Format>('comfyui');
  const { result, fileName, mimeType } = exportFor(format, run, parts);
  const checklist = format === 'comfyui' && result.ok ? comfyUiChecklist(run) : [];
  const comfyNotes = format === 'comfyui' && result.ok ? comfyUiNotes(run) : [];
  const negativeNote = format === 'comfyui' && result.ok ? comfyUiNegativeNote(run) : null;
  const runCommand = runCommands[format];
  return (
    <div data-testid="run-exports">
      <SelectField label="Export as" value={format} options={formats} onChange={setFormat} />
      {checklist.length > 0 && (
        <>
          <p className="builder__hint">It loads these files; download each and put it in its folder first:</p>
          <ul className="run__files" data-testid="comfyui-files">
            {checklist.map((item) => (
              <li key={item.file}>
                <a href={item.url}>
                  <code>{item.file}</code>
                </a>{' '}
                in <code>{item.folder}</code>
                {item.gated && ' (gated: accept the licence on its page, logged in, first)'}
                {!item.official && ' (no official workflow names this file: check the name against the one you download)'}
              </li>
            ))}
          </ul>
          {comfyNotes.map((note) => (
            <p key={note} className="builder__hint">
              {note}
            </p>
          ))}
          <p className="builder__hint">
            Then drop the file on ComfyUI’s canvas. To queue it from a terminal instead, ComfyUI’s <code>/prompt</code> endpoint wants the workflow
            wrapped as <code>{'{"prompt": …}'}</code>, which this command does (it needs jq):
          </p>
          <pre className="run__command" data-testid="comfyui-queue">
            <code>{comfyUiQueueCommand(fileName ?? 'workflow.json')}</code>
          </pre>
        </>
      )}
      {negativeNote && <p className="builder__hint">{negativeNote}</p>}
      {format === 'diffusers' && result.ok && (
        <p className="builder__hint">
          Run it with <code>python3 {fileName}</code> where torch and diffusers are installed; its first lines say how it fits your GPU memory and
          what to install. The first run downloads the weights from Hugging Face.
        </p>
      )}
      {format.startsWith('bfl-') && result.ok && (
        <p className="builder__hint">
          Run it with{' '}
          <code>
            {BFL_KEY_VARIABLE}=your-key {runCommand} {fileName}
          </code>
          : the key never goes in this page, the link or the file. The script sends the request, asks every second until the image is ready (for
          five minutes at most), then {format === 'bfl-javascript' ? 'prints the image’s temporary link' : 'saves the image'}; if BFL refuses the
          request, it prints BFL’s reason.
        </p>
      )}
      {format === 'structured' && (
        <p className="builder__hint">
          BFL says FLUX.2 reads JSON and prose equally well; BFL's skills repository recommends flattening JSON to prose before sending. Both views
          exist.
        </p>
      )}
      {result.ok ? (
        <ExportOutput key={format} label={labels[format]} text={result.text} fileName={fileName} mimeType={mimeType} />
      ) : (
        <p className="builder__notice" data-testid="export-output">
          {result.reason}
        </p>
      )}
    </div>
  );
}
