import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { imageFileName, models, runFacts, toDiffusersScript, type RunSettings } from '../../src/lib';
import { badPrompts, diffusersModels, runPython, settingsFor, tempDir, writeFile } from './run-fixtures';

/**
 * Each script runs with python3 against stand-in `torch` and `diffusers` modules that record
 * what the script asked for, so the test checks the calls a real run would make. All the
 * scripts of the file run in one python3 process (a driver runs each with runpy), because
 * starting Python once per case costs more than the cases.
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
        def enable_model_cpu_offload(self):
            _record("enable_model_cpu_offload")
        def enable_sequential_cpu_offload(self):
            _record("enable_sequential_cpu_offload")
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

/** Runs every script of a batch in one python3 process; each case records its calls to its own file. */
const driver = `
import json, os, runpy, sys
for case in json.load(open(sys.argv[1], encoding="utf-8")):
    os.environ["RECORD_FILE"] = case["record"]
    os.environ["STUB_DEVICE"] = case["device"]
    open(case["record"], "w").close()
    runpy.run_path(case["script"], run_name="__main__")
`;

type Event = { event: string; [key: string]: unknown };
type Run = { events: Event[]; byEvent: (name: string) => Event | undefined; script: string };

const cases = new Map<string, { settings: RunSettings; device: string }>();
const results = new Map<string, Run>();
/** Registers a case for the batch; its result is there once the batch has run (beforeAll). */
function runCase(name: string, settings: RunSettings, device = 'cuda'): () => Run {
  cases.set(name, { settings, device });
  return () => results.get(name)!;
}

beforeAll(() => {
  const stubs = tempDir('diffusers-stubs');
  mkdirSync(join(stubs, 'torch'));
  mkdirSync(join(stubs, 'diffusers'));
  writeFile(join(stubs, 'torch'), '__init__.py', torchStub);
  writeFile(join(stubs, 'diffusers'), '__init__.py', diffusersStub);
  const dir = tempDir('diffusers-run');
  const batch = [...cases].map(([name, { settings, device }], i) => {
    const result = toDiffusersScript(settings);
    if (!result.ok) throw new Error(`${name}: ${result.reason}`);
    return { name, text: result.text, script: writeFile(dir, `run-${i}.py`, result.text), record: join(dir, `record-${i}.jsonl`), device };
  });
  const list = writeFile(dir, 'cases.json', JSON.stringify(batch.map(({ script, record, device }) => ({ script, record, device }))));
  runPython(writeFile(dir, 'driver.py', driver), { PYTHONPATH: stubs, PYTHONIOENCODING: 'utf-8' }, [list]);
  for (const { name, text, record } of batch) {
    const events = readFileSync(record, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Event);
    results.set(name, { events, script: text, byEvent: (event) => events.find((e) => e.event === event) });
  }
}, 60_000);

const value = (call: Event | undefined, key: string) => (call!.kwargs as Record<string, { type?: string; value?: unknown }>)[key];

// Each pipeline's own defaults (huggingface/diffusers: pipeline_flux.py, pipeline_flux2.py, pipeline_flux2_klein.py),
// [schnell] and distilled [klein] at their fixed values; a 48 GB card so FLUX.1 and [klein] 9B load whole.
const defaults = [
  ['flux1-schnell', 'FluxPipeline', 'black-forest-labs/FLUX.1-schnell', 4, 0, 256],
  ['flux1-dev', 'FluxPipeline', 'black-forest-labs/FLUX.1-dev', 28, 3.5, 512],
  ['flux1-krea-dev', 'FluxPipeline', 'black-forest-labs/FLUX.1-Krea-dev', 28, 3.5, 512],
  ['flux2-klein-4b', 'Flux2KleinPipeline', 'black-forest-labs/FLUX.2-klein-4B', 4, 1, 512],
  ['flux2-klein-9b', 'Flux2KleinPipeline', 'black-forest-labs/FLUX.2-klein-9B', 4, 1, 512],
  ['flux2-klein-base-4b', 'Flux2KleinPipeline', 'black-forest-labs/FLUX.2-klein-base-4B', 50, 4, 512],
  ['flux2-klein-base-9b', 'Flux2KleinPipeline', 'black-forest-labs/FLUX.2-klein-base-9B', 50, 4, 512],
] as const;
const defaultRuns = defaults.map(([model]) => runCase(`default ${model}`, settingsFor(model, { width: 832, height: 1248, seed: 3141592653, gpuMemoryGb: 48 })));

// What each card gets: [model, GPU memory, device, loading event, repository].
const memoryCases = [
  ['flux1-dev', 24, 'cuda', 'enable_model_cpu_offload', 'black-forest-labs/FLUX.1-dev'],
  ['flux1-dev', 48, 'cuda', 'to', 'black-forest-labs/FLUX.1-dev'],
  ['flux1-dev', 8, 'cuda', 'enable_sequential_cpu_offload', 'black-forest-labs/FLUX.1-dev'],
  ['flux2-dev', 24, 'cuda', 'enable_model_cpu_offload', 'diffusers/FLUX.2-dev-bnb-4bit'],
  ['flux2-dev', 80, 'cuda', 'enable_model_cpu_offload', 'black-forest-labs/FLUX.2-dev'],
  ['flux2-dev', 141, 'cuda', 'to', 'black-forest-labs/FLUX.2-dev'],
  ['flux2-dev', 12, 'cuda', 'enable_sequential_cpu_offload', 'black-forest-labs/FLUX.2-dev'],
  ['flux2-klein-4b', 24, 'cuda', 'to', 'black-forest-labs/FLUX.2-klein-4B'],
  ['flux2-klein-9b', 24, 'cuda', 'enable_model_cpu_offload', 'black-forest-labs/FLUX.2-klein-9B'],
  ['flux2-klein-4b', 0, 'mps', 'to', 'black-forest-labs/FLUX.2-klein-4B'],
  ['flux2-klein-4b', 0, 'none', 'to', 'black-forest-labs/FLUX.2-klein-4B'],
  // Planned for a card, run where there is none: the same file falls back to Apple silicon, with the full weights.
  ['flux2-dev', 24, 'mps', 'to', 'black-forest-labs/FLUX.2-dev'],
] as const;
const memoryRuns = memoryCases.map(([model, gb, device]) => runCase(`memory ${model} ${gb} ${device}`, settingsFor(model, { gpuMemoryGb: gb }), device));

const chosen = runCase('chosen', settingsFor('flux2-klein-base-4b', { steps: 28, guidance: 5.5 }));
const devNegative = runCase('dev negative', settingsFor('flux1-dev', { negativePrompt: 'plastic "skin" \\ blur' }));
const baseNegative = runCase('base negative', settingsFor('flux2-klein-base-4b', { negativePrompt: 'blur' }));
const badPromptRuns = Object.entries(badPrompts).map(([name, prompt]) => [name, prompt, runCase(`bad ${name}`, settingsFor('flux2-klein-4b', { prompt }))] as const);

describe('diffusers script', { timeout: 30_000 }, () => {
  it('is written for the open models with a diffusers pipeline, and explains itself for the rest', () => {
    expect(diffusersModels).toEqual(['flux1-schnell', 'flux1-dev', 'flux1-krea-dev', 'flux2-dev', 'flux2-klein-4b', 'flux2-klein-9b', 'flux2-klein-base-4b', 'flux2-klein-base-9b']);
    for (const model of models.filter((m) => !diffusersModels.includes(m.id))) {
      expect(toDiffusersScript(settingsFor(model.id)), model.id).toMatchObject({ ok: false, reason: expect.stringContaining('no diffusers pipeline') });
    }
  });

  it.each(defaults.map((row, i) => [...row, i] as const))(
    '%s runs %s from %s in bfloat16 with %i steps, guidance %d, max_sequence_length %i',
    (model, pipeline, repo, steps, guidance, maxLength, i) => {
      const { byEvent, script } = defaultRuns[i]!();
      expect(byEvent('from_pretrained')).toMatchObject({ pipeline, repo, kwargs: { torch_dtype: 'torch.bfloat16' } });
      expect(byEvent('to')).toMatchObject({ device: 'cuda' });
      expect(byEvent('Generator')).toMatchObject({ device: 'cpu' });
      expect(byEvent('manual_seed')).toMatchObject({ seed: 3141592653 });
      const call = byEvent('call')!;
      expect(call.pipeline).toBe(pipeline);
      expect(value(call, 'prompt')).toEqual({ type: 'str', value: settingsFor(model).prompt });
      expect(value(call, 'height')).toEqual({ type: 'int', value: 1248 });
      expect(value(call, 'width')).toEqual({ type: 'int', value: 832 });
      expect(value(call, 'num_inference_steps')).toEqual({ type: 'int', value: steps });
      expect(value(call, 'guidance_scale')).toEqual({ type: 'float', value: guidance });
      expect(value(call, 'max_sequence_length')).toEqual({ type: 'int', value: maxLength });
      expect(value(call, 'generator')).toEqual({ device: 'cpu', seed: 3141592653 });
      expect(byEvent('save')).toMatchObject({ path: imageFileName({ model, seed: 3141592653 }, 'png') });
      expect(runFacts(model)?.diffusers?.repo).toBe(repo);
      expect(script).toContain(`# Run it with: python3 ${model}-diffusers-3141592653.py`);
      if (!runFacts(model)?.steps?.fixed) expect(script).toMatch(/own defaults are \d+ steps and guidance [\d.]+ \(huggingface\/diffusers, src\/diffusers\/pipelines\//);
    },
  );

  it.each(memoryCases.map((row, i) => [...row, i] as const))('%s on %i GB (%s) loads with %s from %s', (_model, _gb, device, loading, repo, i) => {
    const { byEvent, events, script } = memoryRuns[i]!();
    expect(byEvent('from_pretrained')).toMatchObject({ repo });
    const loads = events.filter((e) => ['to', 'enable_model_cpu_offload', 'enable_sequential_cpu_offload'].includes(e.event));
    expect(loads.map((e) => e.event)).toEqual([loading]);
    if (loading === 'to') expect(byEvent('to')).toMatchObject({ device: device === 'none' ? 'cpu' : device });
    expect(script).toMatch(/^# Memory: /m);
    if (repo.includes('4bit')) expect(script).toContain('bitsandbytes');
  });

  it('names the login step for gated weights, and only for them', () => {
    expect(memoryRuns[0]!().script).toContain('# The weights are gated: accept the licence at https://huggingface.co/black-forest-labs/FLUX.1-dev while logged in, then run `hf auth login`');
    expect(memoryRuns[3]!().script).toContain('`hf auth login`');
    expect(memoryRuns[7]!().script).not.toContain('hf auth login');
  });

  it('uses the reader’s steps and guidance where the model lets them choose', () => {
    const call = chosen().byEvent('call');
    expect(value(call, 'num_inference_steps')).toEqual({ type: 'int', value: 28 });
    expect(value(call, 'guidance_scale')).toEqual({ type: 'float', value: 5.5 });
    expect(chosen().script).toContain('# Steps and guidance: as set in the builder; Flux2KleinPipeline\'s own defaults are 50 steps and guidance 4.0');
  });

  it('passes a negative prompt with real CFG to FluxPipeline, and says what happens to it where the pipeline takes none', () => {
    const dev = devNegative().byEvent('call');
    expect(value(dev, 'negative_prompt')).toEqual({ type: 'str', value: 'plastic "skin" \\ blur' });
    expect(value(dev, 'true_cfg_scale')).toEqual({ type: 'float', value: 2 });
    expect(value(baseNegative().byEvent('call'), 'negative_prompt')).toBeUndefined();
    expect(baseNegative().script).toContain('# Your negative prompt is not used: Flux2KleinPipeline takes no negative prompt text');
    expect(baseNegative().script).toContain('The ComfyUI workflow uses it');
  });

  it.each(badPromptRuns)('reads a prompt with %s back exactly as typed', (_, prompt, result) => {
    const { byEvent, script } = result();
    expect(value(byEvent('call'), 'prompt')).toEqual({ type: 'str', value: prompt });
    expect(script.length).toBeGreaterThan(0);
  });

  it('explains impossible settings in one sentence each instead of writing a broken script', () => {
    expect(toDiffusersScript(settingsFor('flux2-klein-4b', { height: 1000, steps: 8 }))).toEqual({
      ok: false,
      reason: expect.stringMatching(/^The height must be a multiple of 16: 1000 is not \(try 992 or 1008\)\. FLUX\.2 \[klein\] 4B runs at steps 4, not 8/),
    });
    expect(toDiffusersScript(settingsFor('flux1-dev', { seed: 2 ** 53 + 2 }))).toEqual({ ok: false, reason: 'The seed must be a whole number from 0 to 4294967295.' });
    expect(toDiffusersScript(settingsFor('flux1-dev', { gpuMemoryGb: 10_000 }))).toEqual({
      ok: false,
      reason: 'GPU memory must be a whole number of GB from 0 (no NVIDIA card: a Mac or the CPU) to 512.',
    });
  });
});
