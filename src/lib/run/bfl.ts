import { getModel } from '../models';
import { javascriptJson, pythonLiteral, pythonString } from './literals';
import { aspectRatio, imageFileName, resolvedGuidance, resolvedSteps, runProblems, type RunSettings, runFacts } from './settings';

/**
 * A request to BFL's API (github.com/black-forest-labs/skills, skills/bfl-api/references/endpoints.md;
 * docs.bfl.ai): POST the body to the model's endpoint with the key in the `x-key` header, then poll
 * the `polling_url` it answers until `status` is "Ready"; the image is at `result.sample`, a
 * temporary URL. The key is read from the BFL_API_KEY environment variable: it never appears in
 * the page, the share link or the files.
 */

export const BFL_API_BASE = 'https://api.bfl.ai';
export const BFL_KEY_VARIABLE = 'BFL_API_KEY';
/** Statuses after which polling stops without an image (docs.bfl.ai; shared/reference/run-it-facts.md). */
export const BFL_STOP_STATUSES = ['Error', 'Failed', 'Request Moderated', 'Content Moderated', 'Task not found'] as const;

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
          : `${model.name} has no endpoint in this guide’s sources: pick FLUX.2 [pro] for BFL’s hosted model.`,
    };
  }
  const problems = runProblems(run).filter((p) => p.field !== 'negativePrompt');
  if (problems.length) return { ok: false, reason: problems.map((p) => p.message).join(' ') };

  const body: Record<string, unknown> = { prompt: run.prompt };
  if (api.size === 'aspect-ratio') body.aspect_ratio = aspectRatio(run.width, run.height);
  else Object.assign(body, { width: run.width, height: run.height });
  body.seed = run.seed;
  if (api.extra.includes('raw')) body.raw = true;
  if (api.extra.includes('steps')) body.steps = resolvedSteps(run, facts);
  if (api.extra.includes('guidance')) body.guidance = resolvedGuidance(run, facts);

  const url = `${BFL_API_BASE}${api.endpoint}`;
  const headers = { accept: 'application/json', 'x-key': `$${BFL_KEY_VARIABLE}`, 'Content-Type': 'application/json' };
  const image = imageFileName(run, 'jpg');
  return { ok: true, url, headers, body, curl: curlScript(model.name, url, body, image), python: pythonScript(model.name, url, body, image), javascript: javascriptModule(model.name, url, body) };
}

const stopPattern = BFL_STOP_STATUSES.map((s) => (s.includes(' ') ? `"${s}"` : s)).join('|');

function curlScript(name: string, url: string, body: Record<string, unknown>, image: string): string {
  // The body goes through a quoted here-document: nothing in it is expanded, and a long prompt
  // does not hit the length limit on one command-line argument. JSON is one line, so no line of
  // it can equal the closing word.
  return [
    '#!/usr/bin/env bash',
    `# ${name} through BFL's API, written by the FLUX Photoreal Guide's prompt builder.`,
    `# Needs curl and jq, and your API key in the ${BFL_KEY_VARIABLE} environment variable.`,
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
    'while true; do',
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

function pythonScript(name: string, url: string, body: Record<string, unknown>, image: string): string {
  return [
    `# ${name} through BFL's API, written by the FLUX Photoreal Guide's prompt builder.`,
    `# Needs Python 3 only, and your API key in the ${BFL_KEY_VARIABLE} environment variable.`,
    'import json',
    'import os',
    'import time',
    'import urllib.request',
    '',
    `url = ${pythonString(url)}`,
    `body = ${pythonLiteral(body)}`,
    `stop_statuses = {${BFL_STOP_STATUSES.map(pythonString).join(', ')}}`,
    '',
    '',
    'def call(request_url, data=None):',
    '    request = urllib.request.Request(',
    '        request_url,',
    '        data=data,',
    `        headers={"accept": "application/json", "x-key": os.environ[${pythonString(BFL_KEY_VARIABLE)}], "Content-Type": "application/json"},`,
    '    )',
    '    with urllib.request.urlopen(request) as response:',
    '        return json.load(response)',
    '',
    '',
    'def main():',
    '    task = call(url, json.dumps(body).encode("utf-8"))',
    '    while True:',
    '        time.sleep(1)',
    '        result = call(task["polling_url"])',
    '        if result["status"] == "Ready":',
    '            break',
    '        if result["status"] in stop_statuses:',
    '            raise SystemExit(f"Stopped: {result}")',
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

function javascriptModule(name: string, url: string, body: Record<string, unknown>): string {
  return [
    `// ${name} through BFL's API, written by the FLUX Photoreal Guide's prompt builder.`,
    `// Needs Node 18 or later (for fetch), and your API key in the ${BFL_KEY_VARIABLE} environment variable.`,
    `const url = ${JSON.stringify(url)};`,
    `const body = ${javascriptJson(body)};`,
    `const stopStatuses = ${JSON.stringify(BFL_STOP_STATUSES)};`,
    `const headers = { accept: 'application/json', 'x-key': process.env.${BFL_KEY_VARIABLE}, 'Content-Type': 'application/json' };`,
    '',
    'async function main() {',
    `  if (!headers['x-key']) throw new Error('Set ${BFL_KEY_VARIABLE} to your BFL API key first');`,
    "  const task = await (await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) })).json();",
    '  if (!task.polling_url) throw new Error(`The API did not accept the request: ${JSON.stringify(task)}`);',
    '  for (;;) {',
    '    await new Promise((resolve) => setTimeout(resolve, 1000));',
    '    const result = await (await fetch(task.polling_url, { headers })).json();',
    "    if (result.status === 'Ready') {",
    "      console.log('Image (a temporary link):', result.result.sample);",
    '      return result.result.sample;',
    '    }',
    '    if (stopStatuses.includes(result.status)) throw new Error(`Stopped: ${JSON.stringify(result)}`);',
    '  }',
    '}',
    '',
    'main().catch((error) => {',
    '  console.error(error.message);',
    '  process.exitCode = 1;',
    '});',
    '',
  ].join('\n');
}
