import '../zod-setup';
import { z } from 'zod/mini';
import { promptSlots } from '../fragments/types';
import { TRAY_FROM_MAX, TRAY_LIMIT, TRAY_TEXT_MAX } from '../limits';
import type { TrayItem, TrayParseResult } from './tray';

/** A stored tray item: storage is outside input (another tab, an older version, a hand edit). */
export const TrayItemSchema = z.object({
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(TRAY_TEXT_MAX)),
  slot: z.enum(promptSlots),
  fragmentId: z.optional(z.string()),
  from: z.string().check(z.maxLength(TRAY_FROM_MAX)),
});

const TraySchema = z.array(TrayItemSchema).check(z.maxLength(TRAY_LIMIT));

/** Reads a stored tray. Anything malformed yields an empty tray and a message, never an exception. */
export function parseTray(stored: string | null | undefined): TrayParseResult {
  if (stored == null || stored === '') return { items: [] };
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return { items: [], error: 'The saved prompt tray could not be read, so the tray starts empty.' };
  }
  const parsed = TraySchema.safeParse(json);
  if (!parsed.success) return { items: [], error: 'The saved prompt tray was not in a form this site understands, so the tray starts empty.' };
  return { items: parsed.data satisfies TrayItem[] };
}
