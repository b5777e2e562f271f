import '../zod-setup';
import { z } from 'zod';

/** The model schema. It runs at build time and in the tests (../checks.ts), never in the browser. */

export const TextEncoderSchema = z.enum(['t5', 'qwen3', 'mistral', 'none', 'unpublished']);

const SourcedNumber = z.object({ value: z.number().nullable(), source: z.string().min(3) });

export const ModelSchema = z.object({
  id: z.string().regex(/^[a-z0-9.-]+$/),
  name: z.string(),
  family: z.enum(['FLUX.1', 'FLUX.2']),
  /** Open weights you can run yourself, or only through BFL's API. */
  access: z.enum(['open-weights', 'api']),
  purpose: z.string(),
  encoder: z.object({ kind: TextEncoderSchema, description: z.string(), source: z.string() }),
  /** Prompt tokens the encoder reads before it silently truncates. */
  tokenLimit: SourcedNumber,
  defaultSteps: SourcedNumber,
  /** Guidance scale; `null` where the model ignores it or no source gives one. */
  defaultGuidance: SourcedNumber,
  acceptsNegativePrompt: z.object({ value: z.boolean(), note: z.string(), source: z.string() }),
  /** The diffusers pipeline class, where the reference names one. */
  diffusersPipeline: z.string().nullable(),
  notes: z.array(z.string()),
});
