import { z } from 'zod';

/**
 * The one way the library checks its own data against a zod schema at build time and in the
 * tests (../checks.ts): parse, and on a failure throw naming the entry at fault with zod's
 * message; for a catalogue, also that no id appears twice. Never loaded in the browser.
 */

/** `value` parsed by `schema`, or an Error "<what> is invalid: <zod's message>". */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`${what} is invalid: ${z.prettifyError(result.error)}`);
  return result.data;
}

/**
 * Every entry parsed by `schema` (each named by `nameOf` in a message), with unique ids:
 * "Duplicate <kind> id "<id>"" otherwise.
 */
export function validateEntries<T extends { id: string }>(
  kind: string,
  schema: z.ZodType<T>,
  entries: readonly unknown[],
  nameOf: (entry: unknown, index: number) => string,
): T[] {
  const parsed = entries.map((entry, index) => parseOrThrow(schema, entry, nameOf(entry, index)));
  const ids = new Set<string>();
  for (const entry of parsed) {
    if (ids.has(entry.id)) throw new Error(`Duplicate ${kind} id "${entry.id}"`);
    ids.add(entry.id);
  }
  return parsed;
}

/** "<Kind> "<id>"" when the entry has a string id, else "<Kind> #<index>". */
export function entryName(kind: string): (entry: unknown, index: number) => string {
  return (entry, index) => {
    const id = (entry as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? `${kind} "${id}"` : `${kind} #${index}`;
  };
}
