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
 * Joins fragments and free text into one prompt, in the order BFL recommends
 * (subject, action, style, context, camera, lighting, colour, details). Parts in
 * the same slot keep the order they were given. A fragment given twice, or a text
 * repeated word for word (ignoring case), appears once.
 */
export function composePrompt(parts: readonly PromptPart[]): string {
  const seen = new Set<string>();
  const placed: { text: string; rank: number; index: number }[] = [];
  parts.forEach((part, index) => {
    const { text, slot } = typeof part === 'string' ? resolveFragment(part) : { text: part.text, slot: part.slot ?? 'subject' };
    const tidy = tidyPart(text);
    const key = tidy.toLowerCase();
    if (!tidy || seen.has(key)) return;
    seen.add(key);
    placed.push({ text: tidy, rank: slotRank.get(slot) ?? 0, index });
  });
  placed.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return placed.map((p) => p.text).join(', ');
}

function resolveFragment(id: string): { text: string; slot: PromptSlot } {
  if (!isFragmentId(id)) throw new Error(`Unknown fragment id "${id}"`);
  const fragment = getFragment(id);
  return { text: fragment.text, slot: fragment.slot };
}
