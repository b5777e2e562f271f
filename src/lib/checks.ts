/**
 * Validates the library's data against its zod schemas: the fragment catalogue, the templates,
 * the models, how to run them, and the lighting table. astro.config.mjs calls `checkLibraryData()` so a bad entry
 * fails `astro build`, `astro dev` and `astro check`; the unit tests call it too. The browser
 * never loads this module, which keeps zod's full API and the schemas out of every page.
 */
import { fragments } from './fragments';
import { validateFragments } from './fragments/schema';
import { validateLightTypes } from './light/catalogue-schema';
import { validateModels } from './models/schema';
import { validateRunFacts } from './run/schema';
import { templates } from './templates';
import { validateTemplates } from './templates/schema';

export { FragmentSchema, SourceSchema } from './fragments/schema';
export { TemplateSchema } from './templates/schema';
export { ModelSchema } from './models/schema';
export { LightTypeSchema } from './light/catalogue-schema';
export { validateFragments, validateTemplates, validateModels, validateLightTypes, validateRunFacts };

/** Throws, naming the entry at fault, if any catalogue entry breaks its schema. */
export function checkLibraryData(): void {
  validateFragments(fragments);
  validateModels();
  validateRunFacts();
  validateTemplates(templates);
  validateLightTypes();
}
