import { describe, expect, it } from 'vitest';
import { getModel, modelIds, models, type ModelId } from '../../src/lib';

describe('models', () => {
  it('covers the FLUX models the guide names', () => {
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
    ]);
    expect(models.map((m) => m.id)).toEqual([...modelIds]);
  });

  it('carries the reference figures for the open models', () => {
    expect(getModel('flux1-schnell')).toMatchObject({ tokenLimit: { value: 256 }, defaultSteps: { value: 4 }, defaultGuidance: { value: 0 } });
    expect(getModel('flux1-dev')).toMatchObject({ tokenLimit: { value: 512 }, defaultSteps: { value: 50 }, defaultGuidance: { value: 3.5 } });
    expect(getModel('flux2-dev')).toMatchObject({ encoder: { kind: 'mistral' }, defaultGuidance: { value: 4 } });
    expect(getModel('flux2-klein-4b')).toMatchObject({ encoder: { kind: 'qwen3' }, tokenLimit: { value: 512 } });
  });

  it('says where every figure comes from', () => {
    for (const model of models) {
      for (const figure of [model.tokenLimit, model.defaultSteps, model.defaultGuidance]) {
        expect(figure.source.length).toBeGreaterThan(5);
      }
    }
  });

  it('accepts negative prompts on none of them', () => {
    expect(models.filter((m) => m.acceptsNegativePrompt.value)).toEqual([]);
  });

  it('throws for an unknown model', () => {
    expect(() => getModel('flux3' as ModelId)).toThrow('Unknown model id "flux3"');
  });
});
