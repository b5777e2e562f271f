import { describe, expect, it } from 'vitest';
import { diffPrompts, getFragment, getPromptPair, relatedPromptPairs } from '../../src/lib';

describe('relatedPromptPairs', () => {
  it('finds the guide’s pairs that add what the reader added', () => {
    // A reader's own portrait, given PicassoIA's side light: the light chapter's pair adds the same words.
    const diff = diffPrompts('portrait of a fisherman', `portrait of a fisherman, ${getFragment('light.strong-side-left').text}`);
    const related = relatedPromptPairs(diff, null);
    expect(related.length).toBeGreaterThan(0);
    for (const pair of related) expect(pair.after).toContain('light.strong-side-left');
  });

  it('shows nothing for a change that adds no catalogue phrase', () => {
    expect(relatedPromptPairs(diffPrompts('a red barn at dusk', 'a blue barn at dawn'), null)).toEqual([]);
    expect(relatedPromptPairs(diffPrompts('', ''), null)).toEqual([]);
  });

  it('leaves out the pair on screen, and ranks by shared phrases', () => {
    const pair = getPromptPair('light.side-left-portrait');
    const related = relatedPromptPairs(diffPrompts(pair.before, pair.afterPrompt), pair.id, 5);
    expect(related.map((p) => p.id)).not.toContain(pair.id);
    const shared = related.map((p) => p.after.filter((part) => typeof part === 'string' && pair.after.includes(part)).length);
    expect(shared).toEqual([...shared].sort((a, b) => b - a));
  });
});
