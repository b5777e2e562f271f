import { z } from 'zod';
import { modelAbout } from './about';
import { ModelAboutSchema, ModelSchema } from './schema';
import { modelIds, models } from './index';

/** Checks every model and its description against the schemas, and that `modelIds` lists them in order. Runs at build time and in the tests. */
export function validateModels(input: readonly unknown[] = models): void {
  if (input.length !== modelIds.length) throw new Error(`${input.length} models but ${modelIds.length} model ids`);
  input.forEach((model, i) => {
    const result = ModelSchema.safeParse(model);
    if (!result.success) throw new Error(`Model #${i} is invalid: ${z.prettifyError(result.error)}`);
    if (result.data.id !== modelIds[i]) throw new Error(`Model ${i} is "${result.data.id}", expected "${modelIds[i]}"`);
    const about = ModelAboutSchema.safeParse(modelAbout[modelIds[i]!]);
    if (!about.success) throw new Error(`Model "${modelIds[i]}" has an invalid description: ${z.prettifyError(about.error)}`);
  });
}
