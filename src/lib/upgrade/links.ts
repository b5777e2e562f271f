import { builderToQuery } from '../builder/share';
import type { BuilderPart, BuilderState } from '../builder/state';
import { diffToQuery } from '../diff/share';
import { BUILDER_TEXT_MAX } from '../limits';
import type { ModelId } from '../models';
import { additionsInOrder, applyUpgrade, type UpgradeSuggestion } from './index';

/**
 * Where an upgrade goes next: the builder (the reader's words as one part, each added
 * fragment as a part of its own, so the builder can move or drop it) and the diff tool
 * (the reader's prompt before, the upgrade after).
 */

/** The builder's query for the upgrade ("?s=…"), or null when the reader's words are too long for one builder part or the link too long. */
export function upgradeBuilderQuery(prompt: string, model: ModelId, kept: readonly UpgradeSuggestion[]): string | null {
  const own = applyUpgrade(prompt, kept.filter((s) => s.kind === 'fix'));
  if (own.length > BUILDER_TEXT_MAX) return null;
  const parts: BuilderPart[] = [
    ...(own.trim() === '' ? [] : [{ kind: 'text', text: own, slot: 'subject' } as const]),
    ...additionsInOrder(kept).flatMap((s): BuilderPart[] => (s.fragmentId ? [{ kind: 'fragment', id: s.fragmentId }] : [])),
  ];
  const state: BuilderState = { model, template: null, values: {}, parts };
  const query = builderToQuery(state);
  return query === null ? null : `?${query}`;
}

/** The diff tool's query ("?before=…") comparing the reader's prompt with the upgrade, or null when too long for a link. */
export function upgradeDiffQuery(prompt: string, upgraded: string, model: ModelId): string | null {
  const query = diffToQuery({ pair: null, before: prompt, after: upgraded, model });
  return query === null ? null : `?${query}`;
}
