import { serializeSavedStore, type SavedParseResult, type SavedPrompt } from '../../lib/builder/saved';

/** Browser storage for the builder's named prompts. Parsing lives in src/lib/builder/saved-schema.ts. */
export const SAVED_STORAGE_KEY = 'fpg:saved-prompts';

export const PARSER_LOAD_FAILED = 'The code that reads saved-prompt files could not be loaded (is the page offline?), so nothing was imported.';

/** The saved-prompt parsers. They need zod, so they load on demand: see readSaved. */
export function loadSavedParser() {
  return import('../../lib/builder/saved-schema');
}

/**
 * Reads the stored prompts. Nothing stored needs no parsing; a stored list loads the parser
 * (and zod) on demand, so a first visit does not pay for it.
 */
export async function readSaved(): Promise<SavedParseResult> {
  let stored: string | null;
  try {
    stored = window.localStorage.getItem(SAVED_STORAGE_KEY);
  } catch {
    return { prompts: [], error: 'This browser does not allow saving, so saved prompts last only while the page is open.' };
  }
  if (!stored) return { prompts: [] };
  try {
    return (await loadSavedParser()).parseSavedStore(stored);
  } catch {
    return { prompts: [], error: 'Your saved prompts could not be loaded (is the page offline?), so the list starts empty.' };
  }
}

/** Writes the list; returns false when the browser refuses (private mode, quota). */
export function writeSaved(prompts: readonly SavedPrompt[]): boolean {
  try {
    window.localStorage.setItem(SAVED_STORAGE_KEY, serializeSavedStore(prompts));
    return true;
  } catch {
    return false;
  }
}

/** Offers text as a file download, without a server. */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
