import { getFragment } from '../../fragments';
import { describePicture, indexWords, readPrompt, type FragmentMatch, type Picture, type PromptReading, type WordIndex } from '../../reading';
import type { LintOptions } from './types';

/** What every rule may look at, read once per check. */
export interface LintContext {
  prompt: string;
  options: LintOptions;
  words: WordIndex;
  reading: PromptReading;
  /** The catalogue phrases found in the prompt, in text order. */
  fragmentMatches: FragmentMatch[];
  /** The picture the prompt describes, summed up on first use. */
  picture: () => Picture;
}

export function lintContext(prompt: string, options: LintOptions): LintContext {
  const reading = readPrompt(prompt);
  let picture: Picture | undefined;
  return {
    prompt,
    options,
    words: indexWords(prompt),
    reading,
    fragmentMatches: reading.claims.flatMap((c) => (c.fragmentId ? [{ start: c.start, end: c.end, fragment: getFragment(c.fragmentId) }] : [])),
    picture: () => (picture ??= describePicture(reading)),
  };
}
