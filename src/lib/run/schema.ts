import '../zod-setup';
import { z } from 'zod';
import { parseOrThrow } from '../validation';
import { modelIds } from '../models';
import { runFactsByModel } from './facts';
import type { RunFacts } from './types';

/** The run facts' schema. It runs at build time and in the tests (../checks.ts), never in the browser. */

/** The file a ComfyUI workflow loads, and the folder under ComfyUI/models/ it goes in. */
const ComfyFileSchema = z.object({
  file: z.string().regex(/\.safetensors$/),
  folder: z.enum(['diffusion_models', 'text_encoders', 'vae']),
  /** False where only community graphs name the file (no official template or example does). */
  official: z.boolean(),
  url: z.url().startsWith('https://huggingface.co/'),
  gated: z.boolean(),
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
      lowMemory: z
        .object({
          belowGb: z.number().positive(),
          diffusionModel: ComfyFileSchema.nullable(),
          weightDtype: z.enum(['default', 'fp8_e4m3fn']),
          textEncoders: z.array(ComfyFileSchema).nullable(),
          source: z.string().min(3),
        })
        .nullable(),
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
      memory: z.object({
        wholeGb: z.number().positive(),
        largestPartGb: z.number().positive(),
        fourBit: z.object({ repo: z.string().regex(/^[A-Za-z0-9-]+\/[A-Za-z0-9.-]+$/), gb: z.number().positive(), source: z.string().min(3) }).nullable(),
        source: z.string().min(3),
      }),
      source: z.string().min(3),
    })
    .nullable(),
  bflApi: z
    .object({
      endpoint: z.string().regex(/^\/v1\/[a-z0-9.-]+$/),
      /** Ultra takes an aspect ratio; the FLUX.2 endpoints take width and height. */
      size: z.enum(['width-height', 'aspect-ratio']),
      maxSide: z.number().int().positive().nullable(),
      /** Body fields beyond prompt, size and seed that this endpoint documents and the export sends. */
      extra: z.array(z.enum(['raw', 'steps', 'guidance', 'prompt_upsampling'])),
      source: z.string().min(3),
    })
    .nullable(),
}) satisfies z.ZodType<RunFacts>;

/** Checks the run facts of every model. */
export function validateRunFacts(facts: Readonly<Record<string, unknown>> = runFactsByModel): void {
  for (const id of modelIds) {
    if (!(id in facts)) throw new Error(`No run facts for model "${id}"`);
    parseOrThrow(RunFactsSchema.nullable(), facts[id], `The run facts of "${id}"`);
  }
}
