import { getFragment, type FragmentId } from '../fragments';
import { promptSlots, type Pillar } from '../fragments/types';
import type { ModelId } from '../models';
import { countWarnings, isEmptyQualityTerm, lintPrompt, tidySeparators, type LintFinding } from '../prompt/lint';
import { countTokens } from '../prompt/tokens';
import { formatWholeNumber } from '../numbers';
import {
  coversGap,
  describePicture,
  findFragments,
  fittingFragments,
  overlapsAny,
  readPrompt,
  upgradePillars,
  type SubjectKind,
} from '../reading';

/**
 * "Make it photographic": the reader's own prompt, with the checker's fixes and, for each gap
 * it leaves open, the one catalogue fragment that suits the picture it describes (read by
 * ../reading: who is in it, what they do, where and when).
 *
 * Rules it keeps (tests/unit/upgrade*.test.ts hold it to them): the reader's words stay, in
 * their order, except those a fix replaces; nothing is added for something the prompt already
 * sets, nor what its place, time or sky rules out; at most one fragment per gap; where the
 * reader's own words contradict each other both stay and the contradiction is shown; the
 * result brings no warning of its own and fits the model's token limit; and upgrading the
 * result suggests nothing more.
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

/** The model the tool starts with: FLUX.2 [klein], the open model the guide's builder starts with too. */
export const DEFAULT_UPGRADE_MODEL: ModelId = 'flux2-klein-9b';
/** Longer prompts are not upgraded: far past every model's token limit, and slow to check as you type. */
export const UPGRADE_INPUT_MAX = 10_000;

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

/** The first `count` sentences of a checker message: the tool shows a line or two per piece. */
function firstSentences(message: string, count = 1): string {
  const ends = [...message.matchAll(/[.!?](?=\s|$)/gu)];
  const end = ends[count - 1];
  return end === undefined ? message : message.slice(0, end.index + 1);
}

const loud = (f: LintFinding) => f.severity !== 'info';

function fixSuggestions(prompt: string, model: ModelId): UpgradeSuggestion[] {
  const taken: { start: number; end: number }[] = [];
  const fixes: UpgradeSuggestion[] = [];
  for (const finding of lintPrompt(prompt, { model })) {
    // A contradiction in the reader's own words is theirs to settle: both phrases stay, and the tool shows it.
    if (finding.rule === 'conflict') continue;
    if (!loud(finding) || finding.suggestion === undefined || finding.start === finding.end) continue;
    if (overlapsAny(finding, taken)) continue;
    taken.push(finding);
    const original = prompt.slice(finding.start, finding.end);
    const replaces = { start: finding.start, end: finding.end };
    const id = `fix:${finding.start}-${finding.end}`;
    if (finding.rule === 'vague-term' && isEmptyQualityTerm(original)) {
      // Praise is removed; the pillar fragments below say concretely what it hoped for.
      fixes.push({
        id,
        kind: 'fix',
        pillar: null,
        text: '',
        why: `"${original}" judges the picture instead of describing it: it names nothing a camera would see.`,
        replaces,
      });
      continue;
    }
    const fragment = finding.fragmentId ? getFragment(finding.fragmentId) : undefined;
    fixes.push({
      id,
      kind: 'fix',
      pillar: fragment?.pillar ?? null,
      ...(fragment ? { fragmentId: fragment.id } : {}),
      text: finding.suggestion,
      // Other tools' syntax: the second sentence says what the reader's front ends do with it.
      why: firstSentences(finding.message, finding.rule === 'unsupported-syntax' ? 2 : 1),
      replaces,
    });
  }
  return fixes;
}

/**
 * Each fix is safe on its own (the checker sees to that), but two can clash once both are in:
 * "macro shot" and "blurry background" each get a lens fragment, and the two lenses contradict.
 * Fixes are taken in order; one that no longer lowers the count of warnings falls back to
 * removing its words, or is left out.
 */
function composedFixes(prompt: string, fixes: readonly UpgradeSuggestion[], model: ModelId): UpgradeSuggestion[] {
  const warnings = (suggestions: readonly UpgradeSuggestion[]) => countWarnings(applyUpgrade(prompt, suggestions), { model });
  const accepted: UpgradeSuggestion[] = [];
  let count = warnings(accepted);
  for (const fix of fixes) {
    const options = fix.text === '' ? [fix] : [fix, { ...fix, text: '', pillar: null, fragmentId: undefined, why: `${fix.why} Here its fix would clash with another, so the words are removed.` }];
    for (const option of options) {
      const { fragmentId, ...rest } = option;
      const clean: UpgradeSuggestion = fragmentId ? { ...rest, fragmentId } : rest;
      const next = warnings([...accepted, clean]);
      if (next < count) {
        accepted.push(clean);
        count = next;
        break;
      }
    }
  }
  return accepted;
}

/** The text without catalogue fragments: what the reader wrote decides the subject, not what was added. */
function ownWords(text: string): string {
  let own = text;
  for (const match of findFragments(text).sort((a, b) => b.start - a.start)) {
    own = own.slice(0, match.start) + ' , ' + own.slice(match.end);
  }
  return own;
}

function withinLimit(text: string, model: ModelId): boolean {
  const tokens = countTokens(text, model);
  return tokens.limit === null || tokens.count <= tokens.limit;
}

/** Upgrades a prompt. Pure and deterministic; never throws for any string. */
export function upgradePrompt(prompt: string, { model }: UpgradeOptions): UpgradeResult {
  const base = { prompt, model, conflicts: [] };
  if (prompt.trim() === '') return { ...base, subject: 'other', suggestions: [], upgraded: '', notice: upgradeNotices.empty };
  if (prompt.length > UPGRADE_INPUT_MAX) {
    return { ...base, subject: 'other', suggestions: [], upgraded: prompt, notice: upgradeNotices.tooLongInput };
  }
  const conflicts = lintPrompt(prompt, { model })
    .filter((f) => f.rule === 'conflict')
    .map(({ message, start, end }) => ({ message, start, end }));
  const fixes = composedFixes(prompt, fixSuggestions(prompt, model), model);
  const fixed = applyUpgrade(prompt, fixes);
  // The reader's own words decide what the picture is ("rainy street" is a street even after
  // its fix names cobblestones, "cinematic" keeps its look after its fix names a lens);
  // fragments already in the prompt do not.
  // A look the fixed prompt keeps counts as chosen, even in a catalogue phrase ("cinematic" becomes an anamorphic lens).
  const picture = { ...describePicture(ownWords(prompt)), styles: describePicture(fixed).styles };
  const result = (suggestions: UpgradeSuggestion[], notice?: string): UpgradeResult => ({
    ...base,
    conflicts,
    subject: picture.subject,
    suggestions,
    upgraded: applyUpgrade(prompt, suggestions),
    ...(notice ? { notice } : {}),
  });
  if (!/\p{Script=Latin}/u.test(fixed)) return result(fixes, upgradeNotices.notLatin);
  if (!withinLimit(fixed, model)) return result(fixes, upgradeNotices.overLimit);

  const additions: UpgradeSuggestion[] = [];
  for (const gap of upgradePillars) {
    const current = applyUpgrade(prompt, [...fixes, ...additions]);
    const reading = readPrompt(current);
    if (coversGap(reading, gap)) continue;
    for (const fragment of fittingFragments(gap, reading, picture)) {
      const addition: UpgradeSuggestion = {
        id: `add:${fragment.id}`,
        kind: 'add',
        pillar: fragment.pillar,
        fragmentId: fragment.id,
        text: fragment.text,
        why: fragment.does,
      };
      const trial = applyUpgrade(prompt, [...fixes, ...additions, addition]);
      if (!withinLimit(trial, model)) continue;
      // It brings no warning of its own (a contradiction the reading does not know of).
      if (countWarnings(trial, { model }) > countWarnings(current, { model })) continue;
      additions.push(addition);
      break;
    }
  }
  return result([...fixes, ...additions]);
}
