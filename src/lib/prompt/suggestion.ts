import type { LintFinding } from './lint/types';

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
