import { gapNames, openGaps } from '../../../reading';
import { spokenList } from '../../../models/front-end-notes';
import type { LintContext } from '../context';
import type { LintFinding } from '../types';

/**
 * One tip listing what the prompt leaves open, suited to the picture (a product is not asked
 * about skin, an astronaut is not offered fabric), with the phrases that would fill it. The
 * upgrade fills the same gaps with the same phrases.
 */
export function findMissingPillars(context: LintContext): LintFinding[] {
  const { prompt, reading } = context;
  // What the reading could not read is said once, instead of tips built on half a reading.
  if (reading.unread.length > 0) {
    return [{ rule: 'missing-pillar', severity: 'info', message: reading.unread.join(' '), start: prompt.length, end: prompt.length }];
  }
  const gaps = openGaps(reading, context.picture());
  if (gaps.length === 0) return [];
  const phrases = gaps.map(({ fragment }) => fragment.text);
  const names = spokenList(gaps.map(({ gap }) => gapNames[gap]));
  return [
    {
      rule: 'missing-pillar',
      severity: 'info',
      message: `The prompt says nothing about ${names}, so FLUX fills ${gaps.length === 1 ? 'it' : 'them'} in with a generic look. For this picture: ${phrases.map((p) => `"${p}"`).join(', ')}.`,
      start: prompt.length,
      end: prompt.length,
      suggestion: `, ${phrases.join(', ')}`,
      ...(gaps.length === 1 ? { fragmentId: gaps[0]!.fragment.id } : {}),
    },
  ];
}
