import { diffArrays } from 'diff';
import type { FragmentId } from '../fragments';
import { pillars, type Pillar } from '../fragments/types';
import { findFragments } from '../reading/phrase-match';

/**
 * A word-level diff of two prompts, with the catalogue fragments each side adds or drops.
 *
 * The diff itself is jsdiff's (`diffArrays`, Myers' algorithm) over word tokens. Two steps
 * around it make it read well: a Unicode-aware tokenizer (words in any script, emoji kept
 * whole, whitespace and punctuation as their own tokens), and a merge that folds the spaces
 * and commas the two sides happen to share *between* changes into the change, so
 * "rainy street" → "wet cobblestones reflecting warm streetlight" reads as one removal and
 * one addition, not alternating words around shared spaces.
 */

export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffSegment {
  kind: DiffKind;
  text: string;
}

export interface PillarFragments {
  pillar: Pillar;
  fragments: FragmentId[];
}

export interface PromptDiff {
  /** Concatenating the same and removed segments gives `before`; same and added gives `after`. */
  segments: DiffSegment[];
  /** Catalogue fragments found only in `after` (added) or only in `before` (removed), in text order. */
  fragments: { added: FragmentId[]; removed: FragmentId[] };
  /** The same fragments grouped by pillar, in the catalogue's pillar order. */
  addedByPillar: PillarFragments[];
  removedByPillar: PillarFragments[];
  /**
   * `true` when part of the prompts was too large and different to diff word by word within
   * the time budget, so that part is shown as whole clauses (or a whole prompt) removed and added.
   */
  coarse: boolean;
}

/**
 * Words in any script (with inner apostrophes or hyphens, and decimal numbers such as 1.8 kept
 * whole, so "f/1.8" against "1.3" is a changed number, not a shared "1."), emoji sequences,
 * whitespace runs, single other marks.
 */
const tokenPattern =
  /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+|\.\p{N}+)*|\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*|\s+|[^]/gu;

export function tokenizePrompt(text: string): string[] {
  return text.match(tokenPattern) ?? [];
}

/** Clauses with their trailing separator and spaces: the first, coarse level of the diff. */
function tokenizeClauses(text: string): string[] {
  return text.match(/[^,.;\n]+[,.;\n]*\s*|[,.;\n]+\s*/gu) ?? [];
}

/**
 * Milliseconds the whole diff may spend in jsdiff before it settles for a coarser result, so
 * two huge, very different prompts cannot freeze a page. Two 5,000-word prompts take a few ms.
 */
export const DIFF_BUDGET_MS = 400;

/**
 * jsdiff over two token lists. Tokens are interned to numbers first: comparing small integers
 * instead of strings makes a 5,000-word diff several times faster.
 */
function diffTokens(before: string[], after: string[], deadline: number): DiffSegment[] | undefined {
  const ids = new Map<string, number>();
  const intern = (token: string) => {
    let id = ids.get(token);
    if (id === undefined) ids.set(token, (id = ids.size));
    return id;
  };
  const timeout = deadline - Date.now();
  if (timeout <= 0) return undefined;
  const changes = diffArrays(before.map(intern), after.map(intern), { timeout });
  if (!changes) return undefined;
  // Map the counts back onto the original tokens, so every segment is verbatim text.
  let b = 0;
  let a = 0;
  return changes.map((change): DiffSegment => {
    if (change.added) return { kind: 'added', text: after.slice(a, (a += change.count)).join('') };
    if (change.removed) return { kind: 'removed', text: before.slice(b, (b += change.count)).join('') };
    a += change.count;
    return { kind: 'same', text: before.slice(b, (b += change.count)).join('') };
  });
}

/**
 * Above this many tokens, a changed stretch is shown whole rather than word by word: for two
 * very different texts Myers' algorithm slows with the square of their length, and a word diff
 * of a huge stretch says little anyway. A changed clause or two is far below it.
 */
const MAX_WORD_DIFF_TOKENS = 2000;

function diffWords(removed: string, added: string, deadline: number): DiffSegment[] | undefined {
  const before = tokenizePrompt(removed);
  const after = tokenizePrompt(added);
  if (before.length + after.length > MAX_WORD_DIFF_TOKENS) return undefined;
  return diffTokens(before, after, deadline);
}

/** Shared text that is only spaces and punctuation: glue between two changes, not content. */
const isGlue = (text: string) => /^[\s\p{P}]*$/u.test(text);

/**
 * Folds glue between changes into the change region, then writes each region as one removal
 * followed by one addition. A region with only removals (or only additions) is left as it is.
 */
function mergeChangeRegions(segments: readonly DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  let i = 0;
  while (i < segments.length) {
    if (segments[i]!.kind === 'same') {
      out.push(segments[i]!);
      i += 1;
      continue;
    }
    // Extend the region over changes and glue, as long as a change follows the glue.
    let end = i + 1;
    while (end < segments.length) {
      const next = segments[end]!;
      if (next.kind !== 'same') end += 1;
      else if (isGlue(next.text) && end + 1 < segments.length && segments[end + 1]!.kind !== 'same') end += 2;
      else break;
    }
    const region = segments.slice(i, end);
    const hasRemoved = region.some((s) => s.kind === 'removed');
    const hasAdded = region.some((s) => s.kind === 'added');
    if (hasRemoved && hasAdded) {
      const removed = region.filter((s) => s.kind !== 'added').map((s) => s.text).join('');
      const added = region.filter((s) => s.kind !== 'removed').map((s) => s.text).join('');
      out.push({ kind: 'removed', text: removed }, { kind: 'added', text: added });
    } else {
      out.push(...region);
    }
    i = end;
  }
  return coalesce(out);
}

/** Joins neighbours of the same kind and drops empty segments. */
function coalesce(segments: readonly DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (const segment of segments) {
    if (segment.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.kind === segment.kind) last.text += segment.text;
    else out.push({ ...segment });
  }
  return out;
}

/**
 * Two levels, as word-diff tools usually do: first clause by clause (cheap: a 5,000-word
 * prompt has a few hundred clauses), then word by word inside each changed stretch only.
 */
function segmentsFor(before: string, after: string, budgetMs: number): { segments: DiffSegment[]; coarse: boolean } {
  if (before === after) return { segments: before ? [{ kind: 'same', text: before }] : [], coarse: false };
  const deadline = Date.now() + budgetMs;
  const clauses = diffTokens(tokenizeClauses(before), tokenizeClauses(after), deadline);
  if (!clauses) {
    return { segments: coalesce([{ kind: 'removed', text: before }, { kind: 'added', text: after }]), coarse: true };
  }
  let coarse = false;
  const segments: DiffSegment[] = [];
  for (let i = 0; i < clauses.length; ) {
    if (clauses[i]!.kind === 'same') {
      segments.push(clauses[i]!);
      i += 1;
      continue;
    }
    // A changed stretch: the removed and added clauses between two unchanged ones.
    let removed = '';
    let added = '';
    for (; i < clauses.length && clauses[i]!.kind !== 'same'; i += 1) {
      if (clauses[i]!.kind === 'removed') removed += clauses[i]!.text;
      else added += clauses[i]!.text;
    }
    const words = removed && added ? diffWords(removed, added, deadline) : undefined;
    if (removed && added && !words) coarse = true;
    segments.push(
      ...(words ?? [
        { kind: 'removed', text: removed },
        { kind: 'added', text: added },
      ]),
    );
  }
  return { segments: mergeChangeRegions(coalesce(segments)), coarse };
}

function uniqueFragmentIds(text: string): FragmentId[] {
  return [...new Set(findFragments(text).map((m) => m.fragment.id))];
}

function groupByPillar(ids: readonly FragmentId[]): PillarFragments[] {
  return pillars
    .map((pillar) => ({ pillar, fragments: ids.filter((id) => id.startsWith(`${pillar}.`)) }))
    .filter((group) => group.fragments.length > 0);
}

/** Compares two prompts word by word and names the catalogue fragments that changed. */
export function diffPrompts(before: string, after: string, options: { budgetMs?: number } = {}): PromptDiff {
  const { segments, coarse } = segmentsFor(before, after, options.budgetMs ?? DIFF_BUDGET_MS);
  const beforeIds = uniqueFragmentIds(before);
  const afterIds = uniqueFragmentIds(after);
  const added = afterIds.filter((id) => !beforeIds.includes(id));
  const removed = beforeIds.filter((id) => !afterIds.includes(id));
  return {
    segments,
    fragments: { added, removed },
    addedByPillar: groupByPillar(added),
    removedByPillar: groupByPillar(removed),
    coarse,
  };
}

/** "light (2), material (1)": a one-line summary of fragments grouped by pillar. */
export function describePillarCounts(groups: readonly PillarFragments[]): string {
  return groups.map((g) => `${g.pillar} (${g.fragments.length})`).join(', ');
}
