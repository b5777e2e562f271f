import { describe, expect, it } from 'vitest';
import { getModel, modelAbout, modelIds, models, runFacts, type ModelId } from '../../src/lib';
import { validateModels } from '../../src/lib/models/schema';

describe('models', () => {
  it('covers the FLUX models the guide names, with [klein] distilled and base as separate entries', () => {
    expect(models.map((m) => m.name)).toEqual([
      'FLUX.1 [schnell]',
      'FLUX.1 [dev]',
      'FLUX.1 [pro]',
      'FLUX1.1 [pro] Ultra',
      'FLUX.1 Redux [dev]',
      'FLUX.2 [pro]',
      'FLUX.2 [flex]',
      'FLUX.2 [dev]',
      'FLUX.2 [klein] 4B',
      'FLUX.2 [klein] 9B',
      'FLUX.2 [klein] base 4B',
      'FLUX.2 [klein] base 9B',
    ]);
    expect(models.map((m) => m.id)).toEqual([...modelIds]);
    expect(() => validateModels()).not.toThrow();
  });

  it('keeps the ids older share links use: flux2-klein-4b and -9b are the distilled models', () => {
    for (const id of ['flux2-klein-4b', 'flux2-klein-9b'] as const) {
      expect(runFacts(id)).toMatchObject({ steps: { value: 4, fixed: true }, guidance: { value: 1, fixed: true } });
    }
  });

  it('carries the reference figures for the open models', () => {
    expect(getModel('flux1-schnell')).toMatchObject({ tokenLimit: { value: 256 }, defaultSteps: { value: 4 }, defaultGuidance: { value: 0 } });
    expect(getModel('flux1-dev')).toMatchObject({ tokenLimit: { value: 512 }, defaultSteps: { value: 50 }, defaultGuidance: { value: 3.5 } });
    expect(getModel('flux2-dev')).toMatchObject({ encoder: { kind: 'mistral' }, defaultGuidance: { value: 4 } });
    expect(getModel('flux2-klein-4b')).toMatchObject({ encoder: { kind: 'qwen3' }, tokenLimit: { value: 512 }, defaultSteps: { value: 4 }, defaultGuidance: { value: 1 } });
    expect(getModel('flux2-klein-base-9b')).toMatchObject({ defaultSteps: { value: 50 }, defaultGuidance: { value: 4 } });
  });

  it('names each licence: Apache-2.0 for [schnell] and the 4B [klein] models, non-commercial for [dev] and the 9B ones', () => {
    const licence = (id: ModelId) => modelAbout[id].licence;
    for (const id of ['flux1-schnell', 'flux2-klein-4b', 'flux2-klein-base-4b'] as const) expect(licence(id)).toMatchObject({ name: 'Apache-2.0', commercial: true });
    expect(licence('flux1-dev')).toMatchObject({ name: 'FLUX.1 [dev] Non-Commercial License', commercial: false });
    for (const id of ['flux2-dev', 'flux2-klein-9b', 'flux2-klein-base-9b'] as const) expect(licence(id).commercial).toBe(false);
    expect(licence('flux2-klein-base-9b').url).toBe('https://huggingface.co/black-forest-labs/FLUX.2-klein-base-9B');
  });

  it('says where every figure comes from', () => {
    for (const model of models) {
      for (const figure of [model.tokenLimit, model.defaultSteps, model.defaultGuidance]) {
        expect(figure.source.length).toBeGreaterThan(5);
      }
      for (const facts of Object.values(model.frontEnds)) if (facts) expect(facts.source.length).toBeGreaterThan(5);
    }
  });

  it('says per front end what happens to weights and negative prompts', () => {
    const klein = getModel('flux2-klein-9b').frontEnds;
    expect(klein.comfyui).toMatchObject({ weights: 'parsed', negativePrompt: false });
    expect(klein.diffusers).toMatchObject({ weights: 'literal', negativePrompt: false, tokenLimit: 512 });
    expect(klein.bflApi).toMatchObject({ weights: 'literal', negativePrompt: false, tokenLimit: 32_000 });
    expect(getModel('flux2-klein-base-4b').frontEnds.comfyui?.negativePrompt).toBe(true);
    expect(getModel('flux1-dev').frontEnds.diffusers?.negativePrompt).toBe(true);
    expect(getModel('flux2-dev').frontEnds.bflApi).toBeNull();
    expect(models.filter((m) => m.acceptsNegativePrompt.value).map((m) => m.id)).toEqual(['flux1-dev', 'flux2-klein-base-4b', 'flux2-klein-base-9b']);
  });

  it('throws for an unknown model', () => {
    expect(() => getModel('flux3' as ModelId)).toThrow('Unknown model id "flux3"');
  });
});
