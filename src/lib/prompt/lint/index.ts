import { findAll } from './check';
import { composeFix } from './fixes';
import type { LintFinding, LintOptions } from './types';

/**
 * The FLUX-aware prompt checker. Every finding has a character range in the prompt, a message a
 * newcomer understands, and, where one exists, a replacement for that range. It works on the
 * prompt's reading (../../reading), so a contradiction in the reader's own words is found like
 * one between two catalogue phrases.
 *
 * Catalogue fragments are recognised first and their text is never flagged as vague or
 * negative: "no retouching" is a photography term the guide recommends, not a negative prompt.
 */

export { lintRules, lintRuleNames } from './types';
export type { LintFinding, LintOptions, LintRule, LintSeverity } from './types';
export { applySuggestion, tidySeparators } from './fixes';
export { emptyQualityTerms, isEmptyQualityTerm } from './rules/vague-term';

/**
 * Past this length a prompt is far beyond every model's token limit (512 tokens is about 2,500
 * characters), so its fixes are offered as they are, without re-checking each one: that check
 * re-reads the whole prompt once per fix.
 */
const VERIFY_MAX_CHARS = 6000;

/** Checks `prompt` for things FLUX ignores or misreads. Synchronous; findings in text order. */
export function lintPrompt(prompt: string, options: LintOptions): LintFinding[] {
  const findings = findAll(prompt, options);
  if (prompt.length > VERIFY_MAX_CHARS) return findings;
  return findings.map((finding) => composeFix(prompt, finding, findings, options));
}

/** How many warnings and errors the prompt has: the findings alone, without working out their fixes. */
export function countWarnings(prompt: string, options: LintOptions): number {
  return findAll(prompt, options).filter((f) => f.severity !== 'info').length;
}
