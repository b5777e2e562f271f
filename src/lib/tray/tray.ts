import type { PromptSlot } from '../fragments/types';
import type { StoredListRead } from '../storage';
import { TRAY_LIMIT, TRAY_TEXT_MAX } from '../limits';

/**
 * The prompt tray: phrases a reader sends from the tools ("add to prompt") to collect,
 * copy, or open in the builder. The list operations here; storage lives in src/components/tray
 * (one copy per page, see ../storage), and ./parse reads a stored tray back (with zod, so widgets
 * load it only when one is stored).
 */
export interface TrayItem {
  text: string;
  slot: PromptSlot;
  /** The catalogue fragment the text came from, when it is one. */
  fragmentId?: string;
  /** Which tool sent it: "lighting", "lens", "templates"… */
  from: string;
}


export type TrayParseResult = StoredListRead<TrayItem>;

/**
 * Adds an item unless the same text is already there; keeps the newest TRAY_LIMIT items.
 * Throws for text that is empty or longer than TRAY_TEXT_MAX once trimmed.
 */
export function addTrayItem(items: readonly TrayItem[], item: TrayItem): TrayItem[] {
  const text = item.text.trim();
  if (text.length === 0 || text.length > TRAY_TEXT_MAX) throw new Error(`A tray item holds 1 to ${TRAY_TEXT_MAX} characters.`);
  if (items.some((existing) => existing.text.toLowerCase() === text.toLowerCase())) return [...items];
  return [...items, { ...item, text }].slice(-TRAY_LIMIT);
}

/** Removes the item with this text (ignoring case, as addTrayItem does). */
export function removeTrayItem(items: readonly TrayItem[], text: string): TrayItem[] {
  const gone = text.trim().toLowerCase();
  return items.filter((item) => item.text.toLowerCase() !== gone);
}

export function serializeTray(items: readonly TrayItem[]): string {
  return JSON.stringify(items);
}
