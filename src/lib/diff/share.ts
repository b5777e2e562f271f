import { getPromptPair, type PromptPairId } from '../examples';
import { DIFF_SHARE_MAX } from '../limits';
import { DEFAULT_MODEL_ID, type ModelId } from '../models';

/**
 * The diff tool's share link (the shape every widget's link has: src/lib/share-link.ts).
 * ./share-parse reads it back with zod; anything malformed yields a message a reader can
 * understand and the default state.
 *
 *   ?pair=material.rainy-street              an example pair, unchanged
 *   ?before=…&after=…                        your own prompts
 *   &model=flux2-klein-4b                    the model the checker uses
 *
 * A link that names no model was made when the tool started on FLUX.1 [dev], and omitted it
 * then; it still opens on FLUX.1 [dev]. Links made now name the model whenever they name
 * anything, so the tool can start on the model every tool starts on.
 */
export interface DiffToolState {
  /** The example the prompts come from, while they are unchanged; `null` for your own. */
  pair: PromptPairId | null;
  before: string;
  after: string;
  model: ModelId;
}

/** The model the tool starts on, with no link: the one every tool starts on. */
export const DEFAULT_MODEL: ModelId = DEFAULT_MODEL_ID;
/** The model of a link that names none (links from when the tool started on FLUX.1 [dev]). */
export const MODEL_OF_A_LINK_WITHOUT_ONE: ModelId = 'flux1-dev';
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
  // Always named: a link without a model opens on the old default (see above).
  if (params.size > 0) params.set('model', state.model);
  return params.toString();
}

function sameAsPair(state: DiffToolState, id: PromptPairId): boolean {
  const pair = getPromptPair(id);
  return state.before === pair.before && state.after === pair.afterPrompt;
}
