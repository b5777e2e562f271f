import { getFragment, isFragmentId, type FragmentId } from '../fragments';
import { promptSlots, type PromptSlot } from '../fragments/types';

/** Free text in a prompt: the subject, a setting, anything the catalogue does not hold. */
export interface FreeText {
  text: string;
  /** Where the text belongs in BFL's order; free text without a slot is treated as the subject. */
  slot?: PromptSlot;
}

export type PromptPart = FragmentId | FreeText;

/**
 * Tidies one part: collapses whitespace, turns runs of commas into one,
 * and strips separators at either end so the join can add its own.
 */
export function tidyPart(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s*,(?:\s*,)+/g, ',')
    .replace(/\s+,/g, ',')
    .replace(/^[\s,;.]+|[\s,;.]+$/g, '');
}

const slotRank = new Map<PromptSlot, number>(promptSlots.map((slot, index) => [slot, index]));

/**
 * Joins texts in the order given: each tidied, separated by commas, and a text repeated word
 * for word (ignoring case) kept once. Every prompt the guide writes is joined here.
 */
export function joinInOrder(texts: readonly string[]): string {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const text of texts) {
    const tidy = tidyPart(text);
    const key = tidy.toLowerCase();
    if (!tidy || seen.has(key)) continue;
    seen.add(key);
    kept.push(tidy);
  }
  return kept.join(', ');
}

/**
 * Joins fragments and free text into one prompt, in the order BFL recommends
 * (subject, action, style, context, camera, lighting, colour, details). Parts in
 * the same slot keep the order they were given; repeats appear once (see joinInOrder).
 */
export function composePrompt(parts: readonly PromptPart[]): string {
  const placed = parts.map((part, index) => {
    const { text, slot } = typeof part === 'string' ? resolveFragment(part) : { text: part.text, slot: part.slot ?? 'subject' };
    return { text, rank: slotRank.get(slot) ?? 0, index };
  });
  placed.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return joinInOrder(placed.map((p) => p.text));
}

function resolveFragment(id: string): { text: string; slot: PromptSlot } {
  if (!isFragmentId(id)) throw new Error(`Unknown fragment id "${id}"`);
  const fragment = getFragment(id);
  return { text: fragment.text, slot: fragment.slot };
}
