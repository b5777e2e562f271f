import { addTrayItem, removeTrayItem, serializeTray, type TrayItem, type TrayParseResult } from '../../lib/tray';

/** Browser storage for the prompt tray, shared by every widget on every page. */
export const TRAY_STORAGE_KEY = 'fpg:prompt-tray';
/** Fired on window whenever the tray changes in this tab. */
export const TRAY_CHANGE_EVENT = 'fpg:tray-change';

/**
 * Reads the stored tray. An empty tray needs no parsing; a stored one loads the parser (and
 * zod) on demand, so a first visit does not pay for it.
 */
export async function readTray(): Promise<TrayParseResult> {
  let stored: string | null;
  try {
    stored = window.localStorage.getItem(TRAY_STORAGE_KEY);
  } catch {
    return { items: [], error: 'This browser does not allow saving, so the tray lasts only for this page.' };
  }
  if (!stored) return { items: [] };
  try {
    const { parseTray } = await import('../../lib/tray/parse');
    return parseTray(stored);
  } catch {
    return { items: [], error: 'The saved prompt tray could not be loaded (is the page offline?).' };
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

export async function addToTray(item: TrayItem): Promise<TrayItem[]> {
  const items = addTrayItem((await readTray()).items, item);
  writeTray(items);
  return items;
}

export async function removeFromTray(index: number): Promise<TrayItem[]> {
  const items = removeTrayItem((await readTray()).items, index);
  writeTray(items);
  return items;
}

export function clearTray(): void {
  writeTray([]);
}

/**
 * Calls `onChange` with the tray now and whenever it changes (in this tab or another).
 * Reads can finish out of order, so only the latest one is applied. Returns the unsubscribe.
 */
export function watchTray(onChange: (result: TrayParseResult) => void): () => void {
  let latest = 0;
  let active = true;
  const refresh = () => {
    const read = ++latest;
    void readTray().then((result) => active && read === latest && onChange(result));
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === TRAY_STORAGE_KEY) refresh();
  };
  refresh();
  window.addEventListener(TRAY_CHANGE_EVENT, refresh);
  window.addEventListener('storage', onStorage);
  return () => {
    active = false;
    window.removeEventListener(TRAY_CHANGE_EVENT, refresh);
    window.removeEventListener('storage', onStorage);
  };
}
