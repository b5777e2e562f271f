import { findContradictions } from '../../../reading';
import type { LintContext } from '../context';
import type { LintFinding } from '../types';

/**
 * Two instructions one photograph cannot both follow, from the reading: the same rule finds
 * "shallow depth of field … everything in focus" in the reader's words and two catalogue
 * phrases that contradict each other. Reported at the later phrase; the fix removes it, and
 * the message says which to keep for which picture.
 */
export function findConflicts(context: LintContext): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const { later, message } of findContradictions(context.reading)) {
    if (findings.some((f) => f.start < later.end && later.start < f.end)) continue;
    findings.push({ rule: 'conflict', severity: 'warning', message, start: later.start, end: later.end, suggestion: '' });
  }
  return findings;
}
