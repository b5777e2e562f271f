import '../zod-setup';
import { z } from 'zod/mini';
import { SAVED_LIMIT, SAVED_NAME_MAX } from '../limits';
import { SAVED_FILE_KIND, type SavedParseResult, type SavedPrompt } from './saved';
import { BuilderStateSchema } from './state-schema';

/**
 * Parsing saved prompts from outside: the browser's storage and imported files (see ./saved).
 * Every parser here takes any string and returns a result: a corrupt store or a foreign file
 * gives a message, never an exception, and never touches what is already saved.
 */

export const SavedPromptSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(SAVED_NAME_MAX)),
  savedAt: z.iso.datetime(),
  state: BuilderStateSchema,
});

const SavedListSchema = z.array(SavedPromptSchema).check(z.maxLength(SAVED_LIMIT));

export const SavedFileSchema = z.object({
  kind: z.literal(SAVED_FILE_KIND),
  version: z.literal(1),
  prompts: SavedListSchema,
});

/** Reads the localStorage value. Corrupt data gives an empty list and a message. */
export function parseSavedStore(stored: string | null | undefined): SavedParseResult {
  if (stored == null || stored === '') return { prompts: [] };
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return { prompts: [], error: 'Your saved prompts could not be read (the stored data is damaged), so the list starts empty.' };
  }
  const parsed = SavedListSchema.safeParse(json);
  if (!parsed.success) {
    return { prompts: [], error: 'Your saved prompts were stored in a form this version does not understand, so the list starts empty.' };
  }
  return { prompts: parsed.data as SavedPrompt[] };
}

/** Reads an imported file's text: its prompts, or a message saying what is wrong with it. */
export function parseSavedFile(text: string): { ok: true; prompts: SavedPrompt[] } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'That file is not JSON, so nothing was imported. Choose a file exported from this builder.' };
  }
  if (typeof json !== 'object' || json === null || (json as { kind?: unknown }).kind !== SAVED_FILE_KIND) {
    return { ok: false, error: 'That file is not a saved-prompts file from this builder, so nothing was imported.' };
  }
  const parsed = SavedFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? ` (${issue.path.join('.') || 'file'}: ${issue.message})` : '';
    return { ok: false, error: `That saved-prompts file is damaged${where}, so nothing was imported.` };
  }
  return { ok: true, prompts: parsed.data.prompts as SavedPrompt[] };
}
