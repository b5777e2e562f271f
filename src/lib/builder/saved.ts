import '../zod-setup';
import { z } from 'zod/mini';
import { BuilderStateSchema, type BuilderState } from './state';

/**
 * Named prompts saved in the browser, and the JSON file they export to and import from.
 * Every parser here takes any string and returns a result: a corrupt store or a foreign
 * file gives a message, never an exception, and never touches what is already saved.
 */

export const SAVED_LIMIT = 200;
export const SAVED_NAME_MAX = 80;
export const SAVED_FILE_KIND = 'flux-photoreal-guide/saved-prompts';

export const SavedPromptSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(SAVED_NAME_MAX)),
  savedAt: z.iso.datetime(),
  state: BuilderStateSchema,
});
export type SavedPrompt = { name: string; savedAt: string; state: BuilderState };

const SavedListSchema = z.array(SavedPromptSchema).check(z.maxLength(SAVED_LIMIT));

export const SavedFileSchema = z.object({
  kind: z.literal(SAVED_FILE_KIND),
  version: z.literal(1),
  prompts: SavedListSchema,
});

export type SavedParseResult = { prompts: SavedPrompt[]; error?: string };

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

export function serializeSavedStore(prompts: readonly SavedPrompt[]): string {
  return JSON.stringify(prompts);
}

/** The export file's text. */
export function serializeSavedFile(prompts: readonly SavedPrompt[]): string {
  return JSON.stringify({ kind: SAVED_FILE_KIND, version: 1, prompts }, null, 2);
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

/** Saves a prompt under its name, replacing one with the same name (ignoring case); newest first. */
export function upsertSaved(list: readonly SavedPrompt[], prompt: SavedPrompt): SavedPrompt[] {
  const valid = SavedPromptSchema.parse(prompt) as SavedPrompt;
  const rest = list.filter((p) => p.name.toLowerCase() !== valid.name.toLowerCase());
  return [valid, ...rest].slice(0, SAVED_LIMIT);
}

/**
 * Merges imported prompts into the saved list; an imported prompt replaces a saved one of the
 * same name. Refuses (and changes nothing) when the result would exceed SAVED_LIMIT.
 */
export function mergeSaved(
  list: readonly SavedPrompt[],
  imported: readonly SavedPrompt[],
): { ok: true; prompts: SavedPrompt[]; replaced: number } | { ok: false; error: string } {
  const names = new Set(list.map((p) => p.name.toLowerCase()));
  const replaced = imported.filter((p) => names.has(p.name.toLowerCase())).length;
  const total = new Set([...names, ...imported.map((p) => p.name.toLowerCase())]).size;
  if (total > SAVED_LIMIT) {
    return { ok: false, error: `Importing would make ${total} saved prompts, more than the ${SAVED_LIMIT} kept, so nothing was imported.` };
  }
  let merged = [...list];
  for (const prompt of [...imported].reverse()) merged = upsertSaved(merged, prompt);
  return { ok: true, prompts: merged, replaced };
}

export function removeSaved(list: readonly SavedPrompt[], name: string): SavedPrompt[] {
  return list.filter((p) => p.name !== name);
}
