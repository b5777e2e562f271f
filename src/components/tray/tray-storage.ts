import { addTrayItem, parseTray, removeTrayItem, serializeTray, type TrayItem, type TrayParseResult } from '../../lib';

/** Browser storage for the prompt tray, shared by every widget on every page. */
export const TRAY_STORAGE_KEY = 'fpg:prompt-tray';
/** Fired on window whenever the tray changes in this tab. */
export const TRAY_CHANGE_EVENT = 'fpg:tray-change';

export function readTray(): TrayParseResult {
  try {
    return parseTray(window.localStorage.getItem(TRAY_STORAGE_KEY));
  } catch {
    return { items: [], error: 'This browser does not allow saving, so the tray lasts only for this page.' };
  }
}

function writeTray(items: readonly TrayItem[]): void {
  try {
    window.localStorage.setItem(TRAY_STORAGE_KEY, serializeTray(items));
  } catch {
    // Storage refused (private mode, quota): the change still reaches listeners in this page.
  }
  window.dispatchEvent(new CustomEvent(TRAY_CHANGE_EVENT, { detail: items }));
}

export function addToTray(item: TrayItem): TrayItem[] {
  const items = addTrayItem(readTray().items, item);
  writeTray(items);
  return items;
}

export function removeFromTray(index: number): TrayItem[] {
  const items = removeTrayItem(readTray().items, index);
  writeTray(items);
  return items;
}

export function clearTray(): void {
  writeTray([]);
}
