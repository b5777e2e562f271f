import '../zod-setup';
import { z } from 'zod/mini';
import { getPromptPair, promptPairs, type PromptPairId } from '../examples';
import { modelIds } from '../models';
import { DEFAULT_PAIR, defaultDiffState, diffQueryKeys, MODEL_OF_A_LINK_WITHOUT_ONE, SHARE_MAX_CHARS, stateForPair, type DiffToolState } from './url-state';
import { formatWholeNumber } from '../numbers';

/**
 * Reads the diff tool's state back from a share link. It needs zod, so the tool imports this
 * module on demand, when the page's URL carries the tool's keys.
 */

const pairIds = promptPairs.map((p) => p.id) as [PromptPairId, ...PromptPairId[]];
const tooLong = `is longer than ${formatWholeNumber(SHARE_MAX_CHARS)} characters`;

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
  for (const key of diffQueryKeys) {
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
  const { pair, before, after, model = MODEL_OF_A_LINK_WITHOUT_ONE } = parsed.data;
  if (before !== undefined || after !== undefined) {
    return { state: { pair: null, before: before ?? '', after: after ?? '', model } };
  }
  return { state: stateForPair(pair ?? DEFAULT_PAIR, model) };
}
