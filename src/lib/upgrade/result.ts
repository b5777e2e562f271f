import { getFragment, type FragmentId } from '../fragments';
import { promptSlots, type Pillar } from '../fragments/types';
import { DEFAULT_MODEL_ID, type ModelId } from '../models';
import { UPGRADE_INPUT_MAX } from '../limits';
import { formatWholeNumber } from '../numbers';
import { tidySeparators } from '../prompt/suggestion';
import type { SubjectKind } from '../reading/subject-kinds';

/**
 * What an upgrade is, and how any subset of its pieces is applied: light enough for the tool
 * to load with the page, while the upgrade itself (./upgrade) loads on the reader's first action.
 */

export interface UpgradeSuggestion {
  /** Stable within one prompt: "fix:<start>-<end>" or "add:<fragment id>". Share links name dropped pieces by it. */
  id: string;
  /** A fix replaces words of the prompt; an addition appends a fragment. */
  kind: 'fix' | 'add';
  /** The realism pillar the new words serve, when they come from the catalogue. */
  pillar: Pillar | null;
  fragmentId?: FragmentId;
  /** The words it puts in; empty when a fix only removes. */
  text: string;
  /** One line: why. */
  why: string;
  /** For a fix, the range of the original prompt it replaces. */
  replaces?: { start: number; end: number };
}

export interface UpgradeResult {
  prompt: string;
  model: ModelId;
  subject: SubjectKind;
  suggestions: UpgradeSuggestion[];
  /** The prompt with every suggestion applied. */
  upgraded: string;
  /** Set when the prompt could not be upgraded in full: a sentence for the reader. */
  notice?: string;
  /** Where the reader's own words contradict each other: kept as written, and shown. */
  conflicts: { message: string; start: number; end: number }[];
}

export interface UpgradeOptions {
  model: ModelId;
}

/** The model the tool starts with: the one every tool starts with. */
export const DEFAULT_UPGRADE_MODEL: ModelId = DEFAULT_MODEL_ID;

export const upgradeNotices = {
  empty: 'Paste or type a prompt to see what a photographer would add.',
  tooLongInput: `This prompt is longer than ${formatWholeNumber(UPGRADE_INPUT_MAX)} characters, far more than any FLUX model reads; shorten it to upgrade it.`,
  notLatin:
    'The upgrade reads English prompts: it found no English words here, so it adds nothing. The checker\u2019s fixes still apply.',
  overLimit: 'This prompt already fills the model\u2019s token limit, so nothing is added; shorten it to make room.',
} as const;

const slotRank = new Map<string, number>(promptSlots.map((slot, index) => [slot, index]));

/**
 * The prompt with the given suggestions applied: fixes in place, additions after the reader's
 * words in BFL's order (camera, lighting, colour, details). Any subset of an upgrade's
 * suggestions can be applied, which is how the tool drops a piece the reader unticks.
 */
export function applyUpgrade(prompt: string, suggestions: readonly UpgradeSuggestion[]): string {
  const fixes = suggestions.filter((s) => s.replaces).sort((a, b) => b.replaces!.start - a.replaces!.start);
  let text = prompt;
  for (const fix of fixes) text = text.slice(0, fix.replaces!.start) + fix.text + text.slice(fix.replaces!.end);
  text = tidySeparators(text);
  const additions = additionsInOrder(suggestions).map((s) => s.text);
  if (additions.length === 0) return text;
  const base = text.replace(/[\s,;.]+$/u, '');
  return [base, ...additions].filter((part) => part !== '').join(', ');
}

/** The additions among `suggestions`, in the order they join the prompt: BFL's slot order. */
export function additionsInOrder(suggestions: readonly UpgradeSuggestion[]): UpgradeSuggestion[] {
  return suggestions
    .filter((s) => !s.replaces && s.text !== '')
    .map((s, index) => ({ s, index, rank: s.fragmentId ? (slotRank.get(getFragment(s.fragmentId).slot) ?? 0) : 0 }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ s }) => s);
}
