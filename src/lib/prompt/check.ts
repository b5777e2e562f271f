import type { ModelId } from '../models';
import { lintPrompt, type LintFinding } from './lint';
import { countTokens, type TokenCount } from './tokens';

/** What the checker says of one prompt for one model: its estimated token count and findings. */
export interface PromptCheckResult {
  prompt: string;
  model: ModelId;
  tokens: TokenCount;
  findings: LintFinding[];
}

/**
 * Checks a prompt. Pages run this at build time for the prompt a widget opens with and hand the
 * result to the widget, which then need not check that prompt again while it hydrates: the
 * first check on a page compiles the checker's Unicode patterns, the most expensive part of
 * hydrating the builder and the diff tool.
 */
export function checkPrompt(prompt: string, model: ModelId): PromptCheckResult {
  return { prompt, model, tokens: countTokens(prompt, model), findings: lintPrompt(prompt, { model }) };
}

/** The given result when it is for this prompt and model, else undefined. */
export function resultFor(result: PromptCheckResult | undefined, prompt: string, model: ModelId): PromptCheckResult | undefined {
  return result !== undefined && result.prompt === prompt && result.model === model ? result : undefined;
}
