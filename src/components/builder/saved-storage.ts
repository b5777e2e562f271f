import { serializeSavedStore, type SavedPrompt } from '../../lib/builder/saved';
import { createBrowserList } from '../storage/browser-list';

/** Browser storage for the builder's named prompts. Parsing lives in src/lib/builder/saved-schema.ts. */
export const SAVED_STORAGE_KEY = 'fpg:saved-prompts';

export const PARSER_LOAD_FAILED = 'The code that reads saved-prompt files could not be loaded (is the page offline?), so nothing was imported.';

/** The saved-prompt parsers. They need zod, so they load on demand, only when there is something to read. */
export function loadSavedParser() {
  return import('../../lib/builder/saved-schema');
}

/**
 * The saved prompts, one copy per page, in step with other tabs. Saving or importing before the
 * stored list has been read waits for it, so nothing already saved is overwritten.
 */
export const savedList = createBrowserList<SavedPrompt>(SAVED_STORAGE_KEY, {
  loadParser: () =>
    loadSavedParser().then(({ parseSavedStore }) => (stored: string) => {
      const { prompts, error } = parseSavedStore(stored);
      return error === undefined ? { items: prompts } : { items: prompts, error };
    }),
  serialize: serializeSavedStore,
  messages: {
    unavailable: 'This browser does not allow saving, so saved prompts last only while the page is open.',
    parserFailed: 'Your saved prompts could not be loaded (is the page offline?), so what you save now lasts only while the page is open.',
    refused: 'This browser refused to store it, so it lasts only while the page is open.',
  },
});
