import { describe, expect, it } from 'vitest';
import {
  checkRunSettings,
  defaultRunOptions,
  honoursNegative,
  MAX_PIXELS,
  models,
  fitRunOptions,
  frontEndDefaults,
  presetFor,
  randomSeed,
  runnableModels,
  runFacts,
  SEED_MAX,
  SIZE_STEP,
  sizePresets,
} from '../../src/lib';
import { settingsFor } from './run-fixtures';

describe('size presets', () => {
  it('are exact ratios around 1 megapixel in multiples of 16', () => {
    for (const preset of sizePresets) {
      expect(preset.width % SIZE_STEP, preset.id).toBe(0);
      expect(preset.height % SIZE_STEP, preset.id).toBe(0);
      const [w, h] = preset.id.split(':').map(Number);
      expect(preset.width / preset.height).toBeCloseTo(w! / h!, 10);
      expect(preset.width * preset.height).toBeGreaterThan(0.9e6);
      expect(preset.width * preset.height).toBeLessThan(1.1e6);
      expect(presetFor(preset.width, preset.height)).toBe(preset);
    }
    expect(presetFor(1000, 1000)).toBeUndefined();
  });
});

describe('seeds', () => {
  it('are whole numbers from 0 to 2^32 - 1, whatever the random source gives', () => {
    expect(randomSeed(() => 0)).toBe(0);
    expect(randomSeed(() => 0.999999999999)).toBe(SEED_MAX);
    expect(randomSeed(() => 0.5)).toBe(2 ** 31);
    for (let i = 0; i < 50; i++) {
      const seed = randomSeed();
      expect(Number.isInteger(seed) && seed >= 0 && seed <= SEED_MAX).toBe(true);
    }
  });
});

describe('defaults per model', () => {
  it('start every runnable model at settings that pass the check', () => {
    for (const model of runnableModels) {
      expect(checkRunSettings({ prompt: 'a portrait', model: model.id, ...defaultRunOptions(model.id) }), model.id).toEqual([]);
    }
  });

  it('leave steps and guidance out, so each export writes its own front end’s default', () => {
    for (const model of runnableModels) expect(defaultRunOptions(model.id, 7), model.id).toEqual({ width: 1024, height: 1024, seed: 7 });
    expect(frontEndDefaults('flux1-dev', 'steps')).toEqual([
      { front: 'diffusers', value: 28 },
      { front: 'comfyui', value: 20 },
    ]);
    expect(frontEndDefaults('flux2-klein-base-4b', 'guidance')).toEqual([
      { front: 'diffusers', value: 4 },
      { front: 'comfyui', value: 5 },
    ]);
    expect(frontEndDefaults('flux2-flex', 'steps')).toEqual([{ front: 'bflApi', value: 50 }]);
  });

  it('fit options to a model: size, seed, in-range steps and guidance and an honoured negative prompt stay', () => {
    const options = { width: 832, height: 1248, seed: 9, steps: 30, guidance: 6, negativePrompt: 'blur' };
    expect(fitRunOptions('flux2-klein-base-4b', options)).toEqual(options);
    expect(fitRunOptions('flux2-klein-4b', options)).toEqual({ width: 832, height: 1248, seed: 9 });
    expect(fitRunOptions('flux2-flex', { ...options, steps: 80 })).toEqual({ width: 832, height: 1248, seed: 9, guidance: 6 });
  });

  it('keep a GPU memory from 0 (no NVIDIA card) to 512 GB, and drop anything else', () => {
    expect(fitRunOptions('flux1-dev', { gpuMemoryGb: 0 }).gpuMemoryGb).toBe(0);
    expect(fitRunOptions('flux1-dev', { gpuMemoryGb: 12 }).gpuMemoryGb).toBe(12);
    for (const bad of [10_000, -8, 7.5, Number.NaN]) expect(fitRunOptions('flux1-dev', { gpuMemoryGb: bad }), String(bad)).toEqual(defaultRunOptions('flux1-dev'));
    expect(checkRunSettings(settingsFor('flux1-dev', { gpuMemoryGb: 10_000 }))).toEqual(['GPU memory must be a whole number of GB from 0 (no NVIDIA card: a Mac or the CPU) to 512.']);
    expect(checkRunSettings(settingsFor('flux1-dev', { gpuMemoryGb: 0 }))).toEqual([]);
  });

  it('keep prompt upsampling only where the endpoint documents it', () => {
    expect(fitRunOptions('flux2-pro', { promptUpsampling: true }).promptUpsampling).toBe(true);
    expect(fitRunOptions('flux2-pro', { promptUpsampling: false }).promptUpsampling).toBe(false);
    expect(fitRunOptions('flux2-klein-4b', { promptUpsampling: true }).promptUpsampling).toBeUndefined();
  });

  it('fit options from outside to working values: bad sizes, seeds and numbers give the defaults', () => {
    expect(fitRunOptions('flux2-klein-base-9b', { width: 1000, height: 1024, seed: -3, steps: 2.5, guidance: Number.NaN })).toEqual(defaultRunOptions('flux2-klein-base-9b'));
    expect(fitRunOptions('flux2-pro', { width: 4096, height: 4096 })).toEqual(defaultRunOptions('flux2-pro'));
    expect(fitRunOptions('flux1-dev', { negativePrompt: 'x'.repeat(5000) }).negativePrompt).toHaveLength(1000);
    expect(fitRunOptions('flux1-dev')).toEqual(defaultRunOptions('flux1-dev'));
  });

  it('show a negative prompt only for models with a front end that honours one', () => {
    expect(models.filter((m) => honoursNegative(m.id)).map((m) => m.id)).toEqual(['flux1-dev', 'flux1-krea-dev', 'flux2-klein-base-4b', 'flux2-klein-base-9b']);
  });
});

describe('checkRunSettings', () => {
  it('names a size that is not a multiple of 16, with the nearest that are', () => {
    expect(checkRunSettings(settingsFor('flux2-klein-4b', { width: 1000 }))).toEqual(['The width must be a multiple of 16: 1000 is not (try 992 or 1008).']);
  });

  it('names sizes out of range and images over 4 megapixels', () => {
    expect(checkRunSettings(settingsFor('flux2-pro', { height: 32 }))).toEqual(['The height must be a whole number of pixels from 64 to 4096.']);
    expect(checkRunSettings(settingsFor('flux2-pro', { width: 4096, height: 2048 }))[0]).toContain('at most 4 megapixels');
    expect(2048 * 2048).toBe(MAX_PIXELS);
    expect(checkRunSettings(settingsFor('flux2-pro', { width: 2048, height: 2048 }))).toEqual([]);
    expect(checkRunSettings(settingsFor('flux2-pro', { width: Number.NaN }))[0]).toContain('whole number');
  });

  it('names steps on a fixed-step model and steps or guidance out of range', () => {
    expect(checkRunSettings(settingsFor('flux2-klein-9b', { steps: 20 }))).toEqual([
      'FLUX.2 [klein] 9B runs at steps 4, not 20: Distilled [klein] is trained to finish in 4 steps and ignores guidance (CFG 1 in ComfyUI’s template; diffusers skips guidance for a distilled model).',
    ]);
    expect(checkRunSettings(settingsFor('flux2-pro', { guidance: 3 }))[0]).toBe('FLUX.2 [pro] takes no guidance setting: The [pro] endpoint takes no steps or guidance: BFL picks them.');
    expect(checkRunSettings(settingsFor('flux2-flex', { steps: 80 }))).toEqual(['FLUX.2 [flex] takes steps from 1 to 50, a whole number.']);
    expect(checkRunSettings(settingsFor('flux2-flex', { guidance: 1 }))).toEqual(['FLUX.2 [flex] takes guidance from 1.5 to 10.']);
    expect(checkRunSettings(settingsFor('flux1-dev', { steps: 12.5 }))).toEqual(['FLUX.1 [dev] takes steps from 1 to 100, a whole number.']);
  });

  it('names a negative prompt the model ignores everywhere, and accepts one it honours', () => {
    expect(checkRunSettings(settingsFor('flux2-klein-4b', { negativePrompt: 'blur' }))).toEqual([
      'FLUX.2 [klein] 4B ignores a negative prompt everywhere it runs: Distilled: at CFG 1 a negative prompt does nothing. Describe what should be there instead.',
    ]);
    expect(checkRunSettings(settingsFor('flux2-klein-base-4b', { negativePrompt: 'blur' }))).toEqual([]);
    expect(checkRunSettings(settingsFor('flux2-klein-4b', { negativePrompt: '   ' }))).toEqual([]);
  });

  it('names an empty prompt, a bad seed, a model that takes no prompt and an unknown model', () => {
    expect(checkRunSettings(settingsFor('flux2-pro', { prompt: ' \n' }))).toEqual(['The prompt is empty: add something to it first.']);
    expect(checkRunSettings(settingsFor('flux2-pro', { seed: -1 }))).toEqual([`The seed must be a whole number from 0 to ${SEED_MAX}.`]);
    expect(checkRunSettings(settingsFor('flux2-pro', { seed: 2 ** 32 }))).toHaveLength(1);
    expect(checkRunSettings(settingsFor('flux1-redux-dev'))[0]).toContain('starts from an image');
    expect(checkRunSettings(settingsFor('flux3' as never))).toEqual(['“flux3” is not a model this guide knows.']);
  });

  it('holds Ultra to aspect ratios from 21:9 to 9:21', () => {
    expect(checkRunSettings(settingsFor('flux1.1-pro-ultra', { width: 2048, height: 768 }))[0]).toContain('21:9 to 9:21');
    expect(checkRunSettings(settingsFor('flux1.1-pro-ultra', { width: 1280, height: 720 }))).toEqual([]);
    expect(runFacts('flux1.1-pro-ultra')?.bflApi?.size).toBe('aspect-ratio');
  });
});
