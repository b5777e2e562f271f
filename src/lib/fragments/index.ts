import { FragmentSchema, type Fragment, type Pillar } from './schema';
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

/** Validates the whole catalogue once, when the module loads: a bad entry fails the build. */
function validateCatalogue(input: readonly unknown[]): readonly Fragment[] {
  const parsed = input.map((entry) => FragmentSchema.parse(entry));
  const ids = new Set<string>();
  for (const fragment of parsed) {
    if (ids.has(fragment.id)) throw new Error(`Duplicate fragment id "${fragment.id}"`);
    ids.add(fragment.id);
  }
  for (const fragment of parsed) {
    for (const other of fragment.conflictsWith ?? []) {
      if (!ids.has(other)) throw new Error(`Fragment "${fragment.id}" conflicts with unknown id "${other}"`);
    }
  }
  return Object.freeze(parsed);
}

export type CatalogueFragment = Fragment & { id: FragmentId };

/** The catalogue, in definition order. */
export const fragments = validateCatalogue(definitions) as readonly CatalogueFragment[];

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
