import type { z } from 'zod';
import type { FragmentSchema, SourceSchema } from './schema';

/**
 * The catalogue's vocabulary and types. This module imports zod for types only, so the
 * browser gets the catalogue without its validator: the schemas in ./schema run at build
 * time and in the tests (see ../checks.ts).
 */

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

export type FragmentSource = z.infer<typeof SourceSchema>;
/** What a catalogue file writes: the schema's input, with `id` kept literal for the FragmentId union. */
export type FragmentDefinition = z.input<typeof FragmentSchema>;
export type Fragment = z.output<typeof FragmentSchema>;

/** Keeps each id as a string literal so that the catalogue's ids form a TypeScript union. */
export function defineFragments<const T extends readonly FragmentDefinition[]>(definitions: T): T {
  return definitions;
}
