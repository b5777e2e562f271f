import { getModel } from '../../../models';
import { truncationNote } from '../../../models/front-end-notes';
import { countTokens } from '../../tokens';
import type { LintFinding, LintOptions } from '../types';

// ---------------------------------------------------------------------------
// too-long: past the model's token limit the pipeline silently cuts the text

export function findTooLong(prompt: string, options: LintOptions): LintFinding[] {
  const tokens = options.tokenCount ?? countTokens(prompt, options.model);
  if (tokens.limit === null || tokens.count <= tokens.limit) return [];
  const model = getModel(options.model);
  const counted = tokens.exact ? `${tokens.count} tokens` : `about ${tokens.count} tokens (an estimate)`;
  return [
    {
      rule: 'too-long',
      severity: tokens.exact ? 'error' : 'warning',
      message: `This prompt is ${counted}. ${truncationNote(model, tokens.limit)} Shorten it, and put what matters most first.`,
      // A count made on a longer text (the widget checks the first part live) can cut past this one.
      start: Math.min(tokens.cutAt ?? 0, prompt.length),
      end: prompt.length,
    },
  ];
}
