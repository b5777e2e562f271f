import { modelSources as src, kleinRepo, type KleinSize } from '../models';
import type { ModelId } from '../models';
import type { RunFacts } from './types';

/**
 * How to run each model from a text prompt: the steps and guidance a run starts from, the files
 * a ComfyUI workflow loads, the diffusers pipeline and repository, and BFL's endpoint. Null for a
 * model that takes no text (Redux) or whose endpoint our sources do not give. Kept here, not on
 * the model entries, because only the run settings and the exports need them: the tools that
 * check prompts load the model catalogue on every visit.
 */


const flux2Vae = { file: 'flux2-vae.safetensors', folder: 'vae', official: true } as const;
const qwen4b = { file: 'qwen_3_4b.safetensors', folder: 'text_encoders', official: true } as const;
const qwen8b = { file: 'qwen_3_8b_fp8mixed.safetensors', folder: 'text_encoders', official: false } as const;
const flux1Encoders = [
  { file: 't5xxl_fp16.safetensors', folder: 'text_encoders', official: true },
  { file: 'clip_l.safetensors', folder: 'text_encoders', official: true },
] as const;
const flux1Vae = { file: 'ae.safetensors', folder: 'vae', official: true } as const;

const distilledSteps = { value: 4, min: 4, max: 4, fixed: true };
const distilledGuidance = { value: 1, min: 1, max: 1, fixed: true };
const distilledReason =
  'Distilled [klein] is trained to finish in 4 steps and ignores guidance (CFG 1 in ComfyUI’s template; diffusers skips guidance for a distilled model).';

function kleinRun(size: KleinSize, base: boolean): RunFacts {
  const unet = `flux-2-klein-${base ? 'base-' : ''}${size}.safetensors`;
  return {
    steps: base ? { value: 50, min: 1, max: 100, fixed: false } : distilledSteps,
    guidance: base ? { value: 4, min: 1, max: 10, fixed: false } : distilledGuidance,
    fixedReason: base ? '' : distilledReason,
    comfyui: {
      graph: base ? 'flux2-cfg' : 'flux2-distilled',
      diffusionModel: { file: unet, folder: 'diffusion_models', official: size === '4b' || !base },
      textEncoders: [size === '4b' ? qwen4b : qwen8b],
      vae: flux2Vae,
      source: size === '4b' ? src.comfyKlein : `${src.comfyKlein} (4B graph); 9B file names from ${src.bflUtil} and community graphs`,
    },
    diffusers: {
      pipeline: 'Flux2KleinPipeline',
      repo: `black-forest-labs/${kleinRepo(size, base)}`,
      maxSequenceLength: 512,
      negative: 'none',
      source: src.klein,
    },
    bflApi: base ? null : { endpoint: `/v1/flux-2-klein-${size}`, size: 'width-height', extra: [], source: src.endpoints },
  };
}

export const runFactsByModel: Readonly<Record<ModelId, RunFacts | null>> = {
  'flux1-schnell': {
    steps: { value: 4, min: 4, max: 4, fixed: true },
    guidance: { value: 0, min: 0, max: 0, fixed: true },
    fixedReason: '[schnell] is timestep-distilled: it is made for 4 steps and takes no guidance (guidance 0).',
    comfyui: {
      graph: 'flux1',
      diffusionModel: { file: 'flux1-schnell.safetensors', folder: 'diffusion_models', official: true },
      textEncoders: [...flux1Encoders],
      vae: flux1Vae,
      source: src.comfyFlux1,
    },
    diffusers: { pipeline: 'FluxPipeline', repo: 'black-forest-labs/FLUX.1-schnell', maxSequenceLength: 256, negative: 'none', source: src.fluxCli },
    bflApi: null,
  },
  'flux1-dev': {
    steps: { value: 50, min: 1, max: 100, fixed: false },
    guidance: { value: 3.5, min: 1, max: 10, fixed: false },
    fixedReason: '',
    comfyui: {
      graph: 'flux1',
      diffusionModel: { file: 'flux1-dev.safetensors', folder: 'diffusion_models', official: true },
      textEncoders: [...flux1Encoders],
      vae: flux1Vae,
      source: src.comfyFlux1,
    },
    diffusers: { pipeline: 'FluxPipeline', repo: 'black-forest-labs/FLUX.1-dev', maxSequenceLength: 512, negative: 'true-cfg', source: `${src.fluxCli}; ${src.trueCfg}` },
    bflApi: null,
  },
  'flux1-pro': null,
  'flux1.1-pro-ultra': {
    steps: null,
    guidance: null,
    fixedReason: 'The Ultra endpoint takes no steps or guidance: BFL picks them.',
    comfyui: null,
    diffusers: null,
    bflApi: { endpoint: '/v1/flux-pro-1.1-ultra', size: 'aspect-ratio', extra: ['raw'], source: `${src.ultraRaw}; shared/reference/run-it-facts.md` },
  },
  'flux1-redux-dev': null,
  'flux2-pro': {
    steps: null,
    guidance: null,
    fixedReason: 'The [pro] endpoint takes no steps or guidance: BFL picks them.',
    comfyui: null,
    diffusers: null,
    bflApi: { endpoint: '/v1/flux-2-pro', size: 'width-height', extra: [], source: src.endpoints },
  },
  'flux2-flex': {
    steps: { value: 50, min: 1, max: 50, fixed: false },
    guidance: { value: 4.5, min: 1.5, max: 10, fixed: false },
    fixedReason: '',
    comfyui: null,
    diffusers: null,
    bflApi: { endpoint: '/v1/flux-2-flex', size: 'width-height', extra: ['steps', 'guidance'], source: src.endpoints },
  },
  'flux2-dev': {
    steps: { value: 50, min: 1, max: 100, fixed: false },
    guidance: { value: 4, min: 1, max: 10, fixed: false },
    fixedReason: '',
    comfyui: {
      graph: 'flux2-guidance',
      diffusionModel: { file: 'flux2_dev_fp8mixed.safetensors', folder: 'diffusion_models', official: true },
      textEncoders: [{ file: 'mistral_3_small_flux2_fp8.safetensors', folder: 'text_encoders', official: true }],
      vae: flux2Vae,
      source: src.comfyFlux2,
    },
    diffusers: { pipeline: 'Flux2Pipeline', repo: 'black-forest-labs/FLUX.2-dev', maxSequenceLength: 512, negative: 'none', source: src.flux2Blog },
    bflApi: null,
  },
  'flux2-klein-4b': kleinRun('4b', false),
  'flux2-klein-9b': kleinRun('9b', false),
  'flux2-klein-base-4b': kleinRun('4b', true),
  'flux2-klein-base-9b': kleinRun('9b', true),
};
