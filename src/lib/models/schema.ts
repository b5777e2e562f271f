import '../zod-setup';
import { z } from 'zod';

/** The model schema. It runs at build time and in the tests (../checks.ts), never in the browser. */

export const TextEncoderSchema = z.enum(['t5', 'qwen3', 'mistral', 'none', 'unpublished']);

const SourcedNumber = z.object({ value: z.number().nullable(), source: z.string().min(3) });

/** What one front end does with the prompt's length, `(word:1.2)` weights and a negative prompt. */
export const FrontEndFactsSchema = z.object({
  /** Prompt tokens read before the rest is cut; null where that front end does not cut (or no source says). */
  tokenLimit: z.number().nullable(),
  /** `literal`: the brackets and numbers are read as words; `parsed`: the front end scales those words' embeddings. */
  weights: z.enum(['literal', 'parsed']),
  negativePrompt: z.boolean(),
  /** One sentence a reader can act on, about negatives (shown where the negative field is hidden or ignored). */
  note: z.string(),
  source: z.string().min(3),
});

/** The file a ComfyUI workflow loads, and the folder under ComfyUI/models/ it goes in. */
const ComfyFileSchema = z.object({
  file: z.string().regex(/\.safetensors$/),
  folder: z.enum(['diffusion_models', 'text_encoders', 'vae']),
  /** False where only community graphs name the file (no official template or example does). */
  official: z.boolean(),
});

export const RunFactsSchema = z.object({
  /** The settings a run starts from, and whether the reader may change them. */
  /** null where the model takes no steps or guidance at all (BFL picks them on the API). */
  steps: z.object({ value: z.number().int().positive(), min: z.number().int(), max: z.number().int(), fixed: z.boolean() }).nullable(),
  guidance: z.object({ value: z.number(), min: z.number(), max: z.number(), fixed: z.boolean() }).nullable(),
  /** Why steps or guidance are fixed or absent; empty where both can be changed. */
  fixedReason: z.string(),
  comfyui: z
    .object({
      /** Which official graph the workflow follows (see src/lib/run/comfyui.ts). */
      graph: z.enum(['flux2-distilled', 'flux2-cfg', 'flux2-guidance', 'flux1']),
      diffusionModel: ComfyFileSchema,
      textEncoders: z.array(ComfyFileSchema).min(1),
      vae: ComfyFileSchema,
      source: z.string().min(3),
    })
    .nullable(),
  diffusers: z
    .object({
      pipeline: z.string(),
      repo: z.string().regex(/^black-forest-labs\/[A-Za-z0-9.-]+$/),
      maxSequenceLength: z.number().int().positive(),
      /** How a negative prompt reaches this pipeline: FluxPipeline's `negative_prompt` + `true_cfg_scale`, or not at all. */
      negative: z.enum(['true-cfg', 'none']),
      source: z.string().min(3),
    })
    .nullable(),
  bflApi: z
    .object({
      endpoint: z.string().regex(/^\/v1\/[a-z0-9.-]+$/),
      /** Ultra takes an aspect ratio; the FLUX.2 endpoints take width and height. */
      size: z.enum(['width-height', 'aspect-ratio']),
      /** Body fields beyond prompt, size and seed that this endpoint documents and the export sends. */
      extra: z.array(z.enum(['raw', 'steps', 'guidance'])),
      source: z.string().min(3),
    })
    .nullable(),
});

export const ModelSchema = z.object({
  id: z.string().regex(/^[a-z0-9.-]+$/),
  name: z.string(),
  family: z.enum(['FLUX.1', 'FLUX.2']),
  /** Open weights you can run yourself, or only through BFL's API. */
  access: z.enum(['open-weights', 'api']),
  purpose: z.string(),
  licence: z.object({ name: z.string(), commercial: z.boolean(), url: z.url(), source: z.string().min(3) }),
  encoder: z.object({ kind: TextEncoderSchema, description: z.string(), source: z.string() }),
  /** Prompt tokens the encoder reads before it silently truncates. */
  tokenLimit: SourcedNumber,
  defaultSteps: SourcedNumber,
  /** Guidance scale; `null` where the model ignores it or no source gives one. */
  defaultGuidance: SourcedNumber,
  /** True where at least one front end honours a negative prompt for this model (see frontEnds for which). */
  acceptsNegativePrompt: z.object({ value: z.boolean(), note: z.string(), source: z.string() }),
  /** The diffusers pipeline class, where the reference names one. */
  diffusersPipeline: z.string().nullable(),
  /** Per front end: what happens to length, weights and negatives (null where the model does not run there). */
  frontEnds: z.object({ diffusers: FrontEndFactsSchema.nullable(), comfyui: FrontEndFactsSchema.nullable(), bflApi: FrontEndFactsSchema.nullable() }),
  /** How to run it from a text prompt; null for a model that takes no text (Redux) or whose endpoint our sources do not give. */
  run: RunFactsSchema.nullable(),
  notes: z.array(z.string()),
});
