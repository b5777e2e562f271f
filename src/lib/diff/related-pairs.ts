import { promptPairs, type PromptPair, type PromptPairId } from '../examples';
import type { FragmentId } from '../fragments';
import type { PromptDiff } from './diff';

/** The catalogue fragments a pair's "after" prompt is built from. */
const fragmentsOf = (pair: PromptPair): FragmentId[] => pair.after.filter((part): part is FragmentId => typeof part === 'string');

/**
 * The guide's before/after pairs that make the same change as the reader's comparison: those
 * whose "after" adds fragments the reader's change also adds, most shared fragments first (the
 * guide's order breaks ties). None when the reader's change adds no catalogue fragment, so the
 * tool never shows an unrelated example. The pair on screen is left out.
 */
export function relatedPromptPairs(diff: Pick<PromptDiff, 'fragments'>, shown: PromptPairId | null, limit = 2): PromptPair[] {
  const added = new Set(diff.fragments.added);
  if (added.size === 0) return [];
  return promptPairs
    .filter((pair) => pair.id !== shown)
    .map((pair, index) => ({ pair, index, shared: fragmentsOf(pair).filter((id) => added.has(id)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || a.index - b.index)
    .slice(0, limit)
    .map(({ pair }) => pair);
}
