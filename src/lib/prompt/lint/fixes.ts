import { findFragments } from '../../reading';
import { findAll } from './check';
import type { LintFinding, LintOptions } from './types';

/**
 * Makes the checker's fixes safe to click: a fix may bring no new warning (a replacement that
 * contradicts the prompt, a weight whose words are themselves vague, a fragment already there).
 */

/**
 * Tidies the separators a fix leaves behind, so removing "--ar 16:9" or a "Negative prompt:"
 * section leaves no stray commas or doubled spaces.
 */
export function tidySeparators(text: string): string {
  return text
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+,/g, ',')
    .replace(/,(?:[ \t]*,)+/g, ',')
    .replace(/^[\s,]+|[\s,]+$/g, '');
}

/** Applies a finding's suggestion to the prompt and tidies the separators around it. */
export function applySuggestion(prompt: string, finding: Pick<LintFinding, 'start' | 'end' | 'suggestion'>): string {
  if (finding.suggestion === undefined) return prompt;
  return tidySeparators(prompt.slice(0, finding.start) + finding.suggestion + prompt.slice(finding.end));
}

export const isLoud = (finding: LintFinding) => finding.severity !== 'info';

/** Loud findings by rule and flagged text, counted: positions move when a fix changes the text. */
function loudKeys(prompt: string, findings: readonly LintFinding[]): Map<string, number> {
  const keys = new Map<string, number>();
  for (const f of findings) {
    if (!isLoud(f)) continue;
    // By the flagged words alone: a fix may move a phrase from one rule to another ("no people" is
    // vague after a comma, a negation after a word), which is not a new problem. Contradictions
    // are counted together: a fix next to one can change which words it flags, not how many there are.
    const key = f.rule === 'conflict' ? '\u0000conflict' : prompt.slice(f.start, f.end).toLowerCase();
    keys.set(key, (keys.get(key) ?? 0) + 1);
  }
  return keys;
}

/** True when applying `text` for `finding` brings no warning or error the prompt did not already have. */
function fixIsClean(prompt: string, finding: LintFinding, text: string, before: Map<string, number>, options: LintOptions): boolean {
  const fixed = applySuggestion(prompt, { ...finding, suggestion: text });
  const after = loudKeys(fixed, findAll(fixed, options));
  const allowed = new Map(before);
  if (isLoud(finding)) {
    const own = finding.rule === 'conflict' ? '\u0000conflict' : prompt.slice(finding.start, finding.end).toLowerCase();
    allowed.set(own, (allowed.get(own) ?? 0) - 1);
  }
  for (const [key, count] of after) if (count > (allowed.get(key) ?? 0)) return false;
  // A fragment the prompt already holds is not added twice.
  const added = text.replace(/^,\s*/, '').trim().toLowerCase();
  const rest = (prompt.slice(0, finding.start) + '\n' + prompt.slice(finding.end)).toLowerCase();
  return added === '' || !rest.includes(added);
}

/**
 * The suggestion with the checker's fixes applied to it where it stands in the prompt (a
 * weight's words may themselves be vague, and what fits depends on the rest of the picture).
 */
function fixedWithin(prompt: string, finding: LintFinding, text: string, options: LintOptions): string {
  let current = prompt.slice(0, finding.start) + text + prompt.slice(finding.end);
  const start = finding.start;
  let end = start + text.length;
  for (let round = 0; round < 4; round += 1) {
    const fix = findAll(current, options).find((f) => isLoud(f) && f.suggestion !== undefined && f.start >= start && f.end <= end);
    if (!fix) break;
    current = current.slice(0, fix.start) + fix.suggestion + current.slice(fix.end);
    end += fix.suggestion!.length - (fix.end - fix.start);
  }
  return current.slice(start, end).trim();
}

/**
 * Makes a finding's fix safe to click: no fix may bring a new warning (a replacement that
 * contradicts the prompt, a weight whose words are themselves vague, a fragment already there).
 * Tries the suggestion, then the suggestion with its own problems fixed, then removing the
 * flagged words; if none is clean, the finding keeps no fix.
 */
export function composeFix(prompt: string, finding: LintFinding, all: readonly LintFinding[], options: LintOptions): LintFinding {
  if (finding.suggestion === undefined) return finding;
  const before = loudKeys(prompt, all);
  const candidates = [finding.suggestion];
  if (finding.suggestion.trim() !== '' && finding.start < finding.end) candidates.push(fixedWithin(prompt, finding, finding.suggestion, options));
  if (finding.rule !== 'missing-pillar' && finding.start < finding.end) candidates.push('');
  for (const [index, candidate] of candidates.entries()) {
    const text = candidate;
    if (index > 0 && text === finding.suggestion) continue;
    if (!fixIsClean(prompt, finding, text, before, options)) continue;
    if (index === 0) return finding;
    const { fragmentId: _dropped, ...rest } = finding;
    if (text === '') {
      return { ...rest, message: `${finding.message} Here the suggested words would clash with the rest of the prompt, so the fix removes the phrase.`, suggestion: '' };
    }
    const bare = text.replace(/^,\s*/, '');
    const fragment = findFragments(bare).find((m) => m.start === 0 && m.end === bare.length)?.fragment;
    return { ...rest, suggestion: text, ...(fragment ? { fragmentId: fragment.id } : {}) };
  }
  const { suggestion: _none, fragmentId: _id, ...rest } = finding;
  return rest;
}
