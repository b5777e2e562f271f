import { SAVED_LIMIT, SAVED_NAME_MAX } from '../limits';
import type { BuilderState } from './state';

/**
 * Named prompts saved in the browser, and the JSON file they export to and import from.
 * This module holds the list operations and formats. ./saved-schema parses what comes from
 * outside (storage, imported files) with zod, so the builder imports it on demand.
 */

export const SAVED_FILE_KIND = 'flux-photoreal-guide/saved-prompts';

export type SavedPrompt = { name: string; savedAt: string; state: BuilderState };
export type SavedParseResult = { prompts: SavedPrompt[]; error?: string };

export function serializeSavedStore(prompts: readonly SavedPrompt[]): string {
  return JSON.stringify(prompts);
}

/** The export file's text. */
export function serializeSavedFile(prompts: readonly SavedPrompt[]): string {
  return JSON.stringify({ kind: SAVED_FILE_KIND, version: 1, prompts }, null, 2);
}

export function removeSaved(list: readonly SavedPrompt[], name: string): SavedPrompt[] {
  return list.filter((p) => p.name !== name);
}

/** Saves a prompt under its (trimmed) name, replacing one with the same name (ignoring case); newest first. */
export function upsertSaved(list: readonly SavedPrompt[], prompt: SavedPrompt): SavedPrompt[] {
  const name = prompt.name.trim();
  if (!name || name.length > SAVED_NAME_MAX) throw new Error(`A saved prompt's name has 1 to ${SAVED_NAME_MAX} characters.`);
  const valid = { ...prompt, name };
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
