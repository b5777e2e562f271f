import { getPromptPair, type PromptPairId } from '../examples';
import { DEFAULT_MODEL_ID, type ModelId } from '../models';

/**
 * The diff tool's shareable state ⇄ its URL query. ./parse-query reads it back with zod;
 * anything malformed yields a message a reader can understand and the default state.
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

/** Longest prompt a shared link carries, per side: long URLs break in mail clients and some hosts. */
export const SHARE_MAX_CHARS = 4000;
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

/** The tool's own query keys; ./parse-query reads them back. */
export const diffQueryKeys = ['pair', 'before', 'after', 'model'] as const;

/**
 * The query string for a state ("" for the default). `null` when the prompts are too long
 * to share in a link.
 */
export function serializeDiffQuery(state: DiffToolState): string | null {
  const params = new URLSearchParams();
  const unchangedPair = state.pair !== null && sameAsPair(state, state.pair);
  if (unchangedPair) {
    if (state.pair !== DEFAULT_PAIR || state.model !== DEFAULT_MODEL) params.set('pair', state.pair!);
  } else {
    if (state.before.length > SHARE_MAX_CHARS || state.after.length > SHARE_MAX_CHARS) return null;
    params.set('before', state.before);
    params.set('after', state.after);
  }
  // Always named: a link without a model opens on the old default (see above).
  if (params.size > 0) params.set('model', state.model);
  const query = params.toString();
  return query ? `?${query}` : '';
}

function sameAsPair(state: DiffToolState, id: PromptPairId): boolean {
  const pair = getPromptPair(id);
  return state.before === pair.before && state.after === pair.afterPrompt;
}
