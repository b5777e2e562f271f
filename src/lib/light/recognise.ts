import { fragmentsByPillar, type FragmentId } from '../fragments';

export interface RecognisedFragment {
  id: FragmentId;
  /** Where the fragment's text sits in the prompt (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Light fragments, longest text first, so a longer phrase wins over one it contains. */
const lightPatterns: { id: FragmentId; pattern: RegExp; length: number }[] = fragmentsByPillar('light')
  .map((fragment) => ({
    id: fragment.id,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(fragment.text)}(?![\\p{L}\\p{N}])`, 'giu'),
    length: fragment.text.length,
  }))
  .sort((a, b) => b.length - a.length);

/**
 * The catalogue's lighting fragments found word for word (ignoring case) in a prompt,
 * in the order they appear. Overlapping matches keep the longer phrase.
 */
export function recogniseLighting(prompt: string): RecognisedFragment[] {
  const found: RecognisedFragment[] = [];
  for (const { id, pattern } of lightPatterns) {
    for (const match of prompt.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({ id, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
