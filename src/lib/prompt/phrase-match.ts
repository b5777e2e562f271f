import { fragments, type CatalogueFragment } from '../fragments';

/**
 * Finds phrases in a prompt tolerant of case, punctuation and spacing: "Wet  cobblestones,
 * reflecting warm streetlight" matches the fragment "wet cobblestones reflecting warm streetlight".
 * Words are runs of letters, digits, '#', "'" and '-' inside a word; anything between words is
 * allowed to differ, as long as it contains no letter or digit.
 */

export interface Range {
  start: number;
  end: number;
}

const wordPattern = /[\p{L}\p{N}#]+(?:['’-][\p{L}\p{N}]+)*/gu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A global, case-insensitive pattern for `phrase`, or `null` if the phrase has no words. */
export function phrasePattern(phrase: string): RegExp | null {
  const words = phrase.match(wordPattern);
  if (!words) return null;
  const body = words.map(escapeRegExp).join('[^\\p{L}\\p{N}]+');
  return new RegExp(`(?<![\\p{L}\\p{N}#])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Every occurrence of `pattern` in `text`. */
export function findAll(pattern: RegExp, text: string): Range[] {
  const found: Range[] = [];
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
    found.push({ start: match.index, end: match.index + match[0].length });
  }
  return found;
}

export interface FragmentMatch extends Range {
  fragment: CatalogueFragment;
}

let fragmentPatterns: { fragment: CatalogueFragment; pattern: RegExp }[] | undefined;

function getFragmentPatterns() {
  fragmentPatterns ??= fragments.flatMap((fragment) => {
    const pattern = phrasePattern(fragment.text);
    return pattern ? [{ fragment, pattern }] : [];
  });
  return fragmentPatterns;
}

/** Every catalogue fragment that appears in `text`, with its position, in text order. */
export function findFragments(text: string): FragmentMatch[] {
  const found: FragmentMatch[] = [];
  for (const { fragment, pattern } of getFragmentPatterns()) {
    for (const range of findAll(pattern, text)) found.push({ ...range, fragment });
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

export function overlapsAny(range: Range, others: readonly Range[]): boolean {
  return others.some((other) => overlaps(range, other));
}
