import type { FluxModel } from './types';

/**
 * The FLUX models the guide covers. Every figure names its source (from
 * shared/reference/flux-prompting-facts.md); a figure no source gives is `null`,
 * and the guide says "not published" rather than guess.
 */

export type { FluxModel, FrontEnd, FrontEndFacts, ModelAbout, ModelLicence, TextEncoder } from './types';

/** Where the model facts come from; the run facts (src/lib/run/facts.ts) cite the same. */
export const modelSources = {
  fluxCli: 'black-forest-labs/flux, src/flux/cli.py; diffusers Flux docs',
  fluxUtil: 'black-forest-labs/flux, src/flux/util.py; huggingface/diffusers#9763',
  flux2Blog: 'https://huggingface.co/blog/flux-2; diffusers pipeline_flux2.py',
  klein: 'diffusers src/diffusers/pipelines/flux2/pipeline_flux2_klein.py',
  flux2Overview: 'https://docs.bfl.ai/flux_2/flux2_overview',
  unifiedBuilding: 'https://docs.bfl.ai/guides/prompting_unified_building',
  skills: 'github.com/black-forest-labs/skills, skills/flux-best-practices/AGENTS.md',
  endpoints: 'github.com/black-forest-labs/skills, skills/bfl-api/references/endpoints.md',
  ultraRaw: 'https://docs.bfl.ai/flux_models/flux_1_1_pro_ultra_raw',
  redux: 'black-forest-labs/flux, docs/image-variation.md',
  negatives: 'https://docs.bfl.ai/guides/prompting_guide_flux2; https://docs.bfl.ai/guides/prompting_unified_technical',
  distilled: 'mcmonkeyprojects/SwarmUI#204; huggingface/diffusers#9445',
  comfyKlein: 'Comfy-Org/workflow_templates, templates/image_flux2_klein_text_to_image.json',
  comfyFlux1: 'comfyanonymous/ComfyUI_examples, flux/README.md and its example workflows',
  comfyFlux2: 'comfyanonymous/ComfyUI_examples, flux2/README.md; steps and FluxGuidance from community graphs',
  comfyWeights: 'ComfyUI and Forge parse (word:1.2) and scale those token embeddings, T5 too (shared/reference/run-it-facts.md)',
  comfyT5: 'ComfyUI comfy/text_encoders/flux.py: T5 is built with a very large max_length (shared/reference/run-it-facts.md)',
  trueCfg: 'diffusers pipelines/flux/pipeline_flux.py: negative_prompt with true_cfg_scale > 1',
  bflUtil: 'black-forest-labs/flux2, src/flux2/util.py (FLUX2_MODEL_INFO)',
  article: 'PicassoIA’s article, "Start Creating Photorealistic Images"',
} as const;
const src = modelSources;

const unpublished = (what: string) => ({ value: null, source: `${what} not given by our sources` });
const noNegatives = { value: false, note: 'FLUX has no negative prompt: describe what should fill the space instead.', source: src.negatives };
const api32k = { value: 32_000, source: `${src.unifiedBuilding} (FLUX.2 API prompt length, up to 32K tokens)` };

// ---------------------------------------------------------------- front ends

const apiFront = (tokenLimit: number | null): FluxModel['frontEnds']['bflApi'] => ({
  tokenLimit,
  weights: 'literal',
  negativePrompt: false,
  note: 'BFL’s API takes no negative prompt: describe what should be there instead.',
  source: `${src.negatives}; ${src.endpoints}`,
});
const diffusersFront = (tokenLimit: number, negativePrompt: boolean, note: string, source: string): FluxModel['frontEnds']['diffusers'] => ({
  tokenLimit,
  weights: 'literal',
  negativePrompt,
  note,
  source,
});
const comfyFront = (tokenLimit: number | null, negativePrompt: boolean, note: string): FluxModel['frontEnds']['comfyui'] => ({
  tokenLimit,
  weights: 'parsed',
  negativePrompt,
  note,
  source: `${src.comfyWeights}; ${src.comfyT5}`,
});
const noFrontEnds: FluxModel['frontEnds'] = { diffusers: null, comfyui: null, bflApi: null };

export type KleinSize = '4b' | '9b';
/** The Hugging Face repository name of a [klein] model. */
export const kleinRepo = (size: KleinSize, base: boolean) => `FLUX.2-klein-${base ? 'base-' : ''}${size.toUpperCase()}`;

function klein(size: KleinSize, base: boolean): FluxModel {
  const label = `FLUX.2 [klein] ${base ? 'base ' : ''}${size.toUpperCase()}`;
  return {
    id: `flux2-klein-${base ? 'base-' : ''}${size}`,
    name: label,
    family: 'FLUX.2',
    access: 'open-weights',
    encoder: {
      kind: 'qwen3',
      description: "Qwen3; the prompt is wrapped in Qwen3's chat template and the template's tokens count against 512",
      source: src.klein,
    },
    tokenLimit: { value: 512, source: src.klein },
    defaultSteps: base ? { value: 50, source: `${src.klein}; ${src.bflUtil}` } : { value: 4, source: `${src.klein} (distilled); ${src.comfyKlein}` },
    defaultGuidance: base
      ? { value: 4, source: `${src.klein} (real CFG against an empty negative)` }
      : { value: 1, source: `${src.klein} (is_distilled: guidance is ignored); ${src.comfyKlein} (CFG 1)` },
    acceptsNegativePrompt: base
      ? { value: true, note: 'In ComfyUI: the official template runs CFG against a second text encode, the place for a negative prompt.', source: src.comfyKlein }
      : { value: false, note: 'Distilled: at CFG 1 a negative prompt does nothing. Describe what should be there instead.', source: `${src.comfyKlein}; ${src.klein}` },
    diffusersPipeline: 'Flux2KleinPipeline',
    frontEnds: {
      diffusers: diffusersFront(
        512,
        false,
        base
          ? 'Flux2KleinPipeline takes no negative prompt text: it runs CFG against an empty prompt.'
          : 'Distilled [klein] has no negative prompt in diffusers.',
        src.klein,
      ),
      comfyui: comfyFront(
        null,
        base,
        base ? 'The negative prompt goes in the second text encode; CFG above 1 makes it count.' : 'At CFG 1 a negative encode does nothing, so the template zeroes it out.',
      ),
      bflApi: base ? null : apiFront(32_000),
    },
  };
}

const definitions: FluxModel[] = [
  {
    id: 'flux1-schnell',
    name: 'FLUX.1 [schnell]',
    family: 'FLUX.1',
    access: 'open-weights',
    encoder: { kind: 't5', description: 'T5, max_sequence_length 256', source: src.fluxCli },
    tokenLimit: { value: 256, source: src.fluxCli },
    defaultSteps: { value: 4, source: src.fluxCli },
    defaultGuidance: { value: 0, source: src.fluxCli },
    acceptsNegativePrompt: noNegatives,
    diffusersPipeline: 'FluxPipeline',
    frontEnds: {
      diffusers: diffusersFront(256, false, '[schnell] runs without guidance, so a negative prompt has nothing to push against.', src.fluxCli),
      comfyui: comfyFront(null, false, '[schnell] runs without CFG, so a negative encode does nothing.'),
      bflApi: null,
    },
  },
  {
    id: 'flux1-dev',
    name: 'FLUX.1 [dev]',
    family: 'FLUX.1',
    access: 'open-weights',
    encoder: {
      kind: 't5',
      description: "T5-v1.1-XXL (512 tokens) plus CLIP ViT-L/14 (77 tokens); CLIP's part barely changes the output",
      source: src.fluxUtil,
    },
    tokenLimit: { value: 512, source: src.fluxUtil },
    defaultSteps: { value: 50, source: src.fluxCli },
    defaultGuidance: { value: 3.5, source: src.fluxCli },
    acceptsNegativePrompt: {
      value: true,
      note: 'Guidance-distilled: a negative prompt does nothing at CFG 1 (ComfyUI’s graph). diffusers’ FluxPipeline adds real CFG with negative_prompt and true_cfg_scale above 1, at twice the time.',
      source: `${src.distilled}; ${src.trueCfg}`,
    },
    diffusersPipeline: 'FluxPipeline',
    frontEnds: {
      diffusers: diffusersFront(512, true, 'FluxPipeline runs real CFG against the negative prompt when true_cfg_scale is above 1 (each step runs twice).', src.trueCfg),
      comfyui: comfyFront(null, false, 'ComfyUI’s FLUX.1 [dev] graph samples at CFG 1, where a negative prompt does nothing.'),
      bflApi: null,
    },
  },
  {
    id: 'flux1-pro',
    name: 'FLUX.1 [pro]',
    family: 'FLUX.1',
    access: 'api',
    encoder: { kind: 'unpublished', description: 'Not published', source: 'not given by our sources' },
    tokenLimit: unpublished('A token limit'),
    defaultSteps: unpublished('Default steps'),
    defaultGuidance: unpublished('Default guidance'),
    acceptsNegativePrompt: noNegatives,
    diffusersPipeline: null,
    frontEnds: { ...noFrontEnds, bflApi: apiFront(null) },
  },
  {
    id: 'flux1.1-pro-ultra',
    name: 'FLUX1.1 [pro] Ultra',
    family: 'FLUX.1',
    access: 'api',
    encoder: { kind: 'unpublished', description: 'Not published', source: 'not given by our sources' },
    tokenLimit: unpublished('A token limit'),
    defaultSteps: unpublished('Default steps'),
    defaultGuidance: unpublished('Default guidance'),
    acceptsNegativePrompt: noNegatives,
    diffusersPipeline: null,
    frontEnds: { ...noFrontEnds, bflApi: apiFront(null) },
  },
  {
    id: 'flux1-redux-dev',
    name: 'FLUX.1 Redux [dev]',
    family: 'FLUX.1',
    access: 'open-weights',
    encoder: {
      kind: 'none',
      description: 'An image adapter: the open [dev] weights take no text; the API version adds a prompt',
      source: src.redux,
    },
    tokenLimit: unpublished('A token limit'),
    defaultSteps: unpublished('Default steps'),
    defaultGuidance: unpublished('Default guidance'),
    acceptsNegativePrompt: noNegatives,
    diffusersPipeline: null,
    frontEnds: noFrontEnds,
  },
  {
    id: 'flux2-pro',
    name: 'FLUX.2 [pro]',
    family: 'FLUX.2',
    access: 'api',
    encoder: { kind: 'unpublished', description: 'Not published for the API models', source: 'not given by our sources' },
    tokenLimit: api32k,
    defaultSteps: unpublished('Default steps'),
    defaultGuidance: unpublished('Default guidance'),
    acceptsNegativePrompt: noNegatives,
    diffusersPipeline: null,
    frontEnds: { ...noFrontEnds, bflApi: apiFront(32_000) },
  },
  {
    id: 'flux2-flex',
    name: 'FLUX.2 [flex]',
    family: 'FLUX.2',
    access: 'api',
    encoder: { kind: 'unpublished', description: 'Not published for the API models', source: 'not given by our sources' },
    tokenLimit: api32k,
    defaultSteps: { value: 50, source: `${src.endpoints} (1–50, default 50)` },
    defaultGuidance: { value: 4.5, source: `${src.endpoints} (1.5–10, default 4.5; ${src.skills} suggests 7 for typography)` },
    acceptsNegativePrompt: noNegatives,
    diffusersPipeline: null,
    frontEnds: { ...noFrontEnds, bflApi: apiFront(32_000) },
  },
  {
    id: 'flux2-dev',
    name: 'FLUX.2 [dev]',
    family: 'FLUX.2',
    access: 'open-weights',
    encoder: { kind: 'mistral', description: 'Mistral Small 3.1; diffusers max_sequence_length 512', source: src.flux2Blog },
    tokenLimit: { value: 512, source: src.flux2Blog },
    defaultSteps: { value: 50, source: 'diffusers pipeline_flux2.py' },
    defaultGuidance: { value: 4, source: 'diffusers pipeline_flux2.py' },
    acceptsNegativePrompt: noNegatives,
    diffusersPipeline: 'Flux2Pipeline',
    frontEnds: {
      diffusers: diffusersFront(512, false, 'Flux2Pipeline takes no negative prompt.', 'diffusers pipeline_flux2.py'),
      comfyui: comfyFront(null, false, 'FLUX.2 [dev] is guidance-distilled: its graph has no negative input.'),
      bflApi: null,
    },
  },
  klein('4b', false),
  klein('9b', false),
  klein('4b', true),
  klein('9b', true),
];

/** Model ids as a union, so a typo is a type error; checked against the definitions at build time (./validate). */
export const modelIds = [
  'flux1-schnell',
  'flux1-dev',
  'flux1-pro',
  'flux1.1-pro-ultra',
  'flux1-redux-dev',
  'flux2-pro',
  'flux2-flex',
  'flux2-dev',
  'flux2-klein-4b',
  'flux2-klein-9b',
  'flux2-klein-base-4b',
  'flux2-klein-base-9b',
] as const;
export type ModelId = (typeof modelIds)[number];

/**
 * The model every tool starts on (the builder, the diff's checker, the upgrade), so a prompt
 * carried from one tool to the next is read the same way: FLUX.2 [klein] 9B, whose weights
 * anyone can download and which finishes in four steps.
 */
export const DEFAULT_MODEL_ID: ModelId = 'flux2-klein-9b';

/** The models, in the order of `modelIds`; validated at build time and in the tests (./validate). */
export const models = Object.freeze([...definitions]) as readonly (FluxModel & { id: ModelId })[];

export function getModel(id: ModelId): FluxModel {
  const model = models.find((m) => m.id === id);
  if (!model) throw new Error(`Unknown model id "${id}". Known: ${models.map((m) => m.id).join(', ')}`);
  return model;
}
