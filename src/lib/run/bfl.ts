import { getModel } from '../models';
import { javascriptJson, pythonLiteral, pythonString } from './literals';
import { aspectRatio, exportFileName, imageFileName, resolvedGuidance, resolvedSteps, runProblems, SIZE_MIN, SIZE_STEP, type RunSettings, runFacts } from './settings';

/**
 * A request to BFL's API (github.com/black-forest-labs/skills, skills/bfl-api/references/endpoints.md;
 * docs.bfl.ai): POST the body to the model's endpoint with the key in the `x-key` header, then poll
 * the `polling_url` it answers until `status` is "Ready"; the image is at `result.sample`, a
 * temporary URL. The key is read from the BFL_API_KEY environment variable: it never appears in
 * the page, the share link or the files.
 */

export const BFL_API_BASE = 'https://api.bfl.ai';
export const BFL_KEY_VARIABLE = 'BFL_API_KEY';
/** Statuses after which polling stops without an image (github.com/black-forest-labs/skills, skills/bfl-api/references/endpoints.md; docs.bfl.ai). */
export const BFL_STOP_STATUSES = ['Error', 'Failed', 'Request Moderated', 'Content Moderated', 'Task not found'] as const;
/** The scripts ask once a second and give up after this many tries (about five minutes), saying so. */
export const BFL_MAX_POLLS = 300;

/** The size to suggest when a side is over the endpoint's longest: the same shape, the longest side at `maxSide`, multiples of 16. */
function fittedSize(width: number, height: number, maxSide: number): { width: number; height: number } {
  const scale = maxSide / Math.max(width, height);
  const side = (n: number) => Math.max(SIZE_MIN, Math.floor((n * scale) / SIZE_STEP) * SIZE_STEP);
  return { width: side(width), height: side(height) };
}

export type BflApiRequest =
  | {
      ok: true;
      url: string;
      /** The headers to send; the key's value is the environment variable, never a key. */
      headers: Record<string, string>;
      body: Record<string, unknown>;
      curl: string;
      python: string;
      javascript: string;
    }
  | { ok: false; reason: string };

export function toBflApiRequest(run: RunSettings): BflApiRequest {
  const model = getModel(run.model);
  const facts = runFacts(run.model);
  const api = facts?.bflApi;
  if (!facts || !api) {
    return {
      ok: false,
      reason:
        model.access === 'open-weights'
          ? `${model.name} is not offered on BFL’s API: run it yourself with the ComfyUI workflow or the diffusers script.`
          : `${model.name} is not one of the endpoints this guide writes requests for: pick FLUX.2 [pro], BFL’s current hosted model, or FLUX1.1 [pro] Ultra.`,
    };
  }
  const problems = runProblems(run).filter((p) => p.field !== 'negativePrompt' && p.field !== 'gpuMemoryGb');
  if (problems.length) return { ok: false, reason: problems.map((p) => p.message).join(' ') };
  if (api.maxSide !== null && Math.max(run.width, run.height) > api.maxSide) {
    const fit = fittedSize(run.width, run.height, api.maxSide);
    return {
      ok: false,
      reason: `${run.width} × ${run.height} has a side over ${api.maxSide} pixels, the most ${model.name}’s endpoint is known to take (services that pass requests on to BFL cap each side there): try ${fit.width} × ${fit.height}.`,
    };
  }

  const body: Record<string, unknown> = { prompt: run.prompt };
  if (api.size === 'aspect-ratio') body.aspect_ratio = aspectRatio(run.width, run.height);
  else Object.assign(body, { width: run.width, height: run.height });
  body.seed = run.seed;
  if (api.extra.includes('raw')) body.raw = true;
  if (api.extra.includes('steps')) body.steps = resolvedSteps(run, facts, 'bflApi');
  if (api.extra.includes('guidance')) body.guidance = resolvedGuidance(run, facts, 'bflApi');
  // Documented as on by default for some endpoints: BFL would rewrite the prompt, so it is sent either way.
  if (api.extra.includes('prompt_upsampling')) body.prompt_upsampling = run.promptUpsampling === true;

  const url = `${BFL_API_BASE}${api.endpoint}`;
  const headers = { accept: 'application/json', 'x-key': `$${BFL_KEY_VARIABLE}`, 'Content-Type': 'application/json' };
  const image = imageFileName(run, 'jpg');
  const notes = scriptNotes(run, body);
  const script = (kind: 'curl' | 'python' | 'javascript') => ({ name: model.name, url, body, image, notes, file: exportFileName(run, kind) });
  return { ok: true, url, headers, body, curl: curlScript(script('curl')), python: pythonScript(script('python')), javascript: javascriptModule(script('javascript')) };
}

interface Script {
  name: string;
  url: string;
  body: Record<string, unknown>;
  image: string;
  /** Lines for the header: what the request does with the reader's settings. */
  notes: string[];
  file: string;
}

/** What the request does with settings the reader may expect to matter: raw mode, prompt upsampling, a negative prompt. */
function scriptNotes(run: RunSettings, body: Record<string, unknown>): string[] {
  const notes: string[] = [];
  if (body.raw === true) notes.push('raw: true asks for BFL’s raw mode: a less processed, more natural look, like a candid photograph.');
  if ('prompt_upsampling' in body) {
    notes.push(body.prompt_upsampling ? 'prompt_upsampling: true lets BFL rewrite the prompt before it runs.' : 'prompt_upsampling: false keeps your prompt exactly as written (BFL would otherwise be free to rewrite it).');
  }
  if (run.negativePrompt?.trim()) notes.push('Your negative prompt is not sent: BFL’s API takes none, so describe what should be there in the prompt instead.');
  notes.push(`It asks once a second and stops waiting after ${BFL_MAX_POLLS / 60} minutes; if the API refuses the request it prints BFL’s answer.`);
  return notes;
}

const stopPattern = BFL_STOP_STATUSES.map((s) => (s.includes(' ') ? `"${s}"` : s)).join('|');

function curlScript({ name, url, body, image, notes, file }: Script): string {
  // The body goes through a quoted here-document: nothing in it is expanded, and a long prompt
  // does not hit the length limit on one command-line argument. JSON is one line, so no line of
  // it can equal the closing word.
  return [
    '#!/usr/bin/env bash',
    `# ${name} through BFL's API, written by the FLUX Photoreal Guide's prompt builder.`,
    `# Run it with: ${BFL_KEY_VARIABLE}=your-key bash ${file}`,
    `# Needs curl and jq, and your BFL API key in the ${BFL_KEY_VARIABLE} environment variable (it never goes in this file).`,
    ...notes.map((note) => `# ${note}`),
    'set -euo pipefail',
    `: "\${${BFL_KEY_VARIABLE}:?Set ${BFL_KEY_VARIABLE} to your BFL API key first}"`,
    '',
    `response=$(curl -sS -X POST '${url}' \\`,
    "  -H 'accept: application/json' \\",
    `  -H "x-key: \${${BFL_KEY_VARIABLE}}" \\`,
    "  -H 'Content-Type: application/json' \\",
    '  --data-binary @- <<\'FLUX_REQUEST_BODY\'',
    JSON.stringify(body),
    'FLUX_REQUEST_BODY',
    ')',
    `polling_url=$(printf '%s' "$response" | jq -r '.polling_url // empty')`,
    'if [ -z "$polling_url" ]; then echo "The API did not accept the request: $response" >&2; exit 1; fi',
    '',
    'polls=0',
    'while true; do',
    `  if [ "$polls" -ge ${BFL_MAX_POLLS} ]; then echo "Stopped waiting after ${BFL_MAX_POLLS / 60} minutes; the last answer was: $result" >&2; exit 1; fi`,
    '  polls=$((polls + 1))',
    '  sleep 1',
    `  result=$(curl -sS "$polling_url" -H 'accept: application/json' -H "x-key: \${${BFL_KEY_VARIABLE}}")`,
    `  status=$(printf '%s' "$result" | jq -r '.status')`,
    '  case "$status" in',
    '    Ready) break ;;',
    `    ${stopPattern}) echo "Stopped: $status" >&2; echo "$result" >&2; exit 1 ;;`,
    '  esac',
    'done',
    '',
    `sample=$(printf '%s' "$result" | jq -r '.result.sample')`,
    `curl -sS -o '${image}' "$sample"`,
    `echo "Saved ${image} (from $sample, a temporary link)"`,
    '',
  ].join('\n');
}

function pythonScript({ name, url, body, image, notes, file }: Script): string {
  return [
    `# ${name} through BFL's API, written by the FLUX Photoreal Guide's prompt builder.`,
    `# Run it with: ${BFL_KEY_VARIABLE}=your-key python3 ${file}`,
    `# Needs Python 3 only, and your BFL API key in the ${BFL_KEY_VARIABLE} environment variable (it never goes in this file).`,
    ...notes.map((note) => `# ${note}`),
    'import json',
    'import os',
    'import time',
    'import urllib.error',
    'import urllib.request',
    '',
    `url = ${pythonString(url)}`,
    `body = ${pythonLiteral(body)}`,
    `stop_statuses = {${BFL_STOP_STATUSES.map(pythonString).join(', ')}}`,
    `max_polls = ${BFL_MAX_POLLS}`,
    '',
    '',
    'def call(request_url, data=None):',
    '    request = urllib.request.Request(',
    '        request_url,',
    '        data=data,',
    `        headers={"accept": "application/json", "x-key": os.environ[${pythonString(BFL_KEY_VARIABLE)}], "Content-Type": "application/json"},`,
    '    )',
    '    try:',
    '        with urllib.request.urlopen(request) as response:',
    '            return json.load(response)',
    '    except urllib.error.HTTPError as error:',
    '        # BFL explains a refused request (a 422, say) in the body, which urllib would hide.',
    '        raise SystemExit(f"The API answered {error.code}: {error.read().decode(\'utf-8\', \'replace\')}")',
    '',
    '',
    'def main():',
    `    if not os.environ.get(${pythonString(BFL_KEY_VARIABLE)}):`,
    `        raise SystemExit(${pythonString(`Set ${BFL_KEY_VARIABLE} to your BFL API key first`)})`,
    '    task = call(url, json.dumps(body).encode("utf-8"))',
    '    if "polling_url" not in task:',
    '        raise SystemExit(f"The API did not accept the request: {task}")',
    '    for _ in range(max_polls):',
    '        time.sleep(1)',
    '        result = call(task["polling_url"])',
    '        if result["status"] == "Ready":',
    '            break',
    '        if result["status"] in stop_statuses:',
    '            raise SystemExit(f"Stopped: {result}")',
    '    else:',
    `        raise SystemExit(f"Stopped waiting after ${BFL_MAX_POLLS / 60} minutes; the last answer was: {result}")`,
    '    sample = result["result"]["sample"]',
    `    urllib.request.urlretrieve(sample, ${pythonString(image)})`,
    `    print(${pythonString(`Saved ${image} from`)}, sample)`,
    '',
    '',
    'if __name__ == "__main__":',
    '    main()',
    '',
  ].join('\n');
}

function javascriptModule({ name, url, body, notes, file }: Script): string {
  return [
    `// ${name} through BFL's API, written by the FLUX Photoreal Guide's prompt builder.`,
    `// Run it with: ${BFL_KEY_VARIABLE}=your-key node ${file}`,
    `// Needs Node 18 or later (for fetch), and your BFL API key in the ${BFL_KEY_VARIABLE} environment variable (it never goes in this file).`,
    ...notes.map((note) => `// ${note}`),
    `const url = ${JSON.stringify(url)};`,
    `const body = ${javascriptJson(body)};`,
    `const stopStatuses = ${JSON.stringify(BFL_STOP_STATUSES)};`,
    `const maxPolls = ${BFL_MAX_POLLS};`,
    `const headers = { accept: 'application/json', 'x-key': process.env.${BFL_KEY_VARIABLE}, 'Content-Type': 'application/json' };`,
    '',
    '/** The answer as JSON; a refused request throws with BFL’s own explanation (its body). */',
    'async function call(requestUrl, init = {}) {',
    '  const response = await fetch(requestUrl, { ...init, headers });',
    '  const text = await response.text();',
    '  if (!response.ok) throw new Error(`The API answered ${response.status}: ${text}`);',
    '  return JSON.parse(text);',
    '}',
    '',
    'async function main() {',
    `  if (!headers['x-key']) throw new Error('Set ${BFL_KEY_VARIABLE} to your BFL API key first');`,
    "  const task = await call(url, { method: 'POST', body: JSON.stringify(body) });",
    '  if (!task.polling_url) throw new Error(`The API did not accept the request: ${JSON.stringify(task)}`);',
    '  let result;',
    '  for (let poll = 0; poll < maxPolls; poll++) {',
    '    await new Promise((resolve) => setTimeout(resolve, 1000));',
    '    result = await call(task.polling_url);',
    "    if (result.status === 'Ready') {",
    "      console.log('Image (a temporary link):', result.result.sample);",
    '      return result.result.sample;',
    '    }',
    '    if (stopStatuses.includes(result.status)) throw new Error(`Stopped: ${JSON.stringify(result)}`);',
    '  }',
    `  throw new Error(\`Stopped waiting after ${BFL_MAX_POLLS / 60} minutes; the last answer was: \${JSON.stringify(result)}\`);`,
    '}',
    '',
    'main().catch((error) => {',
    '  console.error(error.message);',
    '  process.exitCode = 1;',
    '});',
    '',
  ].join('\n');
}
