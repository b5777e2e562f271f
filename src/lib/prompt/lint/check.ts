import { overlapsAny } from '../../reading';
import { lintContext } from './context';
import { findConflicts } from './rules/conflict';
import { findMissingPillars } from './rules/missing-pillar';
import { findNegativePhrasing } from './rules/negative-phrasing';
import { findTooLong } from './rules/too-long';
import { findUnsupportedSyntax } from './rules/unsupported-syntax';
import { findVagueTerms } from './rules/vague-term';
import type { LintFinding, LintOptions } from './types';

/** Every rule's findings, in text order, without their fixes checked. */
export function findAll(prompt: string, options: LintOptions): LintFinding[] {
  if (prompt.trim() === '') return [];
  const context = lintContext(prompt, options);
  const fragmentRanges = context.fragmentMatches;
  const syntax = findUnsupportedSyntax(prompt, options.model);
  // A problem the reader names in a negation ("not plastic-looking") is fixed whole by the vague-term rule.
  const problems = context.reading.claims.filter((c) => c.facet === 'problem');
  const negatives = findNegativePhrasing(prompt, [...fragmentRanges, ...syntax, ...problems], options.model, () => context.picture().hasPerson);
  const vague = findVagueTerms(prompt, context, [...fragmentRanges, ...syntax, ...negatives]);
  const conflicts = findConflicts(context).filter((f) => !overlapsAny(f, syntax));
  const tooLong = findTooLong(prompt, options);
  const missing = findMissingPillars(context);
  return [...syntax, ...negatives, ...vague, ...conflicts, ...tooLong, ...missing].sort((a, b) => a.start - b.start || a.end - b.end);
}
