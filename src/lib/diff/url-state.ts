import '../zod-setup';
import { z } from 'zod/mini';
import { promptPairs, getPromptPair, type PromptPairId } from '../examples';
import { modelIds, type ModelId } from '../models';

/**
 * The diff tool's shareable state ⇄ its URL query. Parsed with zod; anything malformed yields
 * a message a reader can understand and the default state, never an exception.
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

/** Longest prompt a shared link carries, per side: long URLs break in mail clients and some hosts. */
export const SHARE_MAX_CHARS = 4000;
export const DEFAULT_MODEL: ModelId = 'flux1-dev';
export const DEFAULT_PAIR: PromptPairId = 'material.rainy-street';

export function stateForPair(id: PromptPairId, model: ModelId = DEFAULT_MODEL): DiffToolState {
  const pair = getPromptPair(id);
  return { pair: pair.id, before: pair.before, after: pair.afterPrompt, model };
}

export const defaultDiffState: DiffToolState = stateForPair(DEFAULT_PAIR);

const pairIds = promptPairs.map((p) => p.id) as [PromptPairId, ...PromptPairId[]];
const tooLong = `is longer than ${SHARE_MAX_CHARS.toLocaleString('en')} characters`;

const QuerySchema = z.object({
  pair: z.optional(z.enum(pairIds, { error: 'names an example that does not exist' })),
  before: z.optional(z.string().check(z.maxLength(SHARE_MAX_CHARS, { error: tooLong }))),
  after: z.optional(z.string().check(z.maxLength(SHARE_MAX_CHARS, { error: tooLong }))),
  model: z.optional(z.enum(modelIds, { error: 'names a model this guide does not cover' })),
});

export interface ParsedDiffQuery {
  state: DiffToolState;
  /** Set when the query was malformed: what went wrong, for a visible message. */
  error?: string;
}

export function parseDiffQuery(search: string): ParsedDiffQuery {
  const params = new URLSearchParams(search);
  const raw: Record<string, string> = {};
  for (const key of ['pair', 'before', 'after', 'model']) {
    const value = params.get(key);
    if (value !== null) raw[key] = value;
  }
  if (Object.keys(raw).length === 0) return { state: defaultDiffState };
  const parsed = QuerySchema.safeParse(raw);
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((issue) => `"${String(issue.path[0])}" ${issue.message}`).join('; ');
    return {
      state: defaultDiffState,
      error: `This link could not be read (${reasons}), so the tool shows the "${getPromptPair(DEFAULT_PAIR).title}" example instead.`,
    };
  }
  const { pair, before, after, model = DEFAULT_MODEL } = parsed.data;
  if (before !== undefined || after !== undefined) {
    return { state: { pair: null, before: before ?? '', after: after ?? '', model } };
  }
  return { state: stateForPair(pair ?? DEFAULT_PAIR, model) };
}

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
  if (state.model !== DEFAULT_MODEL) params.set('model', state.model);
  const query = params.toString();
  return query ? `?${query}` : '';
}

function sameAsPair(state: DiffToolState, id: PromptPairId): boolean {
  const pair = getPromptPair(id);
  return state.before === pair.before && state.after === pair.afterPrompt;
}
