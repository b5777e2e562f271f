import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BFL_KEY_VARIABLE, exportFileName, models, toBflApiRequest, type RunSettings } from '../../src/lib';
import { apiModels, badPrompts, parsePythonBatch, runBashBatch, runPythonBatch, settingsFor, tempDir, writeFile } from './run-fixtures';

type Request = Extract<ReturnType<typeof toBflApiRequest>, { ok: true }>;
function request(settings: RunSettings): Request {
  const result = toBflApiRequest(settings);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

const KEY = 'test-key-not-real';
const POLL = 'https://api.bfl.ai/v1/get_result?id=task-1';
const SAMPLE = 'https://delivery.example/sample.jpg';

/**
 * A stand-in curl (and sleep) on PATH, in bash so a run starts no other program: records each
 * call's arguments (NUL-separated) and its stdin in calls/<n>.args and .stdin, and answers like the API.
 */
const fakeCurl = `#!/usr/bin/env bash
mkdir -p "$CALLS_DIR"
n=$(ls "$CALLS_DIR" | grep -c '\\.args$')
printf '%s\\0' "$@" > "$CALLS_DIR/$n.args"
for arg in "$@"; do [ "$arg" = "@-" ] && cat > "$CALLS_DIR/$n.stdin"; done
args=" $* "
if [[ "$args" == *" -X "* ]]; then
  printf '%s\\n' '{"id": "task-1", "polling_url": "${POLL}"}'
elif [[ "$args" == *" -o "* ]]; then
  while [ "$1" != "-o" ]; do shift; done
  printf 'jpeg' > "$2"
else
  polls=$(cat "$CALLS_DIR/polls" 2>/dev/null || echo 0)
  echo $((polls + 1)) > "$CALLS_DIR/polls"
  if [ "$polls" -ge 1 ]; then
    printf '%s\\n' '{"status": "Ready", "result": {"sample": "${SAMPLE}"}}'
  else
    printf '%s\\n' '{"status": "Pending", "result": null}'
  fi
fi
`;

type CurlRun = { calls: { args: string[]; stdin?: string }[]; stdout: string; dir: string; syntaxOk: boolean };

/** Runs each curl script with stand-in curl and sleep on PATH, all from one bash process. */
function runCurlScripts(scripts: readonly string[]): CurlRun[] {
  const jobs = scripts.map((script) => {
    const dir = tempDir('bfl-curl');
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    for (const [name, text] of [['curl', fakeCurl], ['sleep', '#!/bin/sh\nexit 0\n']] as const) {
      chmodSync(writeFile(bin, name, text), 0o755);
    }
    writeFile(dir, 'run.sh', script);
    return { dir, script: 'run.sh', env: { PATH: `${bin}:${process.env.PATH}`, CALLS_DIR: join(dir, 'calls'), [BFL_KEY_VARIABLE]: KEY } };
  });
  return runBashBatch(jobs).map((run, i) => {
    const { dir } = jobs[i]!;
    if (run.status !== 0) throw new Error(`curl script ${i} exited with ${run.status}: ${run.stderr}`);
    const callsDir = join(dir, 'calls');
    const count = readdirSync(callsDir).filter((name) => name.endsWith('.args')).length;
    const calls = Array.from({ length: count }, (_, n) => {
      const args = readFileSync(join(callsDir, `${n}.args`), 'utf8').split('\0').slice(0, -1);
      const stdinFile = join(callsDir, `${n}.stdin`);
      return existsSync(stdinFile) ? { args, stdin: readFileSync(stdinFile, 'utf8') } : { args };
    });
    return { calls, stdout: run.stdout, dir, syntaxOk: run.syntaxOk };
  });
}

/** Runs the Python snippet with urllib and time.sleep replaced by stand-ins that answer like the API. */
const pythonHarness = `
import json, runpy, sys, time, urllib.request
calls = []
class Response:
    def __init__(self, data): self.data = json.dumps(data).encode()
    def read(self, *a): return self.data
    def __enter__(self): return self
    def __exit__(self, *a): return False
def urlopen(request):
    calls.append({"url": request.full_url, "headers": dict(request.header_items()), "data": request.data.decode("utf-8", "surrogatepass") if request.data else None})
    if request.data:
        return Response({"id": "task-1", "polling_url": "${POLL}"})
    polls = sum(1 for c in calls if not c["data"])
    return Response({"status": "Ready" if polls > 1 else "Pending", "result": {"sample": "${SAMPLE}"}})
def urlretrieve(url, path): calls.append({"retrieve": url, "path": path})
urllib.request.urlopen = urlopen
urllib.request.urlretrieve = urlretrieve
time.sleep = lambda s: None
namespace = runpy.run_path(sys.argv[1], run_name="__main__")
print(json.dumps({"calls": calls, "body": namespace["body"]}, ensure_ascii=True))
`;

type PythonRun = { calls: { url?: string; headers?: Record<string, string>; data?: string | null; retrieve?: string; path?: string }[]; body: unknown; syntaxError: string | null };

/** Runs each Python snippet in the harness, all in one python3 process. */
function runPythonSnippets(sources: readonly string[]): PythonRun[] {
  const dir = tempDir('bfl-python');
  const harness = writeFile(dir, 'harness.py', pythonHarness);
  const syntax = parsePythonBatch(sources);
  const runs = runPythonBatch(sources.map((source, i) => ({ file: harness, env: { [BFL_KEY_VARIABLE]: KEY }, args: [writeFile(dir, `snippet-${i}.py`, source)] })));
  return runs.map((run, i) => {
    if (run.error) throw new Error(`Python snippet ${i} failed: ${run.error}`);
    return { ...JSON.parse(run.stdout.trim().split('\n').at(-1)!), syntaxError: syntax[i]! };
  });
}

async function runJavascript(source: string): Promise<{ calls: { url: string; init?: { method?: string; headers?: Record<string, string>; body?: string } }[]; logged: unknown[] }> {
  const calls: { url: string; init?: { method?: string; headers?: Record<string, string>; body?: string } }[] = [];
  let polls = 0;
  const fetch = async (url: string, init?: { method?: string; headers?: Record<string, string>; body?: string }) => {
    calls.push({ url, init });
    const data = init?.method === 'POST' ? { id: 'task-1', polling_url: POLL } : { status: ++polls > 1 ? 'Ready' : 'Pending', result: { sample: SAMPLE } };
    return { json: async () => data };
  };
  let done!: (value: unknown[]) => void;
  const finished = new Promise<unknown[]>((resolve) => (done = resolve));
  const console = { log: (...args: unknown[]) => done(args), error: (...args: unknown[]) => done(['error', ...args]) };
  const process = { env: { [BFL_KEY_VARIABLE]: KEY }, exitCode: 0 };
  new Function('process', 'fetch', 'setTimeout', 'console', source)(process, fetch, (fn: () => void) => fn(), console);
  const logged = await finished;
  return { calls, logged };
}

/** Every request the curl and Python tests run: one per model on the API, and each hard prompt on [pro]. */
const modelRequests = Object.fromEntries(apiModels.map((model) => [model, request(settingsFor(model))]));
const promptRequests = Object.fromEntries(Object.entries(badPrompts).map(([name, prompt]) => [name, request(settingsFor('flux2-pro', { prompt }))]));
const curlRuns: Record<string, CurlRun> = {};
const pythonRuns: Record<string, PythonRun> = {};

describe('BFL API request', { timeout: 30_000 }, () => {
  beforeAll(() => {
    const keyed = [...Object.entries(modelRequests).map(([id, r]) => [`model:${id}`, r] as const), ...Object.entries(promptRequests).map(([id, r]) => [`prompt:${id}`, r] as const)];
    const curl = runCurlScripts(keyed.map(([, r]) => r.curl));
    const python = runPythonSnippets(keyed.map(([, r]) => r.python));
    keyed.forEach(([id], i) => {
      curlRuns[id] = curl[i]!;
      pythonRuns[id] = python[i]!;
    });
  }, 120_000);

  it('is written for every model on the API, and explained for the rest', () => {
    expect(apiModels).toEqual(['flux1.1-pro-ultra', 'flux2-pro', 'flux2-flex', 'flux2-klein-4b', 'flux2-klein-9b']);
    for (const model of models.filter((m) => !apiModels.includes(m.id))) {
      expect(toBflApiRequest(settingsFor(model.id)), model.id).toMatchObject({ ok: false });
    }
    expect(toBflApiRequest(settingsFor('flux2-dev'))).toEqual({
      ok: false,
      reason: 'FLUX.2 [dev] is not offered on BFL’s API: run it yourself with the ComfyUI workflow or the diffusers script.',
    });
  });

  it.each([
    ['flux2-pro', 'https://api.bfl.ai/v1/flux-2-pro', { width: 832, height: 1248, seed: 7 }],
    ['flux2-klein-4b', 'https://api.bfl.ai/v1/flux-2-klein-4b', { width: 832, height: 1248, seed: 7 }],
    ['flux2-klein-9b', 'https://api.bfl.ai/v1/flux-2-klein-9b', { width: 832, height: 1248, seed: 7 }],
    ['flux2-flex', 'https://api.bfl.ai/v1/flux-2-flex', { width: 832, height: 1248, seed: 7, steps: 50, guidance: 4.5 }],
    ['flux1.1-pro-ultra', 'https://api.bfl.ai/v1/flux-pro-1.1-ultra', { aspect_ratio: '2:3', seed: 7, raw: true }],
  ] as const)('%s posts to %s with only the documented fields', (model, url, fields) => {
    const result = request(settingsFor(model, { width: 832, height: 1248, seed: 7 }));
    expect(result.url).toBe(url);
    expect(result.body).toEqual({ prompt: settingsFor(model).prompt, ...fields });
    expect(result.headers).toEqual({ accept: 'application/json', 'x-key': '$BFL_API_KEY', 'Content-Type': 'application/json' });
  });

  it('sends the reader’s steps and guidance to [flex] only', () => {
    expect(request(settingsFor('flux2-flex', { steps: 28, guidance: 7 })).body).toMatchObject({ steps: 28, guidance: 7 });
    expect(toBflApiRequest(settingsFor('flux2-pro', { steps: 28 }))).toMatchObject({ ok: false, reason: expect.stringContaining('takes no steps setting') });
  });

  it.each(apiModels)('%s: the curl script passes bash -n, posts the body, polls to Ready and saves the image, with the key from the environment', (model) => {
    const result = modelRequests[model]!;
    expect(result.curl).not.toContain(KEY);
    const { calls, stdout, dir, syntaxOk } = curlRuns[`model:${model}`]!;
    expect(syntaxOk, 'bash -n').toBe(true);
    expect(calls[0]!.args).toEqual(expect.arrayContaining(['-X', 'POST', result.url, `x-key: ${KEY}`, 'Content-Type: application/json']));
    expect(JSON.parse(calls[0]!.stdin!)).toEqual(result.body);
    expect(calls.slice(1, 3).map((c) => c.args[1])).toEqual([POLL, POLL]);
    expect(calls[1]!.args).toContain(`x-key: ${KEY}`);
    expect(calls[3]!.args).toEqual(['-sS', '-o', `${model}-42.jpg`, SAMPLE]);
    expect(readFileSync(join(dir, `${model}-42.jpg`), 'utf8')).toBe('jpeg');
    expect(stdout).toContain(`Saved ${model}-42.jpg`);
  });

  it.each(apiModels)('%s: the Python snippet parses, posts the body and polls to the image', (model) => {
    const result = modelRequests[model]!;
    const { calls, body, syntaxError } = pythonRuns[`model:${model}`]!;
    expect(syntaxError).toBeNull();
    expect(body).toEqual(result.body);
    expect(calls[0]).toMatchObject({ url: result.url, headers: { 'X-key': KEY } });
    expect(JSON.parse(calls[0]!.data!)).toEqual(result.body);
    expect(calls.filter((c) => c.url === POLL)).toHaveLength(2);
    expect(calls.at(-1)).toEqual({ retrieve: SAMPLE, path: `${model}-42.jpg` });
  });

  it.each(apiModels)('%s: the JavaScript parses, posts the body and polls to the image', async (model) => {
    const result = request(settingsFor(model));
    expect(() => new Function(result.javascript)).not.toThrow();
    const { calls, logged } = await runJavascript(result.javascript);
    expect(calls[0]!.url).toBe(result.url);
    expect(calls[0]!.init).toMatchObject({ method: 'POST', headers: { 'x-key': KEY } });
    expect(JSON.parse(calls[0]!.init!.body!)).toEqual(result.body);
    expect(calls.slice(1).map((c) => c.url)).toEqual([POLL, POLL]);
    expect(logged).toEqual(['Image (a temporary link):', SAMPLE]);
  });

  it.each(Object.entries(badPrompts))('keeps a prompt with %s exactly as typed in curl, Python and JavaScript', async (name, prompt) => {
    const result = promptRequests[name]!;
    expect(result.body.prompt).toBe(prompt);
    expect(curlRuns[`prompt:${name}`]!.syntaxOk, 'bash -n').toBe(true);
    expect(JSON.parse(curlRuns[`prompt:${name}`]!.calls[0]!.stdin!).prompt).toBe(prompt);
    expect(pythonRuns[`prompt:${name}`]!.syntaxError).toBeNull();
    expect((pythonRuns[`prompt:${name}`]!.body as { prompt: string }).prompt).toBe(prompt);
    const { calls } = await runJavascript(result.javascript);
    expect(JSON.parse(calls[0]!.init!.body!).prompt).toBe(prompt);
  });

  it('never writes a key into the files, and names the downloads', () => {
    const result = request(settingsFor('flux2-klein-4b'));
    for (const text of [result.curl, result.python, result.javascript]) expect(text).toContain(BFL_KEY_VARIABLE);
    expect(exportFileName({ model: 'flux2-klein-4b', seed: 42 }, 'curl')).toBe('flux2-klein-4b-bfl-api-42.sh');
  });

  it('explains impossible settings instead of writing a broken request', () => {
    expect(toBflApiRequest(settingsFor('flux2-pro', { width: 1000 }))).toEqual({ ok: false, reason: 'The width must be a multiple of 16: 1000 is not (try 992 or 1008).' });
  });
});
