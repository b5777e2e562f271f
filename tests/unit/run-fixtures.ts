import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fillTemplate, runFacts, runnableModels, type RunSettings } from '../../src/lib';

/** Prompts that break naive quoting in JSON, Python, shell and JavaScript; each must come out exactly as typed. */
export const badPrompts: Record<string, string> = {
  quotes: `a sign that reads "OPEN" and 'CLOSED', a backtick \` too`,
  backslashes: 'C:\\new\\table and \\n and \\u00e9 as typed, ending in a backslash \\',
  newlines: 'line one\nline two\r\nline three\ttabbed',
  templates: 'a price tag reading ${PRICE} and $(rm -rf /) and `date` and $HOME',
  tripleQuotes: 'a caption """in triple quotes""" and \'\'\'singles\'\'\'',
  emoji: 'a cake with candles 🎂🕯️, a family 👨‍👩‍👧 and a flag 🏳️‍🌈',
  rightToLeft: 'a shop sign in Hebrew: שלום, and Arabic: مرحبا, mixed ‏with marks‎',
  separators: 'line\u2028separator and paragraph\u2029separator, NUL-free control \u0007 bell',
  heredoc: 'FLUX_REQUEST_BODY\nFLUX_REQUEST_BODY',
  long: 'a freckled portrait by a north window, '.repeat(2600).slice(0, 100_000),
};

export const samplePrompt = fillTemplate('freckled-portrait');

export function settingsFor(model: RunSettings['model'], overrides: Partial<RunSettings> = {}): RunSettings {
  return { prompt: samplePrompt, model, width: 1024, height: 1024, seed: 42, ...overrides };
}

export const comfyModels = runnableModels.filter((m) => runFacts(m.id)?.comfyui).map((m) => m.id);
export const diffusersModels = runnableModels.filter((m) => runFacts(m.id)?.diffusers).map((m) => m.id);
export const apiModels = runnableModels.filter((m) => runFacts(m.id)?.bflApi).map((m) => m.id);

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `fpg-${prefix}-`));
}

/** Runs python3 on a file and returns its standard output. */
export function runPython(file: string, env: Record<string, string> = {}, args: string[] = []): string {
  return execFileSync('python3', [file, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
}

/** One script for runPythonBatch: its file, its own environment variables and arguments. */
export interface PythonJob {
  file: string;
  env?: Record<string, string>;
  args?: string[];
}

/** What one job of a batch printed, and the exception it ended with, if any. */
export interface PythonJobResult {
  stdout: string;
  error?: string;
}

/**
 * Runs each script as `python3 file args…` would (as __main__, with its own os.environ and
 * sys.argv, its standard output captured) but all in one python3 process: starting python3 is
 * most of the cost of a case, so a test file runs its cases as one batch. `importPath` goes on
 * sys.path before any job, as PYTHONPATH would.
 */
export function runPythonBatch(jobs: readonly PythonJob[], importPath: string[] = []): PythonJobResult[] {
  const dir = tempDir('python-batch');
  const jobsFile = writeFile(dir, 'jobs.json', JSON.stringify(jobs));
  const driver = writeFile(
    dir,
    'driver.py',
    `import contextlib, io, json, os, runpy, sys, traceback
sys.path[:0] = ${JSON.stringify(importPath)}
jobs = json.load(open(sys.argv[1], encoding="utf-8"))
base_env = dict(os.environ)
results = []
for job in jobs:
    os.environ.clear()
    os.environ.update(base_env)
    os.environ.update(job.get("env", {}))
    sys.argv = [job["file"], *job.get("args", [])]
    out = io.StringIO()
    result = {}
    try:
        with contextlib.redirect_stdout(out):
            runpy.run_path(job["file"], run_name="__main__")
    except BaseException:
        result["error"] = traceback.format_exc()
    result["stdout"] = out.getvalue()
    results.append(result)
print(json.dumps(results))
`,
  );
  return JSON.parse(runPython(driver, {}, [jobsFile])) as PythonJobResult[];
}

/** Parses Python source with ast.parse; throws with Python's message on a syntax error. */
export function parsePython(source: string): void {
  execFileSync('python3', ['-c', 'import ast,sys; ast.parse(sys.stdin.read())'], { input: source, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Parses many Python sources with ast.parse in one python3 process: for each, null or Python's syntax error. */
export function parsePythonBatch(sources: readonly string[]): (string | null)[] {
  const file = writeFile(tempDir('python-parse'), 'sources.json', JSON.stringify(sources));
  const check = `import ast, json, sys
errors = []
for source in json.load(open(sys.argv[1], encoding="utf-8")):
    try:
        ast.parse(source)
        errors.append(None)
    except SyntaxError as error:
        errors.append(f"{error.msg} (line {error.lineno})")
print(json.dumps(errors))
`;
  return JSON.parse(execFileSync('python3', ['-c', check, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as (string | null)[];
}

/**
 * Runs many bash scripts, each in its own folder with its own environment (a PATH of stand-ins
 * first), from one bash process. Each script is checked with `bash -n` first. For each: its
 * exit status, standard output and standard error.
 */
export function runBashBatch(jobs: readonly { dir: string; script: string; env: Record<string, string> }[]): { status: number; syntaxOk: boolean; stdout: string; stderr: string }[] {
  const lines = jobs.map((job, i) => {
    const exports = Object.entries(job.env).map(([key, value]) => `export ${key}=${shellQuote(value)}`).join('; ');
    return `( cd ${shellQuote(job.dir)} && ${exports}; if bash -n ${shellQuote(job.script)}; then echo 0 > .syntax; else echo 1 > .syntax; fi; bash ${shellQuote(job.script)} > .stdout 2> .stderr; echo $? > .status ) # job ${i}`;
  });
  execFileSync('bash', ['-c', lines.join('\n')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return jobs.map((job) => ({
    status: Number(readFileSync(join(job.dir, '.status'), 'utf8')),
    syntaxOk: readFileSync(join(job.dir, '.syntax'), 'utf8').trim() === '0',
    stdout: readFileSync(join(job.dir, '.stdout'), 'utf8'),
    stderr: readFileSync(join(job.dir, '.stderr'), 'utf8'),
  }));
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export function writeFile(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
