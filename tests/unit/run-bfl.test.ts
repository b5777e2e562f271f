import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BFL_KEY_VARIABLE, exportFileName, models, toBflApiRequest, type RunSettings } from '../../src/lib';
import { apiModels, badPrompts, parsePython, runPython, settingsFor, tempDir, writeFile } from './run-fixtures';

type Request = Extract<ReturnType<typeof toBflApiRequest>, { ok: true }>;
function request(settings: RunSettings): Request {
  const result = toBflApiRequest(settings);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

const KEY = 'test-key-not-real';
const POLL = 'https://api.bfl.ai/v1/get_result?id=task-1';
const SAMPLE = 'https://delivery.example/sample.jpg';

/** A stand-in curl (and sleep) on PATH: records each call and its stdin, and answers like the API. */
const fakeCurl = `#!/usr/bin/env python3
import json, os, sys
args = sys.argv[1:]
record = os.environ["RECORD_FILE"]
entry = {"args": args}
if "@-" in args:
    entry["stdin"] = sys.stdin.buffer.read().decode("utf-8", "surrogatepass")
with open(record, "a", encoding="utf-8") as f:
    f.write(json.dumps(entry) + "\\n")
if "-X" in args:
    print(json.dumps({"id": "task-1", "polling_url": "${POLL}"}))
elif "-o" in args:
    open(args[args.index("-o") + 1], "wb").write(b"jpeg")
else:
    count_file = record + ".polls"
    polls = int(open(count_file).read()) if os.path.exists(count_file) else 0
    open(count_file, "w").write(str(polls + 1))
    status = "Ready" if polls >= 1 else "Pending"
    print(json.dumps({"status": status, "result": {"sample": "${SAMPLE}"} if status == "Ready" else None}))
`;

function runCurl(script: string): { calls: { args: string[]; stdin?: string }[]; stdout: string; dir: string } {
  const dir = tempDir('bfl-curl');
  const bin = join(dir, 'bin');
  execFileSync('mkdir', [bin]);
  for (const [name, text] of [['curl', fakeCurl], ['sleep', '#!/bin/sh\nexit 0\n']] as const) {
    chmodSync(writeFile(bin, name, text), 0o755);
  }
  const path = writeFile(dir, 'run.sh', script);
  const record = join(dir, 'record.jsonl');
  const stdout = execFileSync('bash', [path], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: `${bin}:${process.env.PATH}`, RECORD_FILE: record, [BFL_KEY_VARIABLE]: KEY },
    maxBuffer: 64 * 1024 * 1024,
  });
  const calls = readFileSync(record, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  return { calls, stdout, dir };
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

function runPythonSnippet(source: string): { calls: { url?: string; headers?: Record<string, string>; data?: string | null; retrieve?: string; path?: string }[]; body: unknown } {
  const dir = tempDir('bfl-python');
  const harness = writeFile(dir, 'harness.py', pythonHarness);
  const snippet = writeFile(dir, 'snippet.py', source);
  const lines = runPython(harness, { [BFL_KEY_VARIABLE]: KEY, PYTHONIOENCODING: 'utf-8' }, [snippet]).trim().split('\n');
  return JSON.parse(lines.at(-1)!);
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

describe('BFL API request', { timeout: 30_000 }, () => {
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
    const result = request(settingsFor(model));
    execFileSync('bash', ['-n'], { input: result.curl });
    expect(result.curl).not.toContain(KEY);
    const { calls, stdout, dir } = runCurl(result.curl);
    expect(calls[0]!.args).toEqual(expect.arrayContaining(['-X', 'POST', result.url, `x-key: ${KEY}`, 'Content-Type: application/json']));
    expect(JSON.parse(calls[0]!.stdin!)).toEqual(result.body);
    expect(calls.slice(1, 3).map((c) => c.args[1])).toEqual([POLL, POLL]);
    expect(calls[1]!.args).toContain(`x-key: ${KEY}`);
    expect(calls[3]!.args).toEqual(['-sS', '-o', `${model}-42.jpg`, SAMPLE]);
    expect(readFileSync(join(dir, `${model}-42.jpg`), 'utf8')).toBe('jpeg');
    expect(stdout).toContain(`Saved ${model}-42.jpg`);
  });

  it.each(apiModels)('%s: the Python snippet parses, posts the body and polls to the image', (model) => {
    const result = request(settingsFor(model));
    parsePython(result.python);
    const { calls, body } = runPythonSnippet(result.python);
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

  it.each(Object.entries(badPrompts))('keeps a prompt with %s exactly as typed in curl, Python and JavaScript', async (_, prompt) => {
    const result = request(settingsFor('flux2-pro', { prompt }));
    expect(result.body.prompt).toBe(prompt);
    execFileSync('bash', ['-n'], { input: result.curl });
    expect(JSON.parse(runCurl(result.curl).calls[0]!.stdin!).prompt).toBe(prompt);
    expect((runPythonSnippet(result.python).body as { prompt: string }).prompt).toBe(prompt);
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
