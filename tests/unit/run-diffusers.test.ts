import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { imageFileName, models, runFacts, toDiffusersScript, type RunSettings } from '../../src/lib';
import { badPrompts, diffusersModels, parsePythonBatch, runPythonBatch, settingsFor, tempDir, writeFile } from './run-fixtures';

/**
 * Each script runs with python3 against stand-in `torch` and `diffusers` modules that record
 * what the script asked for, so the test checks the calls a real run would make.
 */
const torchStub = `
import json, os

def _record(event, **data):
    with open(os.environ["RECORD_FILE"], "a", encoding="utf-8") as f:
        f.write(json.dumps({"event": event, **data}, ensure_ascii=False) + "\\n")

bfloat16 = "torch.bfloat16"
float16 = "torch.float16"

class _Available:
    def __init__(self, name):
        self.name = name
    def is_available(self):
        return os.environ.get("STUB_DEVICE") == self.name

cuda = _Available("cuda")

class backends:
    mps = _Available("mps")

class Generator:
    def __init__(self, device=None):
        self.device = device
        self.seed = None
        _record("Generator", device=device)
    def manual_seed(self, seed):
        self.seed = seed
        _record("manual_seed", seed=seed)
        return self
`;

const diffusersStub = `
import torch
from torch import _record, Generator

class _Image:
    def save(self, path):
        _record("save", path=path)

class _Output:
    images = [_Image()]

def _pipeline(name):
    class Pipeline:
        @classmethod
        def from_pretrained(cls, repo, **kwargs):
            _record("from_pretrained", pipeline=name, repo=repo, kwargs=kwargs)
            return cls()
        def to(self, device):
            _record("to", device=device)
            return self
        def __call__(self, **kwargs):
            out = {}
            for key, value in kwargs.items():
                if isinstance(value, Generator):
                    out[key] = {"device": value.device, "seed": value.seed}
                else:
                    out[key] = {"type": type(value).__name__, "value": value}
            _record("call", pipeline=name, kwargs=out)
            return _Output()
    Pipeline.__name__ = name
    return Pipeline

FluxPipeline = _pipeline("FluxPipeline")
Flux2Pipeline = _pipeline("Flux2Pipeline")
Flux2KleinPipeline = _pipeline("Flux2KleinPipeline")
`;

let stubs: string;
beforeAll(() => {
  stubs = tempDir('diffusers-stubs');
  mkdirSync(join(stubs, 'torch'));
  mkdirSync(join(stubs, 'diffusers'));
  writeFile(join(stubs, 'torch'), '__init__.py', torchStub);
  writeFile(join(stubs, 'diffusers'), '__init__.py', diffusersStub);
  runAll();
}, 120_000);

type Event = { event: string; [key: string]: unknown };
type DiffusersRun = { events: Event[]; byEvent: (name: string) => Event; script: string; syntaxError: string | null };

/**
 * Every script the tests below run, keyed by case: written by toDiffusersScript, then run
 * against the stand-ins, all in one python3 process when the tests start.
 */
const cases: Record<string, { settings: RunSettings; device?: string }> = {};
const runs: Record<string, DiffusersRun> = {};
function runOf(key: string, settings: RunSettings, device = 'cuda'): void {
  cases[key] = { settings, device };
}

function runAll(): void {
  const entries = Object.entries(cases);
  const scripts = entries.map(([, { settings }]) => {
    const result = toDiffusersScript(settings);
    if (!result.ok) throw new Error(result.reason);
    return result.text;
  });
  const dir = tempDir('diffusers-run');
  const jobs = entries.map(([, { device }], i) => ({
    file: writeFile(dir, `run-${i}.py`, scripts[i]!),
    env: { RECORD_FILE: join(dir, `record-${i}.jsonl`), STUB_DEVICE: device ?? 'cuda' },
  }));
  const results = runPythonBatch(jobs, [stubs]);
  const syntax = parsePythonBatch(scripts);
  entries.forEach(([key], i) => {
    if (results[i]!.error) throw new Error(`${key}: ${results[i]!.error}`);
    const events = readFileSync(jobs[i]!.env.RECORD_FILE, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Event);
    runs[key] = { events, script: scripts[i]!, syntaxError: syntax[i]!, byEvent: (name) => events.find((e) => e.event === name)! };
  });
}

const pipelineCases = [
  ['flux1-schnell', 'FluxPipeline', 'black-forest-labs/FLUX.1-schnell', 4, 0, 256],
  ['flux1-dev', 'FluxPipeline', 'black-forest-labs/FLUX.1-dev', 50, 3.5, 512],
  ['flux2-dev', 'Flux2Pipeline', 'black-forest-labs/FLUX.2-dev', 50, 4, 512],
  ['flux2-klein-4b', 'Flux2KleinPipeline', 'black-forest-labs/FLUX.2-klein-4B', 4, 1, 512],
  ['flux2-klein-9b', 'Flux2KleinPipeline', 'black-forest-labs/FLUX.2-klein-9B', 4, 1, 512],
  ['flux2-klein-base-4b', 'Flux2KleinPipeline', 'black-forest-labs/FLUX.2-klein-base-4B', 50, 4, 512],
  ['flux2-klein-base-9b', 'Flux2KleinPipeline', 'black-forest-labs/FLUX.2-klein-base-9B', 50, 4, 512],
] as const;
for (const [model] of pipelineCases) runOf(`pipeline:${model}`, settingsFor(model, { width: 832, height: 1248, seed: 3141592653 }));
runOf('device:mps', settingsFor('flux2-klein-4b'), 'mps');
runOf('device:none', settingsFor('flux2-klein-4b'), 'none');
runOf('steps', settingsFor('flux2-klein-base-4b', { steps: 28, guidance: 5.5 }));
runOf('negative:dev', settingsFor('flux1-dev', { negativePrompt: 'plastic "skin" \\ blur' }));
runOf('negative:base', settingsFor('flux2-klein-base-4b', { negativePrompt: 'blur' }));
for (const [name, prompt] of Object.entries(badPrompts)) runOf(`prompt:${name}`, settingsFor('flux2-klein-4b', { prompt }));

const value = (call: Event, key: string) => (call.kwargs as Record<string, { type?: string; value?: unknown }>)[key];

describe('diffusers script', { timeout: 30_000 }, () => {
  it('is written for the open models with a diffusers pipeline, and explains itself for the rest', () => {
    expect(diffusersModels).toEqual(['flux1-schnell', 'flux1-dev', 'flux2-dev', 'flux2-klein-4b', 'flux2-klein-9b', 'flux2-klein-base-4b', 'flux2-klein-base-9b']);
    for (const model of models.filter((m) => !diffusersModels.includes(m.id))) {
      expect(toDiffusersScript(settingsFor(model.id)), model.id).toMatchObject({ ok: false, reason: expect.stringContaining('no diffusers pipeline') });
    }
  });

  it.each(pipelineCases)('%s runs %s from %s in bfloat16 with %i steps, guidance %d, max_sequence_length %i', (model, pipeline, repo, steps, guidance, maxLength) => {
    const { byEvent } = runs[`pipeline:${model}`]!;
    expect(byEvent('from_pretrained')).toMatchObject({ pipeline, repo, kwargs: { torch_dtype: 'torch.bfloat16' } });
    expect(byEvent('to')).toMatchObject({ device: 'cuda' });
    expect(byEvent('Generator')).toMatchObject({ device: 'cuda' });
    expect(byEvent('manual_seed')).toMatchObject({ seed: 3141592653 });
    const call = byEvent('call');
    expect(call.pipeline).toBe(pipeline);
    expect(value(call, 'prompt')).toEqual({ type: 'str', value: settingsFor(model).prompt });
    expect(value(call, 'height')).toEqual({ type: 'int', value: 1248 });
    expect(value(call, 'width')).toEqual({ type: 'int', value: 832 });
    expect(value(call, 'num_inference_steps')).toEqual({ type: 'int', value: steps });
    expect(value(call, 'guidance_scale')).toEqual({ type: 'float', value: guidance });
    expect(value(call, 'max_sequence_length')).toEqual({ type: 'int', value: maxLength });
    expect(value(call, 'generator')).toEqual({ device: 'cuda', seed: 3141592653 });
    expect(byEvent('save')).toMatchObject({ path: imageFileName({ model, seed: 3141592653 }, 'png') });
    expect(runFacts(model)?.diffusers?.repo).toBe(repo);
  });

  it('picks Apple silicon, then the CPU, where there is no CUDA', () => {
    expect(runs['device:mps']!.byEvent('to')).toMatchObject({ device: 'mps' });
    expect(runs['device:none']!.byEvent('Generator')).toMatchObject({ device: 'cpu' });
  });

  it('uses the reader’s steps and guidance where the model lets them choose', () => {
    const call = runs['steps']!.byEvent('call');
    expect(value(call, 'num_inference_steps')).toEqual({ type: 'int', value: 28 });
    expect(value(call, 'guidance_scale')).toEqual({ type: 'float', value: 5.5 });
  });

  it('passes a negative prompt with real CFG to FluxPipeline, and says so where the pipeline takes none', () => {
    const dev = runs['negative:dev']!.byEvent('call');
    expect(value(dev, 'negative_prompt')).toEqual({ type: 'str', value: 'plastic "skin" \\ blur' });
    expect(value(dev, 'true_cfg_scale')).toEqual({ type: 'float', value: 2 });
    const base = runs['negative:base']!;
    expect(value(base.byEvent('call'), 'negative_prompt')).toBeUndefined();
    expect(base.script).toContain('# The negative prompt is left out: Flux2KleinPipeline takes no negative prompt text');
  });

  it.each(Object.entries(badPrompts))('reads a prompt with %s back exactly as typed', (name, prompt) => {
    const { byEvent, syntaxError } = runs[`prompt:${name}`]!;
    expect(value(byEvent('call'), 'prompt')).toEqual({ type: 'str', value: prompt });
    expect(syntaxError).toBeNull();
  });

  it('explains impossible settings instead of writing a broken script', () => {
    expect(toDiffusersScript(settingsFor('flux2-klein-4b', { height: 1000, steps: 8 }))).toEqual({
      ok: false,
      reason: expect.stringMatching(/^The height must be a multiple of 16: 1000 is not \(try 992 or 1008\)\. FLUX\.2 \[klein\] 4B runs at steps 4, not 8/),
    });
  });
});
