import type { Fragment, Pillar } from './types';
import { skinFragments } from './skin';
import { lightFragments } from './light';
import { materialFragments } from './material';
import { lensFragments } from './lens';
import { colorFragments } from './color';
import { sceneFragments } from './scene';
import { macroFragments } from './macro';
import { textFragments } from './text';
import { cameraFragments } from './camera';
import { ruleConflicts } from './conflicts';

const definitions = [
  ...skinFragments,
  ...lightFragments,
  ...materialFragments,
  ...lensFragments,
  ...colorFragments,
  ...sceneFragments,
  ...macroFragments,
  ...textFragments,
  ...cameraFragments,
] as const;

/** Every fragment id in the catalogue, as a union: a typo is a type error. */
export type FragmentId = (typeof definitions)[number]['id'];

export type CatalogueFragment = Fragment & { id: FragmentId };

/** A fragment's own conflicts and those that follow from the photographic rules in ./conflicts, each once. */
function withRuleConflicts(fragment: CatalogueFragment): CatalogueFragment {
  const fromRules = ruleConflicts(fragment.id);
  if (fromRules.length === 0) return fragment;
  return { ...fragment, conflictsWith: [...new Set([...(fragment.conflictsWith ?? []), ...fromRules])] };
}

/**
 * The catalogue, in definition order. It is validated at build time and in the tests
 * (validateFragments in ./validate), so the browser gets it without zod.
 */
export const fragments: readonly CatalogueFragment[] = Object.freeze(definitions.map((f) => withRuleConflicts(f as CatalogueFragment)));

const byId = new Map<string, CatalogueFragment>(fragments.map((f) => [f.id, f]));

export function isFragmentId(id: string): id is FragmentId {
  return byId.has(id);
}

/** Looks a fragment up by id; throws for an unknown id (callers outside TypeScript). */
export function getFragment(id: FragmentId): CatalogueFragment {
  const fragment = byId.get(id);
  if (!fragment) throw new Error(`Unknown fragment id "${String(id)}"`);
  return fragment;
}

export function fragmentsByPillar(pillar: Pillar): readonly CatalogueFragment[] {
  return fragments.filter((f) => f.pillar === pillar);
}

let conflictMap: Map<string, Set<string>> | undefined;

/**
 * The fragments that conflict with `id`, in either direction of `conflictsWith`: the one place
 * the catalogue's conflicts are made two-way, for the checker, the upgrade and the builder.
 */
export function conflictsOf(id: FragmentId): ReadonlySet<string> {
  if (!conflictMap) {
    conflictMap = new Map(fragments.map((f) => [f.id, new Set<string>()]));
    for (const fragment of fragments) {
      for (const other of fragment.conflictsWith ?? []) {
        conflictMap.get(fragment.id)!.add(other);
        conflictMap.get(other)?.add(fragment.id);
      }
    }
  }
  return conflictMap.get(id) ?? new Set();
}
