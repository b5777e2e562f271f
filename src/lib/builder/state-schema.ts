import '../zod-setup';
import { z } from 'zod/mini';
import { modelIds } from '../models';
import { BUILDER_PART_LIMIT, NEGATIVE_MAX } from '../limits';
import { getTemplate, isTemplateId, resolveValues } from '../templates';
import { checkBuilderPart, type BuilderPart, type BuilderState } from './state';

/**
 * The builder state's schema, for outside input only: share links (./share-parse) and saved
 * prompts (./saved-schema). The builder imports these on demand, so a first visit loads no zod.
 */

/**
 * A part's shape; its rules (known fragment, text length, slot, name length) are checkBuilderPart's,
 * the same function the builder runs on what the reader adds, so the rules are written once.
 */
export const BuilderPartSchema = z.pipe(
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('fragment'), id: z.string() }),
    z.object({ kind: z.literal('text'), text: z.string(), slot: z.string() }),
    z.object({ kind: z.literal('fill'), name: z.string() }),
  ]),
  z.transform((part, ctx) => {
    try {
      return checkBuilderPart(part as BuilderPart);
    } catch (error) {
      ctx.issues.push({ code: 'custom', message: (error as Error).message, input: part });
      return z.NEVER;
    }
  }),
);

/**
 * Run options as a share link or saved prompt carries them. Ranges depend on the model, so they
 * are fitted afterwards (fitRunOptions); options that are not even the right shape are dropped
 * (the model's defaults apply) rather than costing the reader the whole prompt.
 */
export const RunOptionsSchema = z.object({
  width: z.number(),
  height: z.number(),
  seed: z.number(),
  steps: z.optional(z.number()),
  guidance: z.optional(z.number()),
  negativePrompt: z.optional(z.string().check(z.maxLength(NEGATIVE_MAX))),
  gpuMemoryGb: z.optional(z.number()),
  promptUpsampling: z.optional(z.boolean()),
});

export const BuilderStateSchema = z
  .object({
    model: z.enum(modelIds),
    template: z.nullable(z.string()),
    values: z.record(z.string(), z.string()),
    parts: z.array(BuilderPartSchema).check(z.maxLength(BUILDER_PART_LIMIT)),
    run: z.optional(z.catch(z.optional(RunOptionsSchema), undefined)),
    // A shape this version does not know is dropped (the run starts square) rather than the prompt.
    shape: z.optional(z.catch(z.optional(z.enum(['portrait', 'landscape'])), undefined)),
  })
  .check(
    z.superRefine((state, ctx) => {
      if (state.template === null) {
        if (state.parts.some((p) => p.kind === 'fill')) ctx.addIssue({ code: 'custom', message: 'slot parts need a template' });
        return;
      }
      if (!isTemplateId(state.template)) {
        ctx.addIssue({ code: 'custom', path: ['template'], message: `unknown template "${state.template}"` });
        return;
      }
      const template = getTemplate(state.template);
      try {
        resolveValues(template, state.values);
      } catch (error) {
        ctx.addIssue({ code: 'custom', path: ['values'], message: (error as Error).message });
      }
      for (const part of state.parts) {
        if (part.kind === 'fill' && !(part.name in template.slots)) {
          ctx.addIssue({ code: 'custom', path: ['parts'], message: `template "${template.id}" has no slot "${part.name}"` });
        }
      }
    }),
  );

/** Parses unknown data as a builder state: the state, or a readable reason. Never throws. */
export function parseBuilderState(data: unknown): { ok: true; state: BuilderState } | { ok: false; error: string } {
  const result = BuilderStateSchema.safeParse(data);
  if (!result.success) return { ok: false, error: result.error.issues[0]?.message ?? 'not a builder state' };
  return { ok: true, state: result.data as BuilderState };
}
