import { fragments, type CatalogueFragment } from '../fragments';

/**
 * Finds phrases in a prompt tolerant of case, punctuation and spacing: "Wet  cobblestones,
 * reflecting warm streetlight" matches the fragment "wet cobblestones reflecting warm streetlight".
 *
 * A prompt is split once into words (runs of letters, digits and '#'); a phrase matches where
 * its words appear consecutively, whatever spaces or punctuation sit between them. Looking
 * words up in an index is much faster than compiling one Unicode regex per catalogue phrase.
 */

export interface Range {
  start: number;
  end: number;
}

interface Word extends Range {
  /** Lower-cased text of the word. */
  text: string;
}

export interface WordIndex {
  words: Word[];
  /** Positions in `words` of each lower-cased word. */
  positions: Map<string, number[]>;
}

const wordPattern = /[\p{L}\p{M}\p{N}#]+/gu;

/** The lower-cased words of a phrase, as the index stores them. */
export function phraseWords(phrase: string): string[] {
  return (phrase.match(wordPattern) ?? []).map((w) => w.toLowerCase());
}

export function indexWords(text: string): WordIndex {
  const words: Word[] = [];
  const positions = new Map<string, number[]>();
  for (const match of text.matchAll(wordPattern)) {
    const word = { text: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length };
    const list = positions.get(word.text);
    if (list) list.push(words.length);
    else positions.set(word.text, [words.length]);
    words.push(word);
  }
  return { words, positions };
}

/** Every place where `phrase` (given as its words) occurs in the indexed text. */
export function findPhrase(index: WordIndex, phrase: readonly string[]): Range[] {
  const found: Range[] = [];
  if (phrase.length === 0) return found;
  for (const first of index.positions.get(phrase[0]!) ?? []) {
    let k = 1;
    while (k < phrase.length && index.words[first + k]?.text === phrase[k]) k += 1;
    if (k === phrase.length) found.push({ start: index.words[first]!.start, end: index.words[first + k - 1]!.end });
  }
  return found;
}

export interface FragmentMatch extends Range {
  fragment: CatalogueFragment;
}

let fragmentPhrases: { fragment: CatalogueFragment; words: string[] }[] | undefined;

/** Every catalogue fragment that appears in the text, with its position, in text order. */
export function findFragments(text: string | WordIndex): FragmentMatch[] {
  const index = typeof text === 'string' ? indexWords(text) : text;
  fragmentPhrases ??= fragments.map((fragment) => ({ fragment, words: phraseWords(fragment.text) }));
  const found: FragmentMatch[] = [];
  for (const { fragment, words } of fragmentPhrases) {
    for (const range of findPhrase(index, words)) found.push({ ...range, fragment });
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

export function overlapsAny(range: Range, others: readonly Range[]): boolean {
  return others.some((other) => overlaps(range, other));
}
