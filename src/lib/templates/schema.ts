import '../zod-setup';
import { z } from 'zod';
import { pillars, promptSlots, SourceSchema } from '../fragments/schema';
import { isFragmentId, type FragmentId } from '../fragments';
import { modelIds, type ModelId } from '../models';
import type { Pillar, PromptSlot, FragmentSource } from '../fragments/schema';

/**
 * A prompt template: named slots a reader fills, and a body made only of catalogue
 * fragments and references to those slots. The template holds no prompt words of its
 * own, so every phrase it produces comes from the catalogue or from the reader.
 */

/** Free text the reader writes (a subject, a setting); `position` is where it sits in BFL's order. */
export interface TextSlotDefinition {
  kind: 'text';
  label: string;
  /** A short hint shown beside the field. */
  hint: string;
  default: string;
  position: PromptSlot;
}

/** A choice between catalogue fragments; the value is a fragment id. */
export interface ChoiceSlotDefinition {
  kind: 'choice';
  label: string;
  default: FragmentId;
  choices: readonly FragmentId[];
}

export type SlotDefinition = TextSlotDefinition | ChoiceSlotDefinition;

/** One part of a template's body: a fixed fragment, or a slot by name. */
export type TemplateBodyPart = FragmentId | { fill: string };

export interface TemplateDefinition {
  /** kebab-case, stable: used in URLs (/tools/builder/?template=<id>). */
  id: string;
  title: string;
  /** One sentence: what the template is for. */
  summary: string;
  pillars: readonly Pillar[];
  models: readonly ModelId[];
  slots: Readonly<Record<string, SlotDefinition>>;
  body: readonly TemplateBodyPart[];
  /** The seed-article section (or reference fact) the worked example comes from. */
  source: FragmentSource;
}

/** Text slot values stay short: a slot is a phrase, not a whole prompt. */
export const SLOT_TEXT_MAX = 300;

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
    summary: z.string().min(10).regex(/[.!?]$/, 'summary is a full sentence'),
    pillars: z.array(z.enum(pillars)).min(1),
    models: z.array(z.enum(modelIds)).min(1),
    slots: z.record(z.string().regex(/^[a-z][a-zA-Z]*$/), SlotSchema),
    body: z.array(z.union([fragmentIdSchema, z.object({ fill: z.string() })])).min(2),
    source: SourceSchema,
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
