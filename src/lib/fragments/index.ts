import type { Fragment, Pillar } from './types';
import { skinFragments } from './skin';
import { lightFragments } from './light';
import { materialFragments } from './material';
import { lensFragments } from './lens';
import { colorFragments } from './color';
import { sceneFragments } from './scene';
import { macroFragments } from './macro';
import { textFragments } from './text';

const definitions = [
  ...skinFragments,
  ...lightFragments,
  ...materialFragments,
  ...lensFragments,
  ...colorFragments,
  ...sceneFragments,
  ...macroFragments,
  ...textFragments,
] as const;

/** Every fragment id in the catalogue, as a union: a typo is a type error. */
export type FragmentId = (typeof definitions)[number]['id'];

export type CatalogueFragment = Fragment & { id: FragmentId };

/**
 * The catalogue, in definition order. It is validated at build time and in the tests
 * (validateFragments in ./validate), so the browser gets it without zod.
 */
export const fragments: readonly CatalogueFragment[] = Object.freeze([...definitions]);

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
