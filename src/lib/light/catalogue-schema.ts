import '../zod-setup';
import { z } from 'zod';
import { validateEntries } from '../validation';
import { isFragmentId } from '../fragments';
import { SourceSchema } from '../fragments/schema';
import { lightSettings, lightTypes, articleRatings, type LightType } from './catalogue';

/**
 * The lighting table's schema. It runs at build time and in the tests (../checks.ts), never in
 * the browser. The type is written once, in ./catalogue; `satisfies` keeps the two in step.
 */

const KelvinRangeSchema = z
  .object({ min: z.number().int().min(1000).max(40000), max: z.number().int().min(1000).max(40000) })
  .refine((r) => r.min <= r.max, 'min is at most max');

export const LightTypeSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(2),
  /** The rating in PicassoIA's article, or null: the article does not rate this light. */
  articleRating: z.enum(articleRatings).nullable(),
  /** The "Notes" column of the article's table, verbatim, for rated rows. */
  articleNotes: z.string().optional(),
  /** One line: what this light is and does. */
  description: z.string().min(10),
  /** Colour temperature range, or null where the reference gives none. */
  kelvin: KelvinRangeSchema.nullable(),
  /** Which reference rows the range comes from, or why there is none. */
  kelvinNote: z.string().min(5),
  setting: z.enum(lightSettings),
  fragments: z.array(z.string().refine(isFragmentId, 'unknown fragment id')).min(1),
  sources: z.array(SourceSchema).min(1),
}) satisfies z.ZodType<Omit<LightType, 'fragments'> & { fragments: string[] }>;

/** Checks every row of the lighting table and that ids are unique. */
export function validateLightTypes(rows: readonly unknown[] = lightTypes): void {
  validateEntries('light type', LightTypeSchema, rows, (_, index) => `Light type #${index}`);
}
