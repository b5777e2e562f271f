import type { z } from 'zod';
import type { ModelSchema, TextEncoderSchema } from './schema';

/**
 * The FLUX models the guide covers. Every figure names its source (from
 * shared/reference/flux-prompting-facts.md); a figure no source gives is `null`,
 * and the guide says "not published" rather than guess.
 */

export type TextEncoder = z.infer<typeof TextEncoderSchema>;
export type FluxModel = z.infer<typeof ModelSchema>;

const src = {
  fluxCli: 'black-forest-labs/flux, src/flux/cli.py; diffusers Flux docs',
  fluxUtil: 'black-forest-labs/flux, src/flux/util.py; huggingface/diffusers#9763',
  flux2Blog: 'https://huggingface.co/blog/flux-2; diffusers pipeline_flux2.py',
  klein: 'diffusers src/diffusers/pipelines/flux2/pipeline_flux2_klein.py',
  flux2Overview: 'https://docs.bfl.ai/flux_2/flux2_overview',
  unifiedBuilding: 'https://docs.bfl.ai/guides/prompting_unified_building',
  skills: 'github.com/black-forest-labs/skills, skills/flux-best-practices/AGENTS.md',
  ultraRaw: 'https://docs.bfl.ai/flux_models/flux_1_1_pro_ultra_raw',
  redux: 'black-forest-labs/flux, docs/image-variation.md',
  negatives: 'https://docs.bfl.ai/guides/prompting_guide_flux2; https://docs.bfl.ai/guides/prompting_unified_technical',
  distilled: 'mcmonkeyprojects/SwarmUI#204; huggingface/diffusers#9445',
  seed: 'seed article, "Start Creating Photorealistic Images"',
} as const;

const unpublished = (what: string) => ({ value: null, source: `${what} not given by our sources` });
const noNegatives = { value: false, note: 'FLUX has no negative prompt: describe what should fill the space instead.', source: src.negatives };
const api32k = { value: 32_000, source: `${src.unifiedBuilding} (FLUX.2 API prompt length, up to 32K tokens)` };

const definitions: FluxModel[] = [
  {
    id: 'flux1-schnell',
    name: 'FLUX.1 [schnell]',
    family: 'FLUX.1',
    access: 'open-weights',
    purpose: 'Fast drafts in four steps.',
    encoder: { kind: 't5', description: 'T5, max_sequence_length 256', source: src.fluxCli },
    tokenLimit: { value: 256, source: src.fluxCli },
    defaultSteps: { value: 4, source: src.fluxCli },
    defaultGuidance: { value: 0, source: src.fluxCli },
    acceptsNegativePrompt: noNegatives,
    diffusersPipeline: 'FluxPipeline',
    notes: ['Guidance is fixed at 0: the model is timestep-distilled.'],
  },
  {
    id: 'flux1-dev',
    name: 'FLUX.1 [dev]',
    family: 'FLUX.1',
    access: 'open-weights',
    purpose: 'The open FLUX.1 model for quality work and fine-tuning.',
    encoder: {
      kind: 't5',
      description: "T5-v1.1-XXL (512 tokens) plus CLIP ViT-L/14 (77 tokens); CLIP's part barely changes the output",
      source: src.fluxUtil,
    },
    tokenLimit: { value: 512, source: src.fluxUtil },
    defaultSteps: { value: 50, source: src.fluxCli },
    defaultGuidance: { value: 3.5, source: src.fluxCli },
    acceptsNegativePrompt: {
      value: false,
      note: 'Guidance-distilled: a negative prompt does nothing at CFG 1. diffusers later added an optional "true CFG" mode.',
      source: src.distilled,
    },
    diffusersPipeline: 'FluxPipeline',
    notes: [],
  },
  {
    id: 'flux1-pro',
    name: 'FLUX.1 [pro]',
    family: 'FLUX.1',
    access: 'api',
    purpose: "BFL's hosted FLUX.1 model.",
    encoder: { kind: 'unpublished', description: 'Not published', source: 'not given by our sources' },
    tokenLimit: unpublished('A token limit'),
    defaultSteps: unpublished('Default steps'),
    defaultGuidance: unpublished('Default guidance'),
    acceptsNegativePrompt: noNegatives,
    diffusersPipeline: null,
    notes: [],
  },
  {
    id: 'flux1.1-pro-ultra',
    name: 'FLUX1.1 [pro] Ultra',
    family: 'FLUX.1',
    access: 'api',
    purpose: 'High-resolution images up to 4 megapixels; raw mode for a less synthetic look.',
    encoder: { kind: 'unpublished', description: 'Not published', source: 'not given by our sources' },
    tokenLimit: unpublished('A token limit'),
    defaultSteps: unpublished('Default steps'),
    defaultGuidance: unpublished('Default guidance'),
    acceptsNegativePrompt: noNegatives,
    diffusersPipeline: null,
    notes: ['`raw: true` gives a less synthetic, more natural look (source: ' + src.ultraRaw + ').'],
  },
  {
    id: 'flux1-redux-dev',
    name: 'FLUX.1 Redux [dev]',
    family: 'FLUX.1',
    access: 'open-weights',
    purpose: "Variations of a reference image that keep its lighting and materials (the seed article's use).",
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
    notes: ['Named in the seed article for image variations from one creative direction.'],
  },
  {
    id: 'flux2-pro',
    name: 'FLUX.2 [pro]',
    family: 'FLUX.2',
    access: 'api',
    purpose: "BFL's hosted FLUX.2 model.",
    encoder: { kind: 'unpublished', description: 'Not published for the API models', source: 'not given by our sources' },
    tokenLimit: api32k,
    defaultSteps: unpublished('Default steps'),
    defaultGuidance: unpublished('Default guidance'),
    acceptsNegativePrompt: noNegatives,
    diffusersPipeline: null,
    notes: [],
  },
  {
    id: 'flux2-flex',
    name: 'FLUX.2 [flex]',
    family: 'FLUX.2',
    access: 'api',
    purpose: 'Adjustable steps and guidance; the FLUX.2 choice for typography.',
    encoder: { kind: 'unpublished', description: 'Not published for the API models', source: 'not given by our sources' },
    tokenLimit: api32k,
    defaultSteps: { value: 50, source: `${src.skills} (adjustable 1–50; 50 for typography)` },
    defaultGuidance: { value: 7, source: `${src.skills} (adjustable 1.5–10; 7 for typography)` },
    acceptsNegativePrompt: noNegatives,
    diffusersPipeline: null,
    notes: ['Steps 1–50 and guidance 1.5–10 are adjustable; the figures shown are the typography settings.', 'Takes up to 8 reference images through the API.'],
  },
  {
    id: 'flux2-dev',
    name: 'FLUX.2 [dev]',
    family: 'FLUX.2',
    access: 'open-weights',
    purpose: 'The open FLUX.2 model.',
    encoder: { kind: 'mistral', description: 'Mistral Small 3.1; diffusers max_sequence_length 512', source: src.flux2Blog },
    tokenLimit: { value: 512, source: src.flux2Blog },
    defaultSteps: { value: 50, source: 'diffusers pipeline_flux2.py' },
    defaultGuidance: { value: 4, source: 'diffusers pipeline_flux2.py' },
    acceptsNegativePrompt: noNegatives,
    diffusersPipeline: 'Flux2Pipeline',
    notes: ['6 reference images recommended.'],
  },
  ...(['4b', '9b'] as const).map(
    (size): FluxModel => ({
      id: `flux2-klein-${size}`,
      name: `FLUX.2 [klein] ${size.toUpperCase()}`,
      family: 'FLUX.2',
      access: 'open-weights',
      purpose:
        size === '4b'
          ? 'The lighter FLUX.2 model with LoRA support: faster iteration when comparing prompt variations (seed article).'
          : 'FLUX.2 with LoRA adapters for trained styles while keeping its photorealism (seed article).',
      encoder: {
        kind: 'qwen3',
        description: "Qwen3; the prompt is wrapped in Qwen3's chat template and the template's tokens count against 512",
        source: src.klein,
      },
      tokenLimit: { value: 512, source: src.klein },
      defaultSteps: { value: 50, source: `${src.klein} (base model; the distilled model uses 4)` },
      defaultGuidance: { value: 4, source: `${src.klein} (base model, real CFG against an empty negative; the distilled model ignores guidance)` },
      acceptsNegativePrompt: noNegatives,
      diffusersPipeline: 'Flux2KleinPipeline',
      notes: [
        'No prompt upsampling: what you write is what you get, so be descriptive (' + src.flux2Overview + ').',
        'Up to 4 reference images.',
        'Figures are for the base model; the distilled model uses 4 steps and ignores guidance.',
      ],
    }),
  ),
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
] as const;
export type ModelId = (typeof modelIds)[number];

/** The models, in the order of `modelIds`; validated at build time and in the tests (./validate). */
export const models = Object.freeze([...definitions]) as readonly (FluxModel & { id: ModelId })[];

export function getModel(id: ModelId): FluxModel {
  const model = models.find((m) => m.id === id);
  if (!model) throw new Error(`Unknown model id "${id}". Known: ${models.map((m) => m.id).join(', ')}`);
  return model;
}
