import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildComfyUiWorkflow,
  comfyUiChecklist,
  comfyUiNegativeNote,
  comfyUiNotes,
  comfyUiQueueCommand,
  exportFileName,
  getModel,
  models,
  runFacts,
  toComfyUiWorkflow,
  type ComfyWorkflow,
  type ModelId,
} from '../../src/lib';
import { badPrompts, comfyModels, settingsFor, tempDir, writeFile } from './run-fixtures';

/**
 * Node types and their inputs as the official graphs use them (Comfy-Org/workflow_templates
 * image_flux2_klein_text_to_image.json; comfyanonymous/ComfyUI_examples flux and flux2), with
 * how many outputs each node has.
 */
const officialNodes: Record<string, { inputs: string[]; outputs: number }> = {
  UNETLoader: { inputs: ['unet_name', 'weight_dtype'], outputs: 1 },
  CLIPLoader: { inputs: ['clip_name', 'type', 'device'], outputs: 1 },
  DualCLIPLoader: { inputs: ['clip_name1', 'clip_name2', 'type'], outputs: 1 },
  VAELoader: { inputs: ['vae_name'], outputs: 1 },
  CLIPTextEncode: { inputs: ['clip', 'text'], outputs: 1 },
  ConditioningZeroOut: { inputs: ['conditioning'], outputs: 1 },
  FluxGuidance: { inputs: ['conditioning', 'guidance'], outputs: 1 },
  CFGGuider: { inputs: ['model', 'positive', 'negative', 'cfg'], outputs: 1 },
  BasicGuider: { inputs: ['model', 'conditioning'], outputs: 1 },
  ModelSamplingFlux: { inputs: ['model', 'max_shift', 'base_shift', 'width', 'height'], outputs: 1 },
  KSamplerSelect: { inputs: ['sampler_name'], outputs: 1 },
  Flux2Scheduler: { inputs: ['steps', 'width', 'height'], outputs: 1 },
  BasicScheduler: { inputs: ['model', 'scheduler', 'steps', 'denoise'], outputs: 1 },
  EmptyFlux2LatentImage: { inputs: ['width', 'height', 'batch_size'], outputs: 1 },
  EmptySD3LatentImage: { inputs: ['width', 'height', 'batch_size'], outputs: 1 },
  RandomNoise: { inputs: ['noise_seed'], outputs: 1 },
  SamplerCustomAdvanced: { inputs: ['noise', 'guider', 'sampler', 'sigmas', 'latent_image'], outputs: 2 },
  VAEDecode: { inputs: ['samples', 'vae'], outputs: 1 },
  SaveImage: { inputs: ['images', 'filename_prefix'], outputs: 0 },
};

/** What each input must be linked from, where it is a link. */
const linkTypes: Record<string, string[]> = {
  clip: ['CLIPLoader', 'DualCLIPLoader'],
  model: ['UNETLoader', 'ModelSamplingFlux'],
  vae: ['VAELoader'],
  conditioning: ['CLIPTextEncode', 'FluxGuidance'],
  positive: ['CLIPTextEncode'],
  negative: ['CLIPTextEncode', 'ConditioningZeroOut'],
  guider: ['CFGGuider', 'BasicGuider'],
  sampler: ['KSamplerSelect'],
  sigmas: ['Flux2Scheduler', 'BasicScheduler'],
  latent_image: ['EmptyFlux2LatentImage', 'EmptySD3LatentImage'],
  noise: ['RandomNoise'],
  samples: ['SamplerCustomAdvanced'],
  images: ['VAEDecode'],
};

function workflowFor(model: ModelId, overrides = {}): ComfyWorkflow {
  const result = toComfyUiWorkflow(settingsFor(model, overrides));
  if (!result.ok) throw new Error(result.reason);
  return JSON.parse(result.text) as ComfyWorkflow;
}
const nodesOf = (workflow: ComfyWorkflow, type: string) => Object.values(workflow).filter((n) => n.class_type === type);
const only = (workflow: ComfyWorkflow, type: string) => {
  const found = nodesOf(workflow, type);
  expect(found, type).toHaveLength(1);
  return found[0]!.inputs;
};

describe('ComfyUI workflow (API format)', () => {
  it('is written for every open-weights model that takes a prompt, and for no other', () => {
    expect(comfyModels).toEqual(['flux1-schnell', 'flux1-dev', 'flux1-krea-dev', 'flux2-dev', 'flux2-klein-4b', 'flux2-klein-9b', 'flux2-klein-base-4b', 'flux2-klein-base-9b']);
    for (const model of models.filter((m) => !comfyModels.includes(m.id))) {
      expect(toComfyUiWorkflow(settingsFor(model.id)), model.id).toMatchObject({ ok: false });
    }
    expect(toComfyUiWorkflow(settingsFor('flux2-pro'))).toEqual({ ok: false, reason: 'FLUX.2 [pro] has no open weights to load in ComfyUI: use the BFL API request instead.' });
  });

  it.each(comfyModels)('%s: every link points at an existing node and output; node types and inputs are the official ones', (model) => {
    const workflow = workflowFor(model);
    for (const [id, node] of Object.entries(workflow)) {
      const official = officialNodes[node.class_type];
      expect(official, `${id} ${node.class_type}`).toBeDefined();
      expect(Object.keys(node.inputs).sort(), `${id} ${node.class_type}`).toEqual([...official!.inputs].sort());
      for (const [name, value] of Object.entries(node.inputs)) {
        if (!Array.isArray(value)) continue;
        const [from, output] = value;
        const source = workflow[from];
        expect(source, `${id}.${name} -> ${from}`).toBeDefined();
        expect(output).toBeGreaterThanOrEqual(0);
        expect(output).toBeLessThan(officialNodes[source!.class_type]!.outputs);
        expect(linkTypes[name], name).toContain(source!.class_type);
      }
    }
    expect(nodesOf(workflow, 'SaveImage')).toHaveLength(1);
  });

  it.each(comfyModels)('%s: loads the model files the official graph names, at the run size, seed, and the graph’s own steps', (model) => {
    const facts = runFacts(model)!;
    const workflow = workflowFor(model, { width: 832, height: 1248, seed: 123456789, gpuMemoryGb: 48 });
    expect(only(workflow, 'UNETLoader')).toEqual({ unet_name: facts.comfyui!.diffusionModel.file, weight_dtype: 'default' });
    expect(only(workflow, 'VAELoader')).toEqual({ vae_name: facts.comfyui!.vae.file });
    expect(only(workflow, 'RandomNoise')).toEqual({ noise_seed: 123456789 });
    const latent = nodesOf(workflow, 'EmptyFlux2LatentImage')[0] ?? nodesOf(workflow, 'EmptySD3LatentImage')[0];
    expect(latent!.inputs).toEqual({ width: 832, height: 1248, batch_size: 1 });
    const scheduler = nodesOf(workflow, 'Flux2Scheduler')[0] ?? nodesOf(workflow, 'BasicScheduler')[0];
    expect(scheduler!.inputs.steps).toBe(getModel(model).frontEnds.comfyui!.defaultSteps);
  });

  it('starts from the official graphs’ defaults: 20 steps for FLUX.1 and FLUX.2 [dev], 20 at CFG 5 for [klein] base', () => {
    expect(only(workflowFor('flux1-dev'), 'BasicScheduler').steps).toBe(20);
    expect(only(workflowFor('flux1-dev'), 'FluxGuidance').guidance).toBe(3.5);
    expect(only(workflowFor('flux2-dev'), 'Flux2Scheduler').steps).toBe(20);
    const base = workflowFor('flux2-klein-base-4b');
    expect(only(base, 'Flux2Scheduler').steps).toBe(20);
    expect(only(base, 'CFGGuider').cfg).toBe(5);
    // The scheduler's title names the source, as a comment would in a script.
    expect(nodesOf(base, 'Flux2Scheduler')[0]!._meta?.title).toBe(
      "Steps 20, guidance 5: the official graph's (Comfy-Org/workflow_templates, templates/image_flux2_klein_text_to_image.json (base: 20 steps at CFG 5))",
    );
    expect(nodesOf(workflowFor('flux1-dev', { steps: 30 }), 'BasicScheduler')[0]!._meta?.title).toBe("Steps 30, guidance 3.5: set in the guide's builder; the official graph uses 20 and 3.5");
  });

  it('loads the fp8 files on a card too small for the full diffusion model', () => {
    const small = workflowFor('flux1-dev', { gpuMemoryGb: 12 });
    expect(only(small, 'UNETLoader')).toEqual({ unet_name: 'flux1-dev.safetensors', weight_dtype: 'fp8_e4m3fn' });
    expect(only(small, 'DualCLIPLoader').clip_name1).toBe('t5xxl_fp8_e4m3fn_scaled.safetensors');
    expect(only(workflowFor('flux1-dev', { gpuMemoryGb: 24 }), 'UNETLoader').weight_dtype).toBe('default');
    expect(only(workflowFor('flux2-klein-9b', { gpuMemoryGb: 16 }), 'UNETLoader').unet_name).toBe('flux-2-klein-9b-fp8.safetensors');
    expect(comfyUiChecklist({ model: 'flux1-dev', gpuMemoryGb: 12 }).map((f) => f.file)).toEqual([
      'flux1-dev.safetensors',
      't5xxl_fp8_e4m3fn_scaled.safetensors',
      'clip_l.safetensors',
      'ae.safetensors',
    ]);
    expect(comfyUiNotes({ model: 'flux1-dev', gpuMemoryGb: 12 })[0]).toMatch(/^For a 12 GB card the workflow loads the diffusion model as fp8/);
    expect(comfyUiNotes({ model: 'flux2-klein-4b', gpuMemoryGb: 0 })).toEqual([expect.stringContaining('Without an NVIDIA card')]);
  });

  it('follows the official [klein] distilled graph: CLIPLoader flux2, zeroed negative, CFG 1, 4 steps', () => {
    const workflow = workflowFor('flux2-klein-4b');
    expect(Object.values(workflow).map((n) => n.class_type)).toEqual([
      'UNETLoader', 'CLIPLoader', 'VAELoader', 'CLIPTextEncode', 'ConditioningZeroOut', 'CFGGuider', 'KSamplerSelect',
      'Flux2Scheduler', 'EmptyFlux2LatentImage', 'RandomNoise', 'SamplerCustomAdvanced', 'VAEDecode', 'SaveImage',
    ]);
    expect(only(workflow, 'UNETLoader').unet_name).toBe('flux-2-klein-4b.safetensors');
    expect(only(workflow, 'CLIPLoader')).toEqual({ clip_name: 'qwen_3_4b.safetensors', type: 'flux2', device: 'default' });
    expect(only(workflow, 'VAELoader').vae_name).toBe('flux2-vae.safetensors');
    expect(only(workflow, 'CFGGuider').cfg).toBe(1);
    expect(only(workflow, 'Flux2Scheduler').steps).toBe(4);
    expect(only(workflow, 'KSamplerSelect').sampler_name).toBe('euler');
    expect(workflowFor('flux2-klein-9b')['2']!.inputs.clip_name).toBe('qwen_3_8b_fp8mixed.safetensors');
    expect(workflowFor('flux2-klein-9b')['1']!.inputs.unet_name).toBe('flux-2-klein-9b.safetensors');
  });

  it('gives [klein] base a second text encode holding the negative prompt, with real CFG', () => {
    const workflow = workflowFor('flux2-klein-base-4b', { negativePrompt: 'plastic skin', guidance: 5, steps: 20 });
    const encodes = nodesOf(workflow, 'CLIPTextEncode').map((n) => n.inputs.text);
    expect(encodes).toEqual([settingsFor('flux2-klein-base-4b').prompt, 'plastic skin']);
    expect(only(workflow, 'CFGGuider')).toMatchObject({ cfg: 5 });
    expect(only(workflow, 'Flux2Scheduler').steps).toBe(20);
    expect(only(workflow, 'UNETLoader').unet_name).toBe('flux-2-klein-base-4b.safetensors');
    expect(nodesOf(workflowFor('flux2-klein-base-9b'), 'CLIPTextEncode').map((n) => n.inputs.text)[1]).toBe('');
  });

  it('follows the FLUX.1 examples: DualCLIPLoader flux, FluxGuidance for [dev], none for [schnell]', () => {
    const dev = workflowFor('flux1-dev', { guidance: 3.5 });
    expect(only(dev, 'DualCLIPLoader')).toEqual({ clip_name1: 't5xxl_fp16.safetensors', clip_name2: 'clip_l.safetensors', type: 'flux' });
    expect(only(dev, 'FluxGuidance').guidance).toBe(3.5);
    expect(only(dev, 'ModelSamplingFlux')).toMatchObject({ max_shift: 1.15, base_shift: 0.5, width: 1024, height: 1024 });
    expect(only(dev, 'BasicScheduler')).toMatchObject({ scheduler: 'simple', denoise: 1 });
    expect(only(dev, 'VAELoader').vae_name).toBe('ae.safetensors');
    const schnell = workflowFor('flux1-schnell');
    expect(nodesOf(schnell, 'FluxGuidance')).toEqual([]);
    expect(only(schnell, 'UNETLoader').unet_name).toBe('flux1-schnell.safetensors');
    expect(only(schnell, 'BasicScheduler').steps).toBe(4);
    const flux2 = workflowFor('flux2-dev');
    expect(only(flux2, 'CLIPLoader')).toEqual({ clip_name: 'mistral_3_small_flux2_fp8.safetensors', type: 'flux2', device: 'default' });
    expect(only(flux2, 'UNETLoader').unet_name).toBe('flux2_dev_fp8mixed.safetensors');
    expect(only(flux2, 'FluxGuidance').guidance).toBe(4);
  });

  it.each(Object.entries(badPrompts))('keeps a prompt with %s exactly as typed', (_, prompt) => {
    for (const model of comfyModels) {
      const workflow = workflowFor(model, { prompt });
      expect(nodesOf(workflow, 'CLIPTextEncode')[0]!.inputs.text).toBe(prompt);
    }
    const base = workflowFor('flux2-klein-base-9b', { negativePrompt: prompt.slice(0, 1000) });
    expect(nodesOf(base, 'CLIPTextEncode')[1]!.inputs.text).toBe(prompt.slice(0, 1000));
  });

  it('explains impossible settings instead of writing a broken file', () => {
    expect(toComfyUiWorkflow(settingsFor('flux2-klein-4b', { width: 1000 }))).toEqual({ ok: false, reason: 'The width must be a multiple of 16: 1000 is not (try 992 or 1008).' });
    expect(buildComfyUiWorkflow(settingsFor('flux2-klein-4b', { prompt: '' }))).toMatchObject({ ok: false, reason: expect.stringContaining('empty') });
  });

  it('lists which file goes in which models folder with its download link, and flags gated files and names only community graphs give', () => {
    // The links the official template's note gives (Comfy-Org/workflow_templates, image_flux2_klein_text_to_image.json).
    expect(comfyUiChecklist({ model: 'flux2-klein-4b' })).toEqual([
      {
        file: 'flux-2-klein-4b.safetensors',
        folder: 'ComfyUI/models/diffusion_models/',
        official: true,
        gated: false,
        url: 'https://huggingface.co/Comfy-Org/flux2-klein/resolve/main/split_files/diffusion_models/flux-2-klein-4b.safetensors',
      },
      {
        file: 'qwen_3_4b.safetensors',
        folder: 'ComfyUI/models/text_encoders/',
        official: true,
        gated: false,
        url: 'https://huggingface.co/Comfy-Org/flux2-klein/resolve/main/split_files/text_encoders/qwen_3_4b.safetensors',
      },
      {
        file: 'flux2-vae.safetensors',
        folder: 'ComfyUI/models/vae/',
        official: true,
        gated: false,
        url: 'https://huggingface.co/Comfy-Org/flux2-dev/resolve/main/split_files/vae/flux2-vae.safetensors',
      },
    ]);
    expect(comfyUiChecklist({ model: 'flux2-klein-9b' })[1]).toMatchObject({ file: 'qwen_3_8b_fp8mixed.safetensors', folder: 'ComfyUI/models/text_encoders/', official: false });
    const dev = comfyUiChecklist({ model: 'flux1-dev' });
    expect(dev[0]).toMatchObject({ file: 'flux1-dev.safetensors', gated: true, url: 'https://huggingface.co/black-forest-labs/FLUX.1-dev/resolve/main/flux1-dev.safetensors' });
    expect(comfyUiNotes({ model: 'flux1-dev' })).toEqual([expect.stringContaining('Files marked gated download only after you accept the licence')]);
    expect(comfyUiNotes({ model: 'flux2-klein-4b' })).toEqual([]);
    expect(comfyUiChecklist({ model: 'flux2-pro' })).toEqual([]);
    expect(exportFileName({ model: 'flux2-klein-4b', seed: 42 }, 'comfyui')).toBe('flux2-klein-4b-comfyui-42.json');
  });

  it('queues the file on ComfyUI wrapped as {"prompt": …}, as POST /prompt wants', () => {
    const dir = tempDir('comfy-queue');
    const bin = join(dir, 'bin');
    execFileSync('mkdir', [bin]);
    // A stand-in curl that keeps what it was sent.
    chmodSync(writeFile(bin, 'curl', '#!/bin/sh\ncat > "$SENT_FILE"\necho \'{"prompt_id": "x"}\'\n'), 0o755);
    const workflow = toComfyUiWorkflow(settingsFor('flux2-klein-4b', { prompt: badPrompts.quotes! }));
    if (!workflow.ok) throw new Error(workflow.reason);
    const name = "it's a workflow.json";
    writeFile(dir, name, workflow.text);
    const sent = join(dir, 'sent.json');
    execFileSync('bash', ['-c', comfyUiQueueCommand(name)], { cwd: dir, env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, SENT_FILE: sent } });
    expect(JSON.parse(readFileSync(sent, 'utf8'))).toEqual({ prompt: JSON.parse(workflow.text) });
  });

  it('says when it leaves a negative prompt out, and where it is used instead', () => {
    expect(comfyUiNegativeNote(settingsFor('flux1-dev', { negativePrompt: 'blur' }))).toContain('CFG 1');
    expect(comfyUiNegativeNote(settingsFor('flux1-dev', { negativePrompt: 'blur' }))).toContain('The diffusers script uses it');
    // The file says it too, on the prompt's node.
    const dev = workflowFor('flux1-dev', { negativePrompt: 'blur' });
    expect(nodesOf(dev, 'CLIPTextEncode')[0]!._meta?.title).toBe(comfyUiNegativeNote(settingsFor('flux1-dev', { negativePrompt: 'blur' })));
    expect(nodesOf(workflowFor('flux1-schnell', { negativePrompt: 'blur' }), 'CLIPTextEncode')[0]!._meta?.title).toMatch(/^Your negative prompt is not in this workflow/);
    expect(nodesOf(workflowFor('flux1-dev'), 'CLIPTextEncode')[0]!._meta).toBeUndefined();
    expect(comfyUiNegativeNote(settingsFor('flux2-klein-base-4b', { negativePrompt: 'blur' }))).toBeNull();
    expect(comfyUiNegativeNote(settingsFor('flux1-dev'))).toBeNull();
  });
});
