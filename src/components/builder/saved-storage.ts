import { parseSavedStore, serializeSavedStore, type SavedParseResult, type SavedPrompt } from '../../lib/builder/saved';

/** Browser storage for the builder's named prompts. Parsing lives in src/lib/builder/saved.ts. */
export const SAVED_STORAGE_KEY = 'fpg:saved-prompts';

export function readSaved(): SavedParseResult {
  try {
    return parseSavedStore(window.localStorage.getItem(SAVED_STORAGE_KEY));
  } catch {
    return { prompts: [], error: 'This browser does not allow saving, so saved prompts last only while the page is open.' };
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
