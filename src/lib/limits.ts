/**
 * Every length limit of the guide's tools, in one place. Links are capped because long URLs
 * break in mail clients, chat apps and some hosts; stored lists because browser storage is
 * small and shared; typed text because a slot or a phrase is short, not a whole prompt.
 */

// ---- Share links ---------------------------------------------------------------------

/** The longest prompt the diff tool's link carries, per side. */
export const DIFF_SHARE_MAX = 4000;
/** The longest prompt the upgrade tool's link carries. */
export const UPGRADE_SHARE_MAX = 4000;
/** At most this many dropped pieces in the upgrade tool's link (an upgrade has a handful). */
export const UPGRADE_DROP_MAX = 40;
/** The longest builder link query: past this, save or export instead. */
export const BUILDER_SHARE_MAX = 6000;

// ---- What the reader types -----------------------------------------------------------

/** A template's text slot: a phrase, not a whole prompt. */
export const SLOT_TEXT_MAX = 300;
/** Parts in one builder prompt. */
export const BUILDER_PART_LIMIT = 60;
/** The reader's own words in one builder part. */
export const BUILDER_TEXT_MAX = 1000;
/** The longest slot name a builder `fill` part may carry. */
export const BUILDER_FILL_NAME_MAX = 40;
/** The longest negative prompt the builder keeps. */
export const NEGATIVE_MAX = 1000;
/** Longer prompts than this are diffed in part until the reader asks for the whole text, so typing never stalls. */
export const DIFF_LIVE_MAX = 20_000;

// ---- What the browser stores ---------------------------------------------------------

/** Saved builder prompts, and the longest name of one. */
export const SAVED_LIMIT = 200;
export const SAVED_NAME_MAX = 80;
/** Phrases in the prompt tray, the longest phrase it keeps, and the longest tool name it records. */
export const TRAY_LIMIT = 50;
export const TRAY_TEXT_MAX = 2000;
export const TRAY_FROM_MAX = 40;
