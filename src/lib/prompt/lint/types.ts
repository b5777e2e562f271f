import type { FragmentId } from '../../fragments';
import type { ModelId } from '../../models';
import type { TokenCount } from '../tokens';

/** The checker's findings and options, written once. */

export const lintRules = [
  'negative-phrasing',
  'vague-term',
  'unsupported-syntax',
  'conflict',
  'too-long',
  'missing-pillar',
] as const;
export type LintRule = (typeof lintRules)[number];

/** What each rule is called where findings are listed. */
export const lintRuleNames: Record<LintRule, string> = {
  'negative-phrasing': 'Negative phrasing',
  'vague-term': 'Vague term',
  'unsupported-syntax': 'Unsupported syntax',
  conflict: 'Contradiction',
  'too-long': 'Too long',
  'missing-pillar': 'Missing pillar',
};
export type LintSeverity = 'error' | 'warning' | 'info';

export interface LintFinding {
  rule: LintRule;
  severity: LintSeverity;
  message: string;
  /** Character range in the prompt: [start, end). Equal for an insertion point. */
  start: number;
  end: number;
  /** Text to put in place of [start, end); an empty string means "remove it". */
  suggestion?: string;
  /** The catalogue fragment the suggestion comes from, if any. */
  fragmentId?: FragmentId;
}

export interface LintOptions {
  model: ModelId;
  /**
   * A token count made elsewhere, e.g. the exact Qwen3 count from `countQwen3Tokens`.
   * Without it the checker uses the synchronous estimate from `countTokens`.
   */
  tokenCount?: TokenCount;
}

