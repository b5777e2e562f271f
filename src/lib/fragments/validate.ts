import { z } from 'zod';
import { FragmentSchema } from './schema';

/**
 * Checks a catalogue: every entry against the schema, ids unique, conflicts pointing at real
 * ids. Throws with the entry at fault. Runs at build time and in the tests, not in the browser.
 */
export function validateFragments(input: readonly unknown[]): void {
  const parsed = input.map((entry, index) => {
    const result = FragmentSchema.safeParse(entry);
    if (!result.success) {
      const id = (entry as { id?: unknown })?.id;
      throw new Error(`Fragment ${typeof id === 'string' ? `"${id}"` : `#${index}`} is invalid: ${z.prettifyError(result.error)}`);
    }
    return result.data;
  });
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
}
