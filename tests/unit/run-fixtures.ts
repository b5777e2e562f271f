import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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

/** Parses Python source with ast.parse; throws with Python's message on a syntax error. */
export function parsePython(source: string): void {
  execFileSync('python3', ['-c', 'import ast,sys; ast.parse(sys.stdin.read())'], { input: source, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export function writeFile(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
