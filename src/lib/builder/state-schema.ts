import '../zod-setup';
import { z } from 'zod/mini';
import { isFragmentId } from '../fragments';
import { promptSlots } from '../fragments/types';
import { modelIds } from '../models';
import { getTemplate, isTemplateId, resolveValues } from '../templates';
import { BUILDER_FILL_NAME_MAX, BUILDER_PART_LIMIT, BUILDER_TEXT_MAX, type BuilderState } from './state';

/**
 * The builder state's schema, for outside input only: share links (./parse-query) and saved
 * prompts (./saved-schema). The builder imports these on demand, so a first visit loads no zod.
 */

const fragmentIdSchema = z.string().check(z.refine(isFragmentId, { error: (issue) => `unknown fragment id "${String(issue.input)}"` }));

export const BuilderPartSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fragment'), id: fragmentIdSchema }),
  z.object({ kind: z.literal('text'), text: z.string().check(z.trim(), z.minLength(1), z.maxLength(BUILDER_TEXT_MAX)), slot: z.enum(promptSlots) }),
  z.object({ kind: z.literal('fill'), name: z.string().check(z.minLength(1), z.maxLength(BUILDER_FILL_NAME_MAX)) }),
]);

export const BuilderStateSchema = z
  .object({
    model: z.enum(modelIds),
    template: z.nullable(z.string()),
    values: z.record(z.string(), z.string()),
    parts: z.array(BuilderPartSchema).check(z.maxLength(BUILDER_PART_LIMIT)),
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
