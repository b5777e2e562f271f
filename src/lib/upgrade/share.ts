import { UPGRADE_SHARE_MAX } from '../limits';
import type { ModelId } from '../models';
import { DEFAULT_UPGRADE_MODEL } from './index';

/**
 * The upgrade tool's share link (the shape every widget's link has: src/lib/share-link.ts).
 * ./share-parse reads it back with zod; a malformed link yields a message and the default state.
 *
 *   ?prompt=…                 the reader's prompt (the home page's box sends this)
 *   &model=flux2-klein-4b     the model the checker and token limit use (optional)
 *   &drop=add:lens.wide-24mm,fix:12-19   the pieces the reader unticked (optional)
 */
export interface UpgradeToolState {
  prompt: string;
  model: ModelId;
  /** Ids of the suggestions the reader dropped (UpgradeSuggestion.id). */
  dropped: string[];
}

/** The prompt the tool opens with when the link brings none: the kind a newcomer writes. */
export const UPGRADE_EXAMPLE_PROMPT = 'a woman in a cafe, beautiful, 8k, masterpiece, (detailed skin:1.3), no blur';

export const defaultUpgradeState: UpgradeToolState = { prompt: UPGRADE_EXAMPLE_PROMPT, model: DEFAULT_UPGRADE_MODEL, dropped: [] };

export const upgradeQueryKeys = ['prompt', 'model', 'drop'] as const;

/** The query string for a state, without "?" ("" for the default), or null when the prompt is too long for a link. */
export function upgradeToQuery(state: UpgradeToolState): string | null {
  if (state.prompt.length > UPGRADE_SHARE_MAX) return null;
  const params = new URLSearchParams();
  if (state.prompt !== UPGRADE_EXAMPLE_PROMPT) params.set('prompt', state.prompt);
  if (state.model !== DEFAULT_UPGRADE_MODEL) params.set('model', state.model);
  if (state.dropped.length > 0) params.set('drop', state.dropped.join(','));
  return params.toString();
}
