import '../zod-setup';
import { z } from 'zod';
import { pillars, promptSlots } from '../fragments/types';
import { SourceSchema } from '../fragments/schema';
import { isFragmentId } from '../fragments';
import { modelIds } from '../models';
import { SLOT_TEXT_MAX } from '../limits';
import type { TemplateNotes } from './types';
import { entryName, parseOrThrow, validateEntries } from '../validation';
import { templateNotes } from './notes';
import type { TemplateDefinition } from './types';

/** The template schema. It runs at build time and in the tests (../checks.ts), never in the browser. */

const fragmentIdSchema = z.string().refine(isFragmentId, { error: (issue) => `unknown fragment id "${String(issue.input)}"` });

const SlotSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    label: z.string().min(2),
    hint: z.string().min(3),
    default: z.string().trim().min(1).max(SLOT_TEXT_MAX),
    position: z.enum(promptSlots),
  }),
  z.object({
    kind: z.literal('choice'),
    label: z.string().min(2),
    default: fragmentIdSchema,
    choices: z.array(fragmentIdSchema).min(2),
  }),
]);

export const TemplateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    title: z.string().min(3),
    pillars: z.array(z.enum(pillars)).min(1),
    models: z.array(z.enum(modelIds)).min(1),
    slots: z.record(z.string().regex(/^[a-z][a-zA-Z]*$/), SlotSchema),
    body: z.array(z.union([fragmentIdSchema, z.object({ fill: z.string() })])).min(2),
    shape: z.enum(['portrait', 'landscape']).optional(),
  })
  .superRefine((template, ctx) => {
    const filled = template.body.flatMap((part) => (typeof part === 'string' ? [] : [part.fill]));
    for (const name of filled) {
      if (!(name in template.slots)) ctx.addIssue({ code: 'custom', path: ['body'], message: `body fills unknown slot "${name}"` });
    }
    for (const [name, slot] of Object.entries(template.slots)) {
      if (filled.filter((n) => n === name).length !== 1) {
        ctx.addIssue({ code: 'custom', path: ['slots', name], message: `slot "${name}" must appear exactly once in the body` });
      }
      if (slot.kind === 'choice' && !slot.choices.includes(slot.default)) {
        ctx.addIssue({ code: 'custom', path: ['slots', name], message: `slot "${name}": the default is not one of its choices` });
      }
    }
  });

/** What a template's card tells the reader (./notes). */
export const TemplateNotesSchema = z.object({
  summary: z.string().min(10).regex(/[.!?]$/, 'summary is a full sentence'),
  expect: z.string().min(10).max(160).regex(/[.!?]$/, 'expect is a full sentence'),
  watchFor: z.string().min(10).max(200).regex(/[.!?]$/, 'watchFor is a full sentence'),
  source: SourceSchema,
}) satisfies z.ZodType<TemplateNotes>;

/**
 * Checks every template, and the card notes of each, against the schemas, and that ids are unique.
 * Runs at build time and in the tests.
 */
export function validateTemplates(
  definitions: readonly TemplateDefinition[],
  notes: Readonly<Record<string, TemplateNotes>> = templateNotes,
): void {
  for (const template of validateEntries('template', TemplateSchema, definitions, entryName('Template'))) {
    parseOrThrow(TemplateNotesSchema, notes[template.id], `The card notes of template "${template.id}"`);
  }
}
