import { modelSources as src, kleinRepo, type KleinSize } from '../models';
import type { ModelId } from '../models';
import type { ComfyFile, DiffusersMemory, RunFacts } from './types';

/**
 * How to run each model from a text prompt: the steps and guidance a reader may set, the files
 * a ComfyUI workflow loads (with their download links, and the smaller files for small cards),
 * the diffusers pipeline, repository and memory, and BFL's endpoint. Null for a model that takes
 * no text (Redux) or that has no endpoint this guide writes for (FLUX.1 [pro]). Kept here, not on
 * the model entries, because only the run settings and the exports need them: the tools that
 * check prompts load the model catalogue on every visit. Each front end's default steps and
 * guidance live once, in the model catalogue (src/lib/models, `frontEnds`).
 */

const hf = (repo: string, path?: string) => `https://huggingface.co/${repo}${path ? `/resolve/main/${path}` : ''}`;
const file = (name: string, folder: ComfyFile['folder'], url: string, official = true, gated = false): ComfyFile => ({ file: name, folder, official, url, gated });

// FLUX.1: comfyanonymous/ComfyUI_examples, flux/README.md names each file and where it is.
const t5fp16 = file('t5xxl_fp16.safetensors', 'text_encoders', hf('comfyanonymous/flux_text_encoders', 't5xxl_fp16.safetensors'));
const t5fp8 = file('t5xxl_fp8_e4m3fn_scaled.safetensors', 'text_encoders', hf('comfyanonymous/flux_text_encoders', 't5xxl_fp8_e4m3fn_scaled.safetensors'));
const clipL = file('clip_l.safetensors', 'text_encoders', hf('comfyanonymous/flux_text_encoders', 'clip_l.safetensors'));
const flux1Vae = file('ae.safetensors', 'vae', hf('Comfy-Org/Lumina_Image_2.0_Repackaged', 'split_files/vae/ae.safetensors'));
// FLUX.2: the [klein] template's model links and comfyanonymous/ComfyUI_examples, flux2/README.md.
const flux2Vae = file('flux2-vae.safetensors', 'vae', hf('Comfy-Org/flux2-dev', 'split_files/vae/flux2-vae.safetensors'));
const qwen4b = file('qwen_3_4b.safetensors', 'text_encoders', hf('Comfy-Org/flux2-klein', 'split_files/text_encoders/qwen_3_4b.safetensors'));
const qwen8b = file('qwen_3_8b_fp8mixed.safetensors', 'text_encoders', hf('Comfy-Org/flux2-klein-9B'), false);

/** FLUX.1's 12B transformer is about 23 GB in bfloat16; below that ComfyUI's README loads it as fp8 ("lower the memory usage by half"). */
const flux1LowMemory = {
  belowGb: 24,
  diffusionModel: null,
  weightDtype: 'fp8_e4m3fn',
  textEncoders: [t5fp8, clipL],
  source: `${src.comfyFlux1} (weight_dtype fp8; t5xxl_fp8_e4m3fn_scaled "for lower memory usage")`,
} as const;

/**
 * Memory from parameter counts at two bytes each (bfloat16), in the GB a card is sold by:
 * FLUX.1 is a 12B transformer with T5-XXL (4.7B); FLUX.2 [dev] a 32B transformer with a 24B
 * Mistral; [klein] a 4B or 9B transformer with Qwen3 4B or 8B (the model cards and
 * black-forest-labs/flux2, docs/flux2_dev_hf.md).
 */
const flux1Memory: DiffusersMemory = { wholeGb: 32, largestPartGb: 23, fourBit: null, source: `${src.fluxUtil}; ${src.diffusersFluxDocs}` };
const kleinMemory = (size: KleinSize): DiffusersMemory =>
  size === '4b'
    ? { wholeGb: 16, largestPartGb: 8, fourBit: null, source: src.klein }
    : { wholeGb: 33, largestPartGb: 17, fourBit: null, source: src.klein };

/** Where the FLUX.2 endpoints' 2048-pixel side and prompt_upsampling's default of true are documented. */
const flux2ApiSchema = 'ComfyUI’s BFL nodes, https://docs.comfy.org/built-in-nodes/Flux2ProImageNode (width and height up to 2048; prompt_upsampling defaults to true)';

const distilledSteps = { value: 4, min: 4, max: 4, fixed: true };
const distilledGuidance = { value: 1, min: 1, max: 1, fixed: true };
const distilledReason =
  'Distilled [klein] is trained to finish in 4 steps and ignores guidance (CFG 1 in ComfyUI’s template; diffusers skips guidance for a distilled model).';

function kleinRun(size: KleinSize, base: boolean): RunFacts {
  const name = `flux-2-klein-${base ? 'base-' : ''}${size}.safetensors`;
  const repo = `black-forest-labs/${kleinRepo(size, base)}`;
  const diffusionModel =
    size === '4b'
      ? file(name, 'diffusion_models', hf('Comfy-Org/flux2-klein', `split_files/diffusion_models/${name}`))
      : file(name, 'diffusion_models', base ? hf(repo) : hf(repo, name), !base, true);
  // BFL publishes the distilled 9B as fp8 too (a gated repository); ComfyUI loads it like the full file.
  const fp8 = !base && size === '9b' ? file('flux-2-klein-9b-fp8.safetensors', 'diffusion_models', hf('black-forest-labs/FLUX.2-klein-9b-fp8', 'flux-2-klein-9b-fp8.safetensors'), false, true) : null;
  return {
    steps: base ? { value: 20, min: 1, max: 100, fixed: false } : distilledSteps,
    guidance: base ? { value: 5, min: 1, max: 10, fixed: false } : distilledGuidance,
    fixedReason: base ? '' : distilledReason,
    comfyui: {
      graph: base ? 'flux2-cfg' : 'flux2-distilled',
      diffusionModel,
      textEncoders: [size === '4b' ? qwen4b : qwen8b],
      vae: flux2Vae,
      lowMemory: fp8 ? { belowGb: 20, diffusionModel: fp8, weightDtype: 'default', textEncoders: null, source: 'huggingface.co/black-forest-labs/FLUX.2-klein-9b-fp8' } : null,
      source: size === '4b' ? src.comfyKlein : `${src.comfyKlein} (4B graph); 9B file names from ${src.bflUtil} and community graphs`,
    },
    diffusers: {
      pipeline: 'Flux2KleinPipeline',
      repo,
      maxSequenceLength: 512,
      negative: 'none',
      memory: kleinMemory(size),
      source: src.klein,
    },
    bflApi: base ? null : { endpoint: `/v1/flux-2-klein-${size}`, size: 'width-height', maxSide: 2048, extra: [], source: `${src.endpoints}; ${flux2ApiSchema}` },
  };
}

function flux1DevRun(repo: string, diffusionModel: ComfyFile): RunFacts {
  return {
    steps: { value: 20, min: 1, max: 100, fixed: false },
    guidance: { value: 3.5, min: 1, max: 10, fixed: false },
    fixedReason: '',
    comfyui: { graph: 'flux1', diffusionModel, textEncoders: [t5fp16, clipL], vae: flux1Vae, lowMemory: flux1LowMemory, source: src.comfyFlux1 },
    diffusers: { pipeline: 'FluxPipeline', repo, maxSequenceLength: 512, negative: 'true-cfg', memory: flux1Memory, source: src.diffusersFlux },
    bflApi: null,
  };
}

export const runFactsByModel: Readonly<Record<ModelId, RunFacts | null>> = {
  'flux1-schnell': {
    steps: { value: 4, min: 4, max: 4, fixed: true },
    guidance: { value: 0, min: 0, max: 0, fixed: true },
    fixedReason: '[schnell] is timestep-distilled: it is made for 4 steps and takes no guidance (guidance 0).',
    comfyui: {
      graph: 'flux1',
      diffusionModel: file('flux1-schnell.safetensors', 'diffusion_models', hf('black-forest-labs/FLUX.1-schnell', 'flux1-schnell.safetensors')),
      textEncoders: [t5fp16, clipL],
      vae: flux1Vae,
      lowMemory: flux1LowMemory,
      source: src.comfyFlux1,
    },
    diffusers: { pipeline: 'FluxPipeline', repo: 'black-forest-labs/FLUX.1-schnell', maxSequenceLength: 256, negative: 'none', memory: flux1Memory, source: src.diffusersFluxDocs },
    bflApi: null,
  },
  'flux1-dev': flux1DevRun('black-forest-labs/FLUX.1-dev', file('flux1-dev.safetensors', 'diffusion_models', hf('black-forest-labs/FLUX.1-dev', 'flux1-dev.safetensors'), true, true)),
  'flux1-krea-dev': flux1DevRun(
    'black-forest-labs/FLUX.1-Krea-dev',
    file('flux1-krea-dev.safetensors', 'diffusion_models', hf('black-forest-labs/FLUX.1-Krea-dev'), false, true),
  ),
  'flux1-pro': null,
  'flux1.1-pro-ultra': {
    steps: null,
    guidance: null,
    fixedReason: 'The Ultra endpoint takes no steps or guidance: BFL picks them.',
    comfyui: null,
    diffusers: null,
    bflApi: { endpoint: '/v1/flux-pro-1.1-ultra', size: 'aspect-ratio', maxSide: null, extra: ['raw', 'prompt_upsampling'], source: `${src.ultraRaw}; https://docs.bfl.ai (the Ultra endpoint's prompt_upsampling)` },
  },
  'flux1-redux-dev': null,
  'flux2-pro': {
    steps: null,
    guidance: null,
    fixedReason: 'The [pro] endpoint takes no steps or guidance: BFL picks them.',
    comfyui: null,
    diffusers: null,
    bflApi: { endpoint: '/v1/flux-2-pro', size: 'width-height', maxSide: 2048, extra: ['prompt_upsampling'], source: `${src.endpoints}; ${flux2ApiSchema}` },
  },
  'flux2-flex': {
    steps: { value: 50, min: 1, max: 50, fixed: false },
    guidance: { value: 4.5, min: 1.5, max: 10, fixed: false },
    fixedReason: '',
    comfyui: null,
    diffusers: null,
    bflApi: { endpoint: '/v1/flux-2-flex', size: 'width-height', maxSide: 2048, extra: ['steps', 'guidance', 'prompt_upsampling'], source: `${src.endpoints}; ${flux2ApiSchema}` },
  },
  'flux2-dev': {
    steps: { value: 20, min: 1, max: 100, fixed: false },
    guidance: { value: 4, min: 1, max: 10, fixed: false },
    fixedReason: '',
    comfyui: {
      graph: 'flux2-guidance',
      diffusionModel: file('flux2_dev_fp8mixed.safetensors', 'diffusion_models', hf('Comfy-Org/flux2-dev', 'split_files/diffusion_models/flux2_dev_fp8mixed.safetensors')),
      textEncoders: [file('mistral_3_small_flux2_fp8.safetensors', 'text_encoders', hf('Comfy-Org/flux2-dev', 'split_files/text_encoders/mistral_3_small_flux2_fp8.safetensors'))],
      vae: flux2Vae,
      lowMemory: null,
      source: src.comfyFlux2,
    },
    diffusers: {
      pipeline: 'Flux2Pipeline',
      repo: 'black-forest-labs/FLUX.2-dev',
      maxSequenceLength: 512,
      negative: 'none',
      memory: {
        wholeGb: 105,
        largestPartGb: 60,
        fourBit: { repo: 'diffusers/FLUX.2-dev-bnb-4bit', gb: 20, source: `${src.flux2DevNotes} ("4-bit transformer and 4-bit text-encoder (~20G of VRAM)")` },
        source: src.flux2DevNotes,
      },
      source: src.diffusersFlux2,
    },
    bflApi: null,
  },
  'flux2-klein-4b': kleinRun('4b', false),
  'flux2-klein-9b': kleinRun('9b', false),
  'flux2-klein-base-4b': kleinRun('4b', true),
  'flux2-klein-base-9b': kleinRun('9b', true),
};
