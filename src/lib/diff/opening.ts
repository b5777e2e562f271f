import { checkPrompt, type PromptCheckResult } from '../prompt/check';
import { diffPrompts, type PromptDiff } from './index';
import { defaultDiffState } from './url-state';

/** The diff tool's results for the comparison it opens with, computed when the page is built. */
export interface DiffOpening {
  before: string;
  after: string;
  diff: PromptDiff;
  check: PromptCheckResult;
}

/** The page hands this to the diff tool, which then need not compute it while it hydrates (see checkPrompt). */
export function diffToolOpening(): DiffOpening {
  const { before, after, model } = defaultDiffState;
  return { before, after, diff: diffPrompts(before, after), check: checkPrompt(after, model) };
}
