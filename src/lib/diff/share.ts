import { getPromptPair, type PromptPairId } from '../examples';
import { DIFF_SHARE_MAX } from '../limits';
import type { ModelId } from '../models';

/**
 * The diff tool's share link (the shape every widget's link has: src/lib/share-link.ts).
 * ./share-parse reads it back with zod; anything malformed yields a message a reader can
 * understand and the default state.
 *
 *   ?pair=material.rainy-street              an example pair, unchanged
 *   ?before=…&after=…                        your own prompts
 *   &model=flux2-klein-4b                    the model the checker uses (optional)
 */
export interface DiffToolState {
  /** The example the prompts come from, while they are unchanged; `null` for your own. */
  pair: PromptPairId | null;
  before: string;
  after: string;
  model: ModelId;
}

export const DEFAULT_MODEL: ModelId = 'flux1-dev';
export const DEFAULT_PAIR: PromptPairId = 'material.rainy-street';

export function stateForPair(id: PromptPairId, model: ModelId = DEFAULT_MODEL): DiffToolState {
  const pair = getPromptPair(id);
  return { pair: pair.id, before: pair.before, after: pair.afterPrompt, model };
}

export const defaultDiffState: DiffToolState = stateForPair(DEFAULT_PAIR);

/** The tool's own query keys. */
export const diffQueryKeys = ['pair', 'before', 'after', 'model'] as const;

/** The query string for a state, without "?" ("" for the default); null when the prompts are too long for a link. */
export function diffToQuery(state: DiffToolState): string | null {
  const params = new URLSearchParams();
  const unchangedPair = state.pair !== null && sameAsPair(state, state.pair);
  if (unchangedPair) {
    if (state.pair !== DEFAULT_PAIR || state.model !== DEFAULT_MODEL) params.set('pair', state.pair!);
  } else {
    if (state.before.length > DIFF_SHARE_MAX || state.after.length > DIFF_SHARE_MAX) return null;
    params.set('before', state.before);
    params.set('after', state.after);
  }
  if (state.model !== DEFAULT_MODEL) params.set('model', state.model);
  return params.toString();
}

function sameAsPair(state: DiffToolState, id: PromptPairId): boolean {
  const pair = getPromptPair(id);
  return state.before === pair.before && state.after === pair.afterPrompt;
}
