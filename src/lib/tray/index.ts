import '../zod-setup';
import { z } from 'zod/mini';
import { promptSlots } from '../fragments/types';

/**
 * The prompt tray: phrases a reader sends from the tools ("add to prompt") to collect,
 * copy, or open in the builder. Pure data here; storage lives in src/components/tray.
 */
export const TrayItemSchema = z.object({
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
  slot: z.enum(promptSlots),
  /** The catalogue fragment the text came from, when it is one. */
  fragmentId: z.optional(z.string()),
  /** Which tool sent it: "lighting", "lens", "templates"… */
  from: z.string().check(z.maxLength(40)),
});
export type TrayItem = z.infer<typeof TrayItemSchema>;

export const TRAY_LIMIT = 50;
const TraySchema = z.array(TrayItemSchema).check(z.maxLength(TRAY_LIMIT));

export type TrayParseResult = { items: TrayItem[]; error?: string };

/** Reads a stored tray. Anything malformed yields an empty tray and a message, never an exception. */
export function parseTray(stored: string | null | undefined): TrayParseResult {
  if (stored == null || stored === '') return { items: [] };
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return { items: [], error: 'The saved prompt tray could not be read, so it was emptied.' };
  }
  const parsed = TraySchema.safeParse(json);
  if (!parsed.success) return { items: [], error: 'The saved prompt tray was not in a form this site understands, so it was emptied.' };
  return { items: parsed.data };
}

/** Adds an item unless the same text is already there; keeps the newest TRAY_LIMIT items. */
export function addTrayItem(items: readonly TrayItem[], item: TrayItem): TrayItem[] {
  const valid = TrayItemSchema.parse(item);
  if (items.some((existing) => existing.text.toLowerCase() === valid.text.toLowerCase())) return [...items];
  return [...items, valid].slice(-TRAY_LIMIT);
}

export function removeTrayItem(items: readonly TrayItem[], index: number): TrayItem[] {
  return items.filter((_, i) => i !== index);
}

export function serializeTray(items: readonly TrayItem[]): string {
  return JSON.stringify(items);
}
