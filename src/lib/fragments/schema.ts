import '../zod-setup';
import { z } from 'zod';
import { pillars, promptSlots, type Fragment, type FragmentSource } from './types';
import { sensorIds } from '../optics/sensors';
import { entryName, validateEntries } from '../validation';

/**
 * The catalogue's schemas. They run at build time and in the tests (../checks.ts), never in
 * the browser, so they use zod's full API. The types are written once, in ./types; `satisfies`
 * keeps each schema in step with its type.
 */

export const SourceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('article'),
    /** The heading of the section of PicassoIA's article the phrase comes from. */
    section: z.string().min(3),
  }),
  z.object({
    kind: z.literal('reference'),
    /** The primary source of this documented fact. */
    url: z.url(),
  }),
  z.object({
    kind: z.literal('web'),
    /** A public page read for this fact (a photographic reference, a model's issue tracker). */
    url: z.url({ protocol: /^https?$/ }),
  }),
]) satisfies z.ZodType<FragmentSource>;

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
    /**
     * The lens a fragment names, as numbers, so the tests can hold its words to the optics
     * library (a crop sensor's full-frame equivalent, for instance) and give every named lens a
     * conflict with every other.
     */
    optics: z
      .object({
        focalLengthMm: z.number().positive(),
        fNumber: z.number().positive().optional(),
        sensor: z.enum(sensorIds),
      })
      .optional(),
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
  }) satisfies z.ZodType<Fragment>;

/**
 * Checks a catalogue: every entry against the schema, ids unique, conflicts pointing at real
 * ids. Throws with the entry at fault. Runs at build time and in the tests, not in the browser.
 */
export function validateFragments(input: readonly unknown[]): void {
  const parsed = validateEntries('fragment', FragmentSchema, input, entryName('Fragment'));
  const ids = new Set(parsed.map((fragment) => fragment.id));
  for (const fragment of parsed) {
    for (const other of fragment.conflictsWith ?? []) {
      if (!ids.has(other)) throw new Error(`Fragment "${fragment.id}" conflicts with unknown id "${other}"`);
    }
  }
}
