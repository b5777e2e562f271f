import '../zod-setup';
import { z } from 'zod';
import type { FluxModel, FrontEndFacts, ModelAbout, TextEncoder } from './types';
import { parseOrThrow, validateEntries } from '../validation';
import { modelAbout } from './about';
import { modelIds, models } from './definitions';

/** The model schema. It runs at build time and in the tests (../checks.ts), never in the browser. */

export const TextEncoderSchema = z.enum(['t5', 'qwen3', 'mistral', 'none', 'unpublished']) satisfies z.ZodType<TextEncoder>;

const SourcedNumber = z.object({ value: z.number().nullable(), source: z.string().min(3) });

const sourceText = z.string().min(3);

/** What one front end does with a model's prompt (see FrontEndFacts in ./types). */
export const FrontEndFactsSchema = z.object({
  tokenLimit: z.number().nullable(),
  truncation: z.enum(['warning', 'silent', 'none']),
  weights: z.enum(['literal', 'parsed']),
  negativePrompt: z.boolean(),
  note: z.string(),
  guidance: z.enum(['distilled', 'real-cfg', 'none']).nullable(),
  defaultSteps: z.number().int().positive().nullable(),
  defaultGuidance: z.number().nonnegative().nullable(),
  sources: z.object({ length: sourceText, weights: sourceText, negative: sourceText, defaults: sourceText }),
}) satisfies z.ZodType<FrontEndFacts>;

export const ModelSchema = z.object({
  id: z.string().regex(/^[a-z0-9.-]+$/),
  name: z.string(),
  family: z.enum(['FLUX.1', 'FLUX.2']),
  /** Open weights you can run yourself, or only through BFL's API. */
  access: z.enum(['open-weights', 'api']),
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
}) satisfies z.ZodType<FluxModel>;

/** What the model table tells a reader (./about). */
export const ModelAboutSchema = z.object({
  purpose: z.string().min(5),
  licence: z.object({ name: z.string(), commercial: z.boolean(), url: z.url(), source: z.string().min(3), gated: z.boolean() }),
  notes: z.array(z.string()),
}) satisfies z.ZodType<ModelAbout>;

/** Checks every model and its description against the schemas, and that `modelIds` lists them in order. Runs at build time and in the tests. */
export function validateModels(input: readonly unknown[] = models): void {
  if (input.length !== modelIds.length) throw new Error(`${input.length} models but ${modelIds.length} model ids`);
  const parsed = validateEntries('model', ModelSchema, input, (_, i) => `Model #${i}`);
  parsed.forEach((model, i) => {
    if (model.id !== modelIds[i]) throw new Error(`Model ${i} is "${model.id}", expected "${modelIds[i]}"`);
    parseOrThrow(ModelAboutSchema, modelAbout[modelIds[i]!], `The description of model "${modelIds[i]}"`);
  });
}
