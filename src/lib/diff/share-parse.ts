import '../zod-setup';
import { z } from 'zod/mini';
import { getPromptPair, promptPairs, type PromptPairId } from '../examples';
import { modelIds } from '../models';
import { DIFF_SHARE_MAX } from '../limits';
import { formatWholeNumber } from '../numbers';
import { issueReasons, queryValues, type ShareLinkRead } from '../share-link';
import { DEFAULT_PAIR, defaultDiffState, diffQueryKeys, MODEL_OF_A_LINK_WITHOUT_ONE, stateForPair, type DiffToolState } from './share';

/**
 * Reads the diff tool's state back from a share link. It needs zod, so the tool imports this
 * module on demand, when the page's URL carries the tool's keys.
 */

const pairIds = promptPairs.map((p) => p.id) as [PromptPairId, ...PromptPairId[]];
const tooLong = `is longer than ${formatWholeNumber(DIFF_SHARE_MAX)} characters`;

const QuerySchema = z.object({
  pair: z.optional(z.enum(pairIds, { error: 'names an example that does not exist' })),
  before: z.optional(z.string().check(z.maxLength(DIFF_SHARE_MAX, { error: tooLong }))),
  after: z.optional(z.string().check(z.maxLength(DIFF_SHARE_MAX, { error: tooLong }))),
  model: z.optional(z.enum(modelIds, { error: 'names a model this guide does not cover' })),
});

export function diffFromQuery(query: string): ShareLinkRead<DiffToolState> {
  const raw = queryValues(query, diffQueryKeys);
  if (Object.keys(raw).length === 0) return { state: defaultDiffState };
  const parsed = QuerySchema.safeParse(raw);
  if (!parsed.success) {
    return {
      state: defaultDiffState,
      message: `This link could not be read (${issueReasons(parsed.error.issues)}), so the tool shows the "${getPromptPair(DEFAULT_PAIR).title}" example instead.`,
    };
  }
  const { pair, before, after, model = MODEL_OF_A_LINK_WITHOUT_ONE } = parsed.data;
  if (before !== undefined || after !== undefined) {
    return { state: { pair: null, before: before ?? '', after: after ?? '', model } };
  }
  return { state: stateForPair(pair ?? DEFAULT_PAIR, model) };
}
