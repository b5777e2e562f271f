import { z } from 'zod';
import { TemplateSchema } from './schema';
import type { TemplateDefinition } from './types';

/** Checks every template against the schema and that ids are unique. Runs at build time and in the tests. */
export function validateTemplates(definitions: readonly TemplateDefinition[]): void {
  const ids = new Set<string>();
  for (const definition of definitions) {
    const result = TemplateSchema.safeParse(definition);
    if (!result.success) throw new Error(`Template "${definition.id}" is invalid: ${z.prettifyError(result.error)}`);
    if (ids.has(definition.id)) throw new Error(`Duplicate template id "${definition.id}"`);
    ids.add(definition.id);
  }
}
