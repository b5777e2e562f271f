import '../zod-setup';
import { z } from 'zod';
import { pillars, promptSlots, referenceFiles } from './types';

/**
 * The catalogue's schemas. They run at build time and in the tests (../checks.ts), never in
 * the browser, so they use zod's full API.
 */

export const SourceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('seed'),
    /** The seed article's section heading the phrase comes from. */
    section: z.string().min(3),
  }),
  z.object({
    kind: z.literal('reference'),
    file: z.enum(referenceFiles),
    /** The primary source the reference file cites for this fact. */
    url: z.url(),
  }),
]);

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const FragmentSchema = z
  .object({
    id: z.string(),
    pillar: z.enum(pillars),
    slot: z.enum(promptSlots),
    label: z.string().min(2).max(60),
    /** The exact words a reader copies into a prompt. */
    text: z
      .string()
      .min(2)
      .refine((t) => t === t.trim() && !/[,.;]$/.test(t), 'text has no surrounding spaces or trailing punctuation'),
    /** One sentence: what these words do to the image. */
    does: z.string().min(10).regex(/[.!?]$/, 'does is a full sentence'),
    tags: z.array(z.string().min(1)).optional(),
    conflictsWith: z.array(z.string()).optional(),
    /** Vague phrases this fragment improves on, lower case (e.g. "blurry background"). */
    replaces: z.array(z.string().min(2).regex(/^[^A-Z]*$/, 'replaces is lower case')).optional(),
    source: SourceSchema,
  })
  .superRefine((fragment, ctx) => {
    const [prefix, slug, ...rest] = fragment.id.split('.');
    if (prefix !== fragment.pillar || !slug || rest.length > 0 || !slugPattern.test(slug)) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `id "${fragment.id}" must be "${fragment.pillar}.<kebab-case-slug>"`,
      });
    }
  });
