import { checkPrompt, type PromptCheckResult } from '../prompt/check';
import { builderPrompt, defaultBuilderState } from './state';

/** The checker's result for the prompt the builder opens with; the page computes it at build time. */
export function builderOpeningCheck(): PromptCheckResult {
  const state = defaultBuilderState();
  return checkPrompt(builderPrompt(state), state.model);
}
