import '../zod-setup';
import { z } from 'zod/mini';
import { structuredToPrompt, type StructuredPrompt } from './export';

/**
 * Schemas for the export formats in ./export. Parsing a pasted JSON prompt needs zod, so the
 * builder imports this module when the reader asks to use one.
 */

/**
 * FLUX.2's structured prompt keys, as BFL documents them (docs.bfl.ai/guides/prompting_guide_flux2:
 * scene, subjects with description/position/action, style, color_palette, lighting, mood,
 * background, composition, camera; the camera's lens-mm, f-number and ISO are BFL's example's).
 */
const optionalText = z.optional(z.string());
const optionalNumberOrText = z.optional(z.union([z.number(), z.string()]));

export const StructuredPromptSchema = z.strictObject({
  scene: optionalText,
  subjects: z.optional(
    z.array(
      z.strictObject({
        description: z.string(),
        position: optionalText,
        action: optionalText,
      }),
    ),
  ),
  style: optionalText,
  color_palette: z.optional(z.array(z.string())),
  lighting: optionalText,
  mood: optionalText,
  background: optionalText,
  composition: optionalText,
  camera: z.optional(
    z.strictObject({
      angle: optionalText,
      lens: optionalText,
      depth_of_field: optionalText,
      'lens-mm': optionalNumberOrText,
      'f-number': optionalText,
      ISO: optionalNumberOrText,
    }),
  ),
}) satisfies z.ZodMiniType<StructuredPrompt>;

/** Reads JSON text as a structured prompt and flattens it; any input gives a prompt or a clear message. */
export function parseStructuredPrompt(
  text: string,
): { ok: true; prompt: string; structured: StructuredPrompt } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `This is not valid JSON: ${(error as Error).message}` };
  }
  const parsed = StructuredPromptSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? `“${issue.path.join('.')}”` : 'the top level';
    return { ok: false, error: `This JSON is not a FLUX.2 structured prompt: at ${where}, ${issue.message}.` };
  }
  const prompt = structuredToPrompt(parsed.data);
  if (!prompt) return { ok: false, error: 'This structured prompt has no text in it.' };
  return { ok: true, prompt, structured: parsed.data };
}
