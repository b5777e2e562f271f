import { describe, expect, it } from 'vitest';
import { getModel, modelAbout, modelIds, models, runFacts, type ModelId } from '../../src/lib';
import { frontEndSummary } from '../../src/lib/models/front-end-notes';
import { validateModels } from '../../src/lib/models/schema';

describe('models', () => {
  it('covers the FLUX models the guide names, with [klein] distilled and base as separate entries', () => {
    expect(models.map((m) => m.name)).toEqual([
      'FLUX.1 [schnell]',
      'FLUX.1 [dev]',
      'FLUX.1 Krea [dev]',
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

  it('carries BFL’s reference figures for the open models', () => {
    expect(getModel('flux1-schnell')).toMatchObject({ tokenLimit: { value: 256 }, defaultSteps: { value: 4 }, defaultGuidance: { value: 0 } });
    expect(getModel('flux1-dev')).toMatchObject({ tokenLimit: { value: 512 }, defaultSteps: { value: 50 }, defaultGuidance: { value: 3.5 } });
    expect(getModel('flux1-dev').defaultGuidance.source).toMatch(/guidance 2\.5 since the Kontext release/);
    expect(getModel('flux2-dev')).toMatchObject({ encoder: { kind: 'mistral' }, defaultGuidance: { value: 4 } });
    expect(getModel('flux2-klein-4b')).toMatchObject({ encoder: { kind: 'qwen3' }, tokenLimit: { value: 512 }, defaultSteps: { value: 4 }, defaultGuidance: { value: 1 } });
    expect(getModel('flux2-klein-base-9b')).toMatchObject({ defaultSteps: { value: 50 }, defaultGuidance: { value: 4 } });
  });

  it('names each licence: Apache-2.0 for [schnell] and the 4B [klein] models, non-commercial for [dev] and the 9B ones', () => {
    const licence = (id: ModelId) => modelAbout[id].licence;
    for (const id of ['flux1-schnell', 'flux2-klein-4b', 'flux2-klein-base-4b'] as const) expect(licence(id)).toMatchObject({ name: 'Apache-2.0', commercial: true });
    for (const id of ['flux1-dev', 'flux1-krea-dev'] as const) expect(licence(id)).toMatchObject({ name: 'FLUX.1 [dev] Non-Commercial License', commercial: false });
    for (const id of ['flux2-dev', 'flux2-klein-9b', 'flux2-klein-base-9b'] as const) expect(licence(id).commercial).toBe(false);
    expect(licence('flux2-klein-base-9b').url).toBe('https://huggingface.co/black-forest-labs/FLUX.2-klein-base-9B');
  });

  it('marks the gated repositories: every non-commercial open model, and none of the Apache ones', () => {
    const gated = modelIds.filter((id) => modelAbout[id].licence.gated);
    expect(gated).toEqual(['flux1-dev', 'flux1-krea-dev', 'flux1-redux-dev', 'flux2-dev', 'flux2-klein-9b', 'flux2-klein-base-9b']);
  });

  it('cites public sources only: no file of the build or of this repository', () => {
    const all = JSON.stringify([models, modelAbout]);
    expect(all).not.toMatch(/shared\/|reference\/|run-it-facts|flux-prompting-facts|photo-optics-facts|\.md:/);
  });

  it('says where every figure comes from', () => {
    for (const model of models) {
      for (const figure of [model.tokenLimit, model.defaultSteps, model.defaultGuidance]) {
        expect(figure.source.length).toBeGreaterThan(5);
      }
      for (const facts of Object.values(model.frontEnds)) if (facts) for (const source of Object.values(facts.sources)) expect(source.length).toBeGreaterThan(5);
    }
  });

  it('reads weights as text in ComfyUI for every FLUX.2 model, and parses them there for every FLUX.1 model', () => {
    // ComfyUI's FLUX.2 tokenizers pass disable_weights=True; its FLUX.1 tokenizer keeps sd1_clip's weight parsing.
    for (const model of models.filter((m) => m.frontEnds.comfyui)) {
      expect(model.frontEnds.comfyui!.weights, model.id).toBe(model.family === 'FLUX.2' ? 'literal' : 'parsed');
      expect(model.frontEnds.comfyui!.sources.weights, model.id).toMatch(/comfy\/text_encoders\/flux\.py/);
    }
    for (const model of models) for (const front of [model.frontEnds.diffusers, model.frontEnds.bflApi]) if (front) expect(front.weights, model.id).toBe('literal');
  });

  it('cuts with a warning in FluxPipeline and silently in the FLUX.2 pipelines', () => {
    for (const model of models.filter((m) => m.frontEnds.diffusers)) {
      expect(model.frontEnds.diffusers!.truncation, model.id).toBe(model.diffusersPipeline === 'FluxPipeline' ? 'warning' : 'silent');
    }
  });

  it('gives each front end its own defaults: the official ComfyUI graphs and the diffusers pipelines', () => {
    const defaults = (id: ModelId, front: 'comfyui' | 'diffusers') => {
      const facts = getModel(id).frontEnds[front]!;
      return [facts.defaultSteps, facts.defaultGuidance];
    };
    expect(defaults('flux1-dev', 'comfyui')).toEqual([20, 3.5]);
    expect(defaults('flux1-dev', 'diffusers')).toEqual([28, 3.5]);
    expect(defaults('flux2-dev', 'comfyui')).toEqual([20, 4]);
    expect(defaults('flux2-dev', 'diffusers')).toEqual([50, 4]);
    expect(defaults('flux2-klein-base-4b', 'comfyui')).toEqual([20, 5]);
    expect(defaults('flux2-klein-base-9b', 'diffusers')).toEqual([50, 4]);
  });

  it('names the kind of guidance: only [klein] base runs real CFG, FLUX.2 [dev] is distilled', () => {
    const realCfg = models.filter((m) => Object.values(m.frontEnds).some((f) => f?.guidance === 'real-cfg')).map((m) => m.id);
    expect(realCfg).toEqual(['flux2-klein-base-4b', 'flux2-klein-base-9b']);
    expect(getModel('flux2-dev').frontEnds.diffusers?.guidance).toBe('distilled');
    expect(getModel('flux2-dev').frontEnds.comfyui?.guidance).toBe('distilled');
  });

  it('says per front end what happens to weights and negative prompts', () => {
    const klein = getModel('flux2-klein-9b').frontEnds;
    expect(klein.comfyui).toMatchObject({ weights: 'literal', negativePrompt: false });
    expect(klein.diffusers).toMatchObject({ weights: 'literal', negativePrompt: false, tokenLimit: 512 });
    expect(klein.bflApi).toMatchObject({ weights: 'literal', negativePrompt: false, tokenLimit: 32_000 });
    expect(getModel('flux2-klein-base-4b').frontEnds.comfyui?.negativePrompt).toBe(true);
    expect(getModel('flux1-dev').frontEnds.diffusers?.negativePrompt).toBe(true);
    expect(getModel('flux2-dev').frontEnds.bflApi).toBeNull();
    expect(models.filter((m) => m.acceptsNegativePrompt.value).map((m) => m.id)).toEqual(['flux1-dev', 'flux1-krea-dev', 'flux2-klein-base-4b', 'flux2-klein-base-9b']);
  });

  it('sums up each front end for the chapter’s table in short phrases', () => {
    expect(frontEndSummary(getModel('flux1-dev').frontEnds.diffusers!)).toEqual({
      length: '512 tokens, then cut with a warning',
      weights: '(word:1.2) read as words',
      negative: 'Negative prompt used',
      guidance: 'Distilled guidance 3.5, 28 steps',
    });
    expect(frontEndSummary(getModel('flux2-dev').frontEnds.comfyui!)).toEqual({
      length: 'Not cut',
      weights: '(word:1.2) read as words',
      negative: 'No negative prompt',
      guidance: 'Distilled guidance 4, 20 steps',
    });
    expect(frontEndSummary(getModel('flux2-klein-base-4b').frontEnds.comfyui!).guidance).toBe('Real CFG 5, 20 steps');
    expect(frontEndSummary(getModel('flux1-schnell').frontEnds.comfyui!)).toMatchObject({ weights: '(word:1.2) parsed', guidance: 'No guidance, 4 steps' });
    expect(frontEndSummary(getModel('flux2-pro').frontEnds.bflApi!)).toMatchObject({ length: 'Up to 32,000 tokens', guidance: 'Guidance set by BFL' });
    expect(frontEndSummary(getModel('flux2-flex').frontEnds.bflApi!).guidance).toBe('Guidance 4.5, 50 steps');
    expect(frontEndSummary(getModel('flux1.1-pro-ultra').frontEnds.bflApi!).length).toBe('Limit not published');
  });

  it('throws for an unknown model', () => {
    expect(() => getModel('flux3' as ModelId)).toThrow('Unknown model id "flux3"');
  });
});
