import '../zod-setup';
import { z } from 'zod';

/** The realism pillars a fragment belongs to. `text` is text rendered inside the image. */
export const pillars = ['skin', 'light', 'material', 'lens', 'color', 'scene', 'macro', 'text'] as const;
export type Pillar = (typeof pillars)[number];

/**
 * Where a fragment sits in a composed prompt. BFL's guidance front-loads what matters most:
 * subject, action, style, context, then camera, lighting, colour and finer details.
 */
export const promptSlots = ['subject', 'action', 'style', 'context', 'camera', 'lighting', 'color', 'details'] as const;
export type PromptSlot = (typeof promptSlots)[number];

/** The two shared reference files, by name. */
export const referenceFiles = ['flux-prompting-facts.md', 'photo-optics-facts.md'] as const;

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
export type FragmentSource = z.infer<typeof SourceSchema>;

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

/** What a catalogue file writes: the schema's input, with `id` kept literal for the FragmentId union. */
export type FragmentDefinition = z.input<typeof FragmentSchema>;
export type Fragment = z.output<typeof FragmentSchema>;

/** Keeps each id as a string literal so that the catalogue's ids form a TypeScript union. */
export function defineFragments<const T extends readonly FragmentDefinition[]>(definitions: T): T {
  return definitions;
}
