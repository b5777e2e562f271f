import { findAll } from './check';
import { composeFix } from './fixes';
import type { KnownCheck, LintFinding, LintOptions } from './types';
import { countTokens, type TokenCount } from '../tokens';

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
export type { KnownCheck, LintFinding, LintOptions, LintRule, LintSeverity } from './types';
export { applySuggestion, tidySeparators } from '../suggestion';
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

/**
 * A check made ahead of time (when a page is built) for a prompt a widget opens with, so the
 * widget can show it before the checker itself has loaded. `tokens` is the count the check used.
 */
export function knownCheck(prompt: string, model: LintOptions['model'], tokenCount?: TokenCount): KnownCheck {
  const tokens = tokenCount ?? countTokens(prompt, model);
  return { prompt, model, tokens: tokens.count, findings: lintPrompt(prompt, { model, tokenCount: tokens }) };
}
