import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BFL_KEY_VARIABLE, BFL_MAX_POLLS, exportFileName, models, toBflApiRequest, type RunSettings } from '../../src/lib';
import { apiModels, badPrompts, runPython, settingsFor, tempDir, writeFile } from './run-fixtures';

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
 * A stand-in curl (and sleep) on PATH, in bash so a batch costs no interpreter start per call:
 * records each call's arguments (NUL-separated) and stdin, and answers like the API.
 * FAKE_MODE=reject answers the POST with BFL's error body instead of a task.
 */
const fakeCurl = `#!/usr/bin/env bash
dir="$RECORD_DIR"
n=0; [ -f "$dir/count" ] && read -r n < "$dir/count"
n=$((n + 1)); echo "$n" > "$dir/count"
printf '%s\\0' "$@" > "$dir/call-$n.args"
post=0; out=""; prev=""
for arg in "$@"; do
  [ "$arg" = "-X" ] && post=1
  [ "$prev" = "-o" ] && out="$arg"
  [ "$arg" = "@-" ] && cat > "$dir/call-$n.stdin"
  prev="$arg"
done
if [ "$post" = 1 ]; then
  if [ "\${FAKE_MODE:-ok}" = reject ]; then echo '{"detail": "width must be at most 2048"}'; else echo '{"id": "task-1", "polling_url": "${POLL}"}'; fi
elif [ -n "$out" ]; then
  printf jpeg > "$out"
else
  polls=0; [ -f "$dir/polls" ] && read -r polls < "$dir/polls"
  polls=$((polls + 1)); echo "$polls" > "$dir/polls"
  if [ "$polls" -ge 2 ]; then echo '{"status": "Ready", "result": {"sample": "${SAMPLE}"}}'; else echo '{"status": "Pending", "result": null}'; fi
fi
`;

/** Runs each case's script in its own directory, all from one bash process. */
const curlDriver = `#!/usr/bin/env bash
while IFS=$'\\t' read -r script dir mode; do
  (cd "$dir" && RECORD_DIR="$dir" FAKE_MODE="$mode" bash "$script" > "$dir/stdout" 2> "$dir/stderr"; echo $? > "$dir/exit")
done < "$1"
`;

type CurlRun = { calls: { args: string[]; stdin?: string }[]; stdout: string; stderr: string; exit: number; dir: string };

function runCurlScripts(cases: { script: string; mode?: 'ok' | 'reject' }[]): CurlRun[] {
  const root = tempDir('bfl-curl');
  const bin = join(root, 'bin');
  mkdirSync(bin);
  for (const [name, text] of [['curl', fakeCurl], ['sleep', '#!/bin/sh\nexit 0\n']] as const) chmodSync(writeFile(bin, name, text), 0o755);
  const dirs = cases.map(({ script }, i) => {
    const dir = join(root, `case-${i}`);
    mkdirSync(dir);
    return { dir, path: writeFile(dir, 'run.sh', script) };
  });
  const list = writeFile(root, 'cases.tsv', dirs.map(({ dir, path }, i) => `${path}\t${dir}\t${cases[i]!.mode ?? 'ok'}\n`).join(''));
  execFileSync('bash', [writeFile(root, 'driver.sh', curlDriver), list], {
    env: { PATH: `${bin}:${process.env.PATH}`, [BFL_KEY_VARIABLE]: KEY },
    maxBuffer: 64 * 1024 * 1024,
  });
  return dirs.map(({ dir }) => {
    const count = existsSync(join(dir, 'count')) ? Number(readFileSync(join(dir, 'count'), 'utf8')) : 0;
    const calls = Array.from({ length: count }, (_, i) => {
      const args = readFileSync(join(dir, `call-${i + 1}.args`), 'utf8').split('\0').slice(0, -1);
      const stdinFile = join(dir, `call-${i + 1}.stdin`);
      return existsSync(stdinFile) ? { args, stdin: readFileSync(stdinFile, 'utf8') } : { args };
    });
    const read = (name: string) => readFileSync(join(dir, name), 'utf8');
    return { calls, stdout: read('stdout'), stderr: read('stderr'), exit: Number(read('exit')), dir };
  });
}

/**
 * Runs Python snippets in one python3 process, with urllib and time.sleep replaced by stand-ins
 * that answer like the API: `ok` polls to Ready, `reject` answers the POST with a 422 and BFL's
 * error body, `pending` never finishes.
 */
const pythonHarness = `
import io, json, runpy, sys, time, urllib.error, urllib.request
time.sleep = lambda s: None
results = []
for case in json.load(open(sys.argv[1], encoding="utf-8")):
    calls = []
    mode = case["mode"]
    class Response:
        def __init__(self, data): self.data = json.dumps(data).encode()
        def read(self, *a): return self.data
        def __enter__(self): return self
        def __exit__(self, *a): return False
    def urlopen(request, calls=calls, mode=mode, Response=Response):
        calls.append({"url": request.full_url, "headers": dict(request.header_items()), "data": request.data.decode("utf-8", "surrogatepass") if request.data else None})
        if request.data:
            if mode == "reject":
                raise urllib.error.HTTPError(request.full_url, 422, "Unprocessable Entity", {}, io.BytesIO(b'{"detail": "width must be at most 2048"}'))
            return Response({"id": "task-1", "polling_url": "${POLL}"})
        polls = sum(1 for c in calls if not c["data"])
        return Response({"status": "Ready" if polls > 1 and mode == "ok" else "Pending", "result": {"sample": "${SAMPLE}"}})
    def urlretrieve(url, path, calls=calls): calls.append({"retrieve": url, "path": path})
    urllib.request.urlopen = urlopen
    urllib.request.urlretrieve = urlretrieve
    exit_message = None
    try:
        namespace = runpy.run_path(case["snippet"], run_name="__main__")
    except SystemExit as stop:
        exit_message = str(stop.code)
        namespace = runpy.run_path(case["snippet"], run_name="not_main")
    results.append({"calls": calls, "body": namespace["body"], "exit": exit_message})
print(json.dumps(results, ensure_ascii=True))
`;

type PythonRun = { calls: { url?: string; headers?: Record<string, string>; data?: string | null; retrieve?: string; path?: string }[]; body: unknown; exit: string | null };

/** Runs each snippet (with how the stand-in API answers it) in one python3 process. */
function runPythonSnippets(cases: { source: string; mode?: 'ok' | 'reject' | 'pending' }[]): PythonRun[] {
  const dir = tempDir('bfl-python');
  const harness = writeFile(dir, 'harness.py', pythonHarness);
  const list = cases.map(({ source, mode = 'ok' }, i) => ({ snippet: writeFile(dir, `snippet-${i}.py`, source), mode }));
  const lines = runPython(harness, { [BFL_KEY_VARIABLE]: KEY, PYTHONIOENCODING: 'utf-8' }, [writeFile(dir, 'cases.json', JSON.stringify(list))]).trim().split('\n');
  return JSON.parse(lines.at(-1)!);
}

async function runJavascript(
  source: string,
  mode: 'ok' | 'reject' | 'pending' = 'ok',
): Promise<{ calls: { url: string; init?: { method?: string; headers?: Record<string, string>; body?: string } }[]; logged: unknown[] }> {
  const calls: { url: string; init?: { method?: string; headers?: Record<string, string>; body?: string } }[] = [];
  let polls = 0;
  const fetch = async (url: string, init?: { method?: string; headers?: Record<string, string>; body?: string }) => {
    calls.push({ url, init });
    if (init?.method === 'POST' && mode === 'reject') return { ok: false, status: 422, text: async () => '{"detail": "width must be at most 2048"}' };
    const data =
      init?.method === 'POST' ? { id: 'task-1', polling_url: POLL } : { status: ++polls > 1 && mode === 'ok' ? 'Ready' : 'Pending', result: { sample: SAMPLE } };
    return { ok: true, status: 200, text: async () => JSON.stringify(data) };
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
    ['flux2-pro', 'https://api.bfl.ai/v1/flux-2-pro', { width: 832, height: 1248, seed: 7, prompt_upsampling: false }],
    ['flux2-klein-4b', 'https://api.bfl.ai/v1/flux-2-klein-4b', { width: 832, height: 1248, seed: 7 }],
    ['flux2-klein-9b', 'https://api.bfl.ai/v1/flux-2-klein-9b', { width: 832, height: 1248, seed: 7 }],
    ['flux2-flex', 'https://api.bfl.ai/v1/flux-2-flex', { width: 832, height: 1248, seed: 7, steps: 50, guidance: 4.5, prompt_upsampling: false }],
    ['flux1.1-pro-ultra', 'https://api.bfl.ai/v1/flux-pro-1.1-ultra', { aspect_ratio: '2:3', seed: 7, raw: true, prompt_upsampling: false }],
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

  it('the curl scripts post the body, poll to Ready and save the image with the key from the environment, and print BFL’s refusal', () => {
    const requests = apiModels.map((model) => request(settingsFor(model)));
    const runs = runCurlScripts([...requests.map((result) => ({ script: result.curl })), { script: requests[0]!.curl, mode: 'reject' }]);
    requests.forEach((result, i) => {
      const model = apiModels[i]!;
      const { calls, stdout, exit, dir } = runs[i]!;
      expect(exit, model).toBe(0);
      expect(result.curl).not.toContain(KEY);
      expect(result.curl).toContain(`# Run it with: BFL_API_KEY=your-key bash ${model}-bfl-api-42.sh`);
      expect(calls[0]!.args).toEqual(expect.arrayContaining(['-X', 'POST', result.url, `x-key: ${KEY}`, 'Content-Type: application/json']));
      expect(JSON.parse(calls[0]!.stdin!)).toEqual(result.body);
      expect(calls.slice(1, 3).map((c) => c.args[1])).toEqual([POLL, POLL]);
      expect(calls[1]!.args).toContain(`x-key: ${KEY}`);
      expect(calls[3]!.args).toEqual(['-sS', '-o', `${model}-42.jpg`, SAMPLE]);
      expect(readFileSync(join(dir, `${model}-42.jpg`), 'utf8')).toBe('jpeg');
      expect(stdout).toContain(`Saved ${model}-42.jpg`);
    });
    const rejected = runs.at(-1)!;
    expect(rejected.exit).toBe(1);
    expect(rejected.stderr).toContain('The API did not accept the request: {"detail": "width must be at most 2048"}');
  });

  it('the Python snippets post the body and poll to the image, print BFL’s error body, and stop polling after five minutes', () => {
    const requests = apiModels.map((model) => request(settingsFor(model)));
    const runs = runPythonSnippets([
      ...requests.map((result) => ({ source: result.python })),
      { source: requests[0]!.python, mode: 'reject' },
      { source: requests[0]!.python, mode: 'pending' },
    ]);
    requests.forEach((result, i) => {
      const { calls, body, exit } = runs[i]!;
      expect(exit, apiModels[i]).toBeNull();
      expect(body).toEqual(result.body);
      expect(calls[0]).toMatchObject({ url: result.url, headers: { 'X-key': KEY } });
      expect(JSON.parse(calls[0]!.data!)).toEqual(result.body);
      expect(calls.filter((c) => c.url === POLL)).toHaveLength(2);
      expect(calls.at(-1)).toEqual({ retrieve: SAMPLE, path: `${apiModels[i]}-42.jpg` });
      expect(result.python).toContain(`# Run it with: BFL_API_KEY=your-key python3 ${apiModels[i]}-bfl-api-42.py`);
    });
    const [rejected, pending] = runs.slice(-2);
    expect(rejected!.exit).toBe('The API answered 422: {"detail": "width must be at most 2048"}');
    expect(pending!.exit).toMatch(/^Stopped waiting after 5 minutes; the last answer was: /);
    expect(pending!.calls.filter((c) => c.url === POLL)).toHaveLength(BFL_MAX_POLLS);
  });

  it('the JavaScript prints BFL’s error body and stops polling after five minutes', async () => {
    const result = request(settingsFor('flux2-pro'));
    expect((await runJavascript(result.javascript, 'reject')).logged).toEqual(['error', 'The API answered 422: {"detail": "width must be at most 2048"}']);
    const pending = await runJavascript(result.javascript, 'pending');
    expect(pending.logged[1]).toMatch(/^Stopped waiting after 5 minutes/);
    expect(pending.calls.filter((c) => c.url === POLL)).toHaveLength(BFL_MAX_POLLS);
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

  it('keeps every awkward prompt exactly as typed in curl and Python (one bash and one python3 run for all of them)', () => {
    const prompts = Object.values(badPrompts);
    const requests = prompts.map((prompt) => request(settingsFor('flux2-pro', { prompt })));
    runPythonSnippets(requests.map((result) => ({ source: result.python }))).forEach((run, i) => expect((run.body as { prompt: string }).prompt).toBe(prompts[i]));
    runCurlScripts(requests.map((result) => ({ script: result.curl }))).forEach((run, i) => {
      expect(run.exit).toBe(0);
      expect(JSON.parse(run.calls[0]!.stdin!).prompt).toBe(prompts[i]);
    });
  });

  it.each(Object.entries(badPrompts))('keeps a prompt with %s exactly as typed in JavaScript', async (_, prompt) => {
    const result = request(settingsFor('flux2-pro', { prompt }));
    expect(result.body.prompt).toBe(prompt);
    const { calls } = await runJavascript(result.javascript);
    expect(JSON.parse(calls[0]!.init!.body!).prompt).toBe(prompt);
  });

  it('never writes a key into the files, and names the downloads', () => {
    const result = request(settingsFor('flux2-klein-4b'));
    for (const text of [result.curl, result.python, result.javascript]) expect(text).toContain(BFL_KEY_VARIABLE);
    expect(exportFileName({ model: 'flux2-klein-4b', seed: 42 }, 'curl')).toBe('flux2-klein-4b-bfl-api-42.sh');
  });

  it('explains impossible settings in one sentence instead of writing a broken request', () => {
    expect(toBflApiRequest(settingsFor('flux2-pro', { width: 1000 }))).toEqual({ ok: false, reason: 'The width must be a multiple of 16: 1000 is not (try 992 or 1008).' });
    expect(toBflApiRequest(settingsFor('flux2-pro', { seed: 2 ** 53 + 2 }))).toEqual({ ok: false, reason: 'The seed must be a whole number from 0 to 4294967295.' });
    expect(toBflApiRequest(settingsFor('flux1-pro'))).toEqual({
      ok: false,
      reason: 'FLUX.1 [pro] is not one of the endpoints this guide writes requests for: pick FLUX.2 [pro], BFL’s current hosted model, or FLUX1.1 [pro] Ultra.',
    });
  });

  it('refuses a side over 2048 on the FLUX.2 endpoints, with the size to try', () => {
    for (const model of ['flux2-pro', 'flux2-flex', 'flux2-klein-4b'] as const) {
      expect(toBflApiRequest(settingsFor(model, { width: 4096, height: 1024 })), model).toEqual({
        ok: false,
        reason: expect.stringMatching(/^4096 × 1024 has a side over 2048 pixels, .*: try 2048 × 512\.$/),
      });
    }
    expect(request(settingsFor('flux2-pro', { width: 2048, height: 2048 })).body).toMatchObject({ width: 2048, height: 2048 });
  });

  it('sends prompt_upsampling as the reader chose it, and says what it and raw do in the script', () => {
    expect(request(settingsFor('flux2-pro', { promptUpsampling: true })).body.prompt_upsampling).toBe(true);
    expect(request(settingsFor('flux2-klein-4b')).body).not.toHaveProperty('prompt_upsampling');
    const ultra = request(settingsFor('flux1.1-pro-ultra'));
    expect(ultra.curl).toContain("# raw: true asks for BFL’s raw mode");
    expect(ultra.python).toContain('# prompt_upsampling: false keeps your prompt exactly as written');
    expect(request(settingsFor('flux2-pro', { negativePrompt: 'blur' })).javascript).toContain('// Your negative prompt is not sent: BFL’s API takes none');
  });
});
