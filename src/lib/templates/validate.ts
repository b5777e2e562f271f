import { z } from 'zod';
import { templateNotes } from './notes';
import { TemplateNotesSchema, TemplateSchema } from './schema';
import type { TemplateDefinition, TemplateNotes } from './types';

/**
 * Checks every template, and the card notes of each, against the schemas, and that ids are unique.
 * Runs at build time and in the tests.
 */
export function validateTemplates(
  definitions: readonly TemplateDefinition[],
  notes: Readonly<Record<string, TemplateNotes>> = templateNotes,
): void {
  const ids = new Set<string>();
  for (const definition of definitions) {
    const result = TemplateSchema.safeParse(definition);
    if (!result.success) throw new Error(`Template "${definition.id}" is invalid: ${z.prettifyError(result.error)}`);
    if (ids.has(definition.id)) throw new Error(`Duplicate template id "${definition.id}"`);
    ids.add(definition.id);
    const card = TemplateNotesSchema.safeParse(notes[definition.id]);
    if (!card.success) throw new Error(`Template "${definition.id}" has invalid card notes: ${z.prettifyError(card.error)}`);
  }
}
