import type { FluxModel, FrontEndFacts } from './types';

/**
 * The FLUX models the guide covers, and for each one what every front end it runs in does with
 * the prompt: tokens read and what happens past them, `(word:1.2)` weights, the negative prompt,
 * the kind of guidance and the front end's own default steps and guidance. Every answer names a
 * public source (a front end's code, an official workflow, a model card, BFL's docs); a figure no
 * source gives is `null`, and the guide says "not published" rather than guess. The model table,
 * the chapters, the checker's messages and the exports all read these entries.
 */

/** Where the facts come from; the run facts (src/lib/run/facts.ts) cite the same. */
export const modelSources = {
  fluxCli: 'black-forest-labs/flux, src/flux/cli.py (50 steps for [dev], 4 for [schnell]; guidance 2.5 since the Kontext release)',
  fluxUtil: 'black-forest-labs/flux, src/flux/util.py; huggingface/diffusers#9763',
  fluxDevCard: 'https://huggingface.co/black-forest-labs/FLUX.1-dev (model card example: 50 steps, guidance 3.5)',
  fluxText: 'black-forest-labs/flux, docs/text-to-image.md',
  diffusersFlux: 'huggingface/diffusers, src/diffusers/pipelines/flux/pipeline_flux.py',
  diffusersFluxDocs: 'https://huggingface.co/docs/diffusers/api/pipelines/flux',
  diffusersFlux2: 'huggingface/diffusers, src/diffusers/pipelines/flux2/pipeline_flux2.py',
  klein: 'huggingface/diffusers, src/diffusers/pipelines/flux2/pipeline_flux2_klein.py',
  flux2DevNotes: 'black-forest-labs/flux2, docs/flux2_dev_hf.md',
  flux2Blog: 'https://huggingface.co/blog/flux-2',
  flux2Overview: 'https://docs.bfl.ai/flux_2/flux2_overview',
  unifiedBuilding: 'https://docs.bfl.ai/guides/prompting_unified_building',
  skills: 'github.com/black-forest-labs/skills, skills/flux-best-practices/AGENTS.md',
  endpoints: 'github.com/black-forest-labs/skills, skills/bfl-api/references/endpoints.md',
  ultraRaw: 'https://docs.bfl.ai/flux_models/flux_1_1_pro_ultra_raw',
  redux: 'black-forest-labs/flux, docs/image-variation.md and src/flux/sampling.py (prepare_redux joins the image tokens to the T5 prompt tokens)',
  negatives: 'https://docs.bfl.ai/guides/prompting_guide_flux2; https://docs.bfl.ai/guides/prompting_unified_technical',
  distilled: 'mcmonkeyprojects/SwarmUI#204; huggingface/diffusers#9445',
  comfyKlein: 'Comfy-Org/workflow_templates, templates/image_flux2_klein_text_to_image.json',
  comfyFlux1: 'comfyanonymous/ComfyUI_examples, flux/README.md and its example workflows',
  comfyFlux2: 'comfyanonymous/ComfyUI_examples, flux2/README.md and its example workflow',
  comfyFlux1Text: 'comfyanonymous/ComfyUI, comfy/text_encoders/flux.py (T5 tokenizer max_length 99999999) and comfy/sd1_clip.py (token weights)',
  comfyFlux2Text: 'comfyanonymous/ComfyUI, comfy/text_encoders/flux.py (the FLUX.2 and [klein] tokenizers pass disable_weights=True to comfy/sd1_clip.py)',
  forgeT5: 'lllyasviel/stable-diffusion-webui-forge, backend/text_processing/t5_engine.py',
  bflUtil: 'black-forest-labs/flux2, src/flux2/util.py (FLUX2_MODEL_INFO)',
  article: 'PicassoIA’s article, "Start Creating Photorealistic Images"',
} as const;
const src = modelSources;

const unpublished = (what: string) => ({ value: null, source: `${what} not given by our sources` });
const noNegatives = { value: false, note: 'none of its front ends reads a negative prompt, so describe what should fill the space instead.', source: src.negatives };
const api32k = { value: 32_000, source: `${src.unifiedBuilding} (FLUX.2 API prompt length, up to 32K tokens)` };

// ---------------------------------------------------------------- front ends

const apiFront = (tokenLimit: number | null, defaults: { steps: number; guidance: number } | null = null): FrontEndFacts => ({
  tokenLimit,
  truncation: 'none',
  weights: 'literal',
  negativePrompt: false,
  note: 'BFL’s API takes no negative prompt: describe what should be there instead.',
  guidance: null,
  defaultSteps: defaults?.steps ?? null,
  defaultGuidance: defaults?.guidance ?? null,
  sources: {
    length: tokenLimit === null ? 'not given by our sources' : src.unifiedBuilding,
    weights: `${src.endpoints} (the prompt is sent as it is written)`,
    negative: `${src.negatives}; ${src.endpoints}`,
    defaults: defaults ? `${src.endpoints} (steps 1–50, default 50; guidance 1.5–10, default 4.5)` : 'BFL picks them: the endpoint takes no steps or guidance',
  },
});

/** ComfyUI and Forge scale the weighted words of a FLUX.1 prompt; neither cuts T5 at 512. */
const comfyFlux1 = (negativePrompt: boolean, note: string, guidance: FrontEndFacts['guidance'], steps: number, value: number | null): FrontEndFacts => ({
  tokenLimit: null,
  truncation: 'none',
  weights: 'parsed',
  negativePrompt,
  note,
  guidance,
  defaultSteps: steps,
  defaultGuidance: value,
  sources: {
    length: src.comfyFlux1Text,
    weights: `${src.comfyFlux1Text}; Forge: ${src.forgeT5}`,
    negative: src.comfyFlux1,
    defaults: src.comfyFlux1,
  },
});

/** ComfyUI's FLUX.2 tokenizers turn weights off: the brackets and the number are read as words. */
const comfyFlux2 = (negativePrompt: boolean, note: string, guidance: FrontEndFacts['guidance'], steps: number, value: number, defaults: string): FrontEndFacts => ({
  tokenLimit: null,
  truncation: 'none',
  weights: 'literal',
  negativePrompt,
  note,
  guidance,
  defaultSteps: steps,
  defaultGuidance: value,
  sources: { length: src.comfyFlux2Text, weights: src.comfyFlux2Text, negative: defaults, defaults },
});

/** FluxPipeline: cuts T5 at max_sequence_length and logs the part it dropped. */
const diffusersFlux1 = (tokenLimit: number, negativePrompt: boolean, note: string, guidance: FrontEndFacts['guidance'], steps: number, value: number, defaults: string): FrontEndFacts => ({
  tokenLimit,
  truncation: 'warning',
  weights: 'literal',
  negativePrompt,
  note,
  guidance,
  defaultSteps: steps,
  defaultGuidance: value,
  sources: { length: `${src.diffusersFlux} (max_sequence_length; a logged warning names the cut text)`, weights: src.diffusersFlux, negative: src.diffusersFlux, defaults },
});

/** Flux2Pipeline and Flux2KleinPipeline: the chat template's tokens count, and the cut is silent (truncation=True). */
const diffusersFlux2 = (source: string, negativePrompt: boolean, note: string, guidance: FrontEndFacts['guidance'], steps: number, value: number): FrontEndFacts => ({
  tokenLimit: 512,
  truncation: 'silent',
  weights: 'literal',
  negativePrompt,
  note,
  guidance,
  defaultSteps: steps,
  defaultGuidance: value,
  sources: { length: `${source} (max_sequence_length 512, truncation=True, no warning)`, weights: source, negative: source, defaults: source },
});

const noFrontEnds: FluxModel['frontEnds'] = { diffusers: null, comfyui: null, bflApi: null };

/**
 * What the models reached only through BFL's API share: no published text encoder, no negative
 * prompt, no local pipeline, and the API as their one front end.
 */
function apiOnly(encoderNote: string, tokenLimit: number | null, defaults: { steps: number; guidance: number } | null = null) {
  return {
    access: 'api',
    encoder: { kind: 'unpublished', description: encoderNote, source: 'not given by our sources' },
    acceptsNegativePrompt: noNegatives,
    diffusersPipeline: null,
    frontEnds: { ...noFrontEnds, bflApi: apiFront(tokenLimit, defaults) },
  } as const satisfies Partial<FluxModel>;
}

export type KleinSize = '4b' | '9b';
/** The Hugging Face repository name of a [klein] model. */
export const kleinRepo = (size: KleinSize, base: boolean) => `FLUX.2-klein-${base ? 'base-' : ''}${size.toUpperCase()}`;

/** A model with its id kept as a literal type, so ModelId is the union of the ids defined here. */
const model = <const Id extends string>(definition: FluxModel & { id: Id }) => definition;

type KleinId<Size extends KleinSize, Base extends boolean> = `flux2-klein-${Base extends true ? 'base-' : ''}${Size}`;

function klein<Size extends KleinSize, Base extends boolean>(size: Size, base: Base): FluxModel & { id: KleinId<Size, Base> } {
  const label = `FLUX.2 [klein] ${base ? 'base ' : ''}${size.toUpperCase()}`;
  return {
    id: `flux2-klein-${base ? 'base-' : ''}${size}` as KleinId<Size, Base>,
    name: label,
    family: 'FLUX.2',
    access: 'open-weights',
    encoder: {
      kind: 'qwen3',
      description: "Qwen3; the prompt is wrapped in Qwen3's chat template and the template's tokens count against 512",
      source: src.klein,
    },
    tokenLimit: { value: 512, source: src.klein },
    defaultSteps: base ? { value: 50, source: src.bflUtil } : { value: 4, source: `${src.bflUtil} (distilled)` },
    defaultGuidance: base ? { value: 4, source: src.bflUtil } : { value: 1, source: `${src.klein} (is_distilled: guidance is ignored)` },
    acceptsNegativePrompt: base
      ? { value: true, note: 'In ComfyUI: the official template runs CFG against a second text encode, the place for a negative prompt.', source: src.comfyKlein }
      : { value: false, note: 'Distilled: at CFG 1 a negative prompt does nothing. Describe what should be there instead.', source: `${src.comfyKlein}; ${src.klein}` },
    diffusersPipeline: 'Flux2KleinPipeline',
    frontEnds: {
      diffusers: diffusersFlux2(
        src.klein,
        false,
        base
          ? 'Flux2KleinPipeline takes no negative prompt text: above guidance 1 it runs real CFG against an empty prompt.'
          : 'Distilled [klein] has no negative prompt in diffusers.',
        base ? 'real-cfg' : 'none',
        base ? 50 : 4,
        base ? 4 : 1,
      ),
      comfyui: comfyFlux2(
        base,
        base ? 'The negative prompt goes in the second text encode; CFG above 1 makes it count.' : 'At CFG 1 a negative encode does nothing, so the template zeroes it out.',
        base ? 'real-cfg' : 'none',
        base ? 20 : 4,
        base ? 5 : 1,
        `${src.comfyKlein} (${base ? 'base: 20 steps at CFG 5' : 'distilled: 4 steps at CFG 1'})`,
      ),
      bflApi: base ? null : apiFront(32_000),
    },
  };
}

/** FLUX.1 [dev] and the models that load like it (Krea [dev]). */
function flux1Dev<const Id extends string>(id: Id, name: string, defaults: Pick<FluxModel, 'defaultSteps' | 'defaultGuidance'>): FluxModel & { id: Id } {
  return {
    id,
    name,
    family: 'FLUX.1',
    access: 'open-weights',
    encoder: {
      kind: 't5',
      description: "T5-v1.1-XXL (512 tokens) plus CLIP ViT-L/14 (77 tokens); CLIP's part barely changes the output",
      source: src.fluxUtil,
    },
    tokenLimit: { value: 512, source: src.fluxUtil },
    ...defaults,
    acceptsNegativePrompt: {
      value: true,
      note: 'Guidance-distilled: a negative prompt does nothing at CFG 1 (ComfyUI’s graph). diffusers’ FluxPipeline adds real CFG with negative_prompt and true_cfg_scale above 1, at twice the time.',
      source: `${src.distilled}; ${src.diffusersFlux}`,
    },
    diffusersPipeline: 'FluxPipeline',
    frontEnds: {
      diffusers: diffusersFlux1(
        512,
        true,
        'FluxPipeline runs real CFG against the negative prompt when true_cfg_scale is above 1 (each step runs twice).',
        'distilled',
        28,
        3.5,
        `${src.diffusersFlux} (num_inference_steps 28, guidance_scale 3.5)`,
      ),
      comfyui: comfyFlux1(false, `ComfyUI’s ${name} graph samples at CFG 1, where a negative prompt does nothing.`, 'distilled', 20, 3.5),
      bflApi: null,
    },
  };
}

const definitions = [
  model({
    id: 'flux1-schnell',
    name: 'FLUX.1 [schnell]',
    family: 'FLUX.1',
    access: 'open-weights',
    encoder: { kind: 't5', description: 'T5, up to 256 tokens (pass max_sequence_length=256 in diffusers)', source: src.diffusersFluxDocs },
    tokenLimit: { value: 256, source: `${src.diffusersFluxDocs} ([schnell]: max_sequence_length cannot be more than 256)` },
    defaultSteps: { value: 4, source: src.fluxCli },
    defaultGuidance: { value: 0, source: src.diffusersFluxDocs },
    acceptsNegativePrompt: noNegatives,
    diffusersPipeline: 'FluxPipeline',
    frontEnds: {
      diffusers: diffusersFlux1(
        256,
        false,
        '[schnell] runs without guidance, so a negative prompt has nothing to push against.',
        'none',
        4,
        0,
        `${src.diffusersFluxDocs} ([schnell]: 4 steps, guidance_scale 0, max_sequence_length 256)`,
      ),
      comfyui: comfyFlux1(false, '[schnell] runs without CFG, so a negative encode does nothing.', 'none', 4, null),
      bflApi: null,
    },
  }),
  flux1Dev('flux1-dev', 'FLUX.1 [dev]', {
    defaultSteps: { value: 50, source: `${src.fluxCli}; ${src.fluxDevCard}` },
    defaultGuidance: { value: 3.5, source: `${src.fluxDevCard}; ${src.fluxCli}` },
  }),
  flux1Dev('flux1-krea-dev', 'FLUX.1 Krea [dev]', {
    defaultSteps: unpublished('Default steps'),
    defaultGuidance: unpublished('Default guidance'),
  }),
  model({
    id: 'flux1-pro',
    name: 'FLUX.1 [pro]',
    family: 'FLUX.1',
    ...apiOnly('Not published', null),
    tokenLimit: unpublished('A token limit'),
    defaultSteps: unpublished('Default steps'),
    defaultGuidance: unpublished('Default guidance'),
  }),
  model({
    id: 'flux1.1-pro-ultra',
    name: 'FLUX1.1 [pro] Ultra',
    family: 'FLUX.1',
    ...apiOnly('Not published', null),
    tokenLimit: unpublished('A token limit'),
    defaultSteps: unpublished('Default steps'),
    defaultGuidance: unpublished('Default guidance'),
  }),
  model({
    id: 'flux1-redux-dev',
    name: 'FLUX.1 Redux [dev]',
    family: 'FLUX.1',
    access: 'open-weights',
    encoder: {
      kind: 'none',
      description: 'An image adapter for FLUX.1 [dev] and [schnell]: its image tokens are joined to your prompt’s T5 tokens',
      source: `${src.redux}; ${src.comfyFlux1}`,
    },
    tokenLimit: unpublished('A token limit'),
    defaultSteps: unpublished('Default steps'),
    defaultGuidance: unpublished('Default guidance'),
    acceptsNegativePrompt: noNegatives,
    diffusersPipeline: null,
    frontEnds: noFrontEnds,
  }),
  model({
    id: 'flux2-pro',
    name: 'FLUX.2 [pro]',
    family: 'FLUX.2',
    ...apiOnly('Not published for the API models', 32_000),
    tokenLimit: api32k,
    defaultSteps: unpublished('Default steps'),
    defaultGuidance: unpublished('Default guidance'),
  }),
  model({
    id: 'flux2-flex',
    name: 'FLUX.2 [flex]',
    family: 'FLUX.2',
    ...apiOnly('Not published for the API models', 32_000, { steps: 50, guidance: 4.5 }),
    tokenLimit: api32k,
    defaultSteps: { value: 50, source: `${src.endpoints} (1–50, default 50)` },
    defaultGuidance: { value: 4.5, source: `${src.endpoints} (1.5–10, default 4.5; ${src.skills} suggests 7 for typography)` },
  }),
  model({
    id: 'flux2-dev',
    name: 'FLUX.2 [dev]',
    family: 'FLUX.2',
    access: 'open-weights',
    encoder: {
      kind: 'mistral',
      description: 'Mistral Small 3.1; the prompt is wrapped in a chat template with a system message, whose tokens count against 512',
      source: src.diffusersFlux2,
    },
    tokenLimit: { value: 512, source: src.diffusersFlux2 },
    defaultSteps: { value: 50, source: `${src.flux2DevNotes} (28 "can be a good trade-off")` },
    defaultGuidance: { value: 4, source: src.flux2DevNotes },
    acceptsNegativePrompt: noNegatives,
    diffusersPipeline: 'Flux2Pipeline',
    frontEnds: {
      diffusers: diffusersFlux2(
        src.diffusersFlux2,
        false,
        'FLUX.2 [dev] is guidance-distilled: Flux2Pipeline feeds guidance to the model and has no negative prompt.',
        'distilled',
        50,
        4,
      ),
      comfyui: comfyFlux2(
        false,
        'FLUX.2 [dev] is guidance-distilled: its graph has no negative input.',
        'distilled',
        20,
        4,
        `${src.comfyFlux2} (20 steps); guidance 4 as in ${src.flux2DevNotes}`,
      ),
      bflApi: null,
    },
  }),
  klein('4b', false),
  klein('9b', false),
  klein('4b', true),
  klein('9b', true),
];

/** Model ids as a union, derived from the definitions (as FragmentId is from the fragments), so a typo is a type error. */
export type ModelId = (typeof definitions)[number]['id'];
/** Every model id, in the order of the definitions. */
export const modelIds = definitions.map((definition) => definition.id) as unknown as readonly [ModelId, ...ModelId[]];

/**
 * The model every tool starts on (the builder, the diff's checker, the upgrade), so a prompt
 * carried from one tool to the next is read the same way: FLUX.2 [klein] 9B, whose weights
 * anyone can download and which finishes in four steps.
 */
export const DEFAULT_MODEL_ID: ModelId = 'flux2-klein-9b';

/** The models, in the order of `modelIds`; validated at build time and in the tests (./schema). */
export const models: readonly (FluxModel & { id: ModelId })[] = Object.freeze([...definitions]);

export function getModel(id: ModelId): FluxModel {
  const model = models.find((m) => m.id === id);
  if (!model) throw new Error(`Unknown model id "${id}". Known: ${models.map((m) => m.id).join(', ')}`);
  return model;
}
