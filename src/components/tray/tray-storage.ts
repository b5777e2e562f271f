import { addTrayItem, removeTrayItem, serializeTray, type TrayItem } from '../../lib/tray';
import type { StoredListChange } from '../../lib/storage';
import { createBrowserList, useStoredList } from '../storage/browser-list';

/** Browser storage for the prompt tray, shared by every widget on every page. */
export const TRAY_STORAGE_KEY = 'fpg:prompt-tray';

/**
 * The tray, one copy per page. A stored tray loads its parser (and zod) on demand, so a first
 * visit does not pay for it; "Add to prompt" clicks made meanwhile wait and are applied in order.
 */
export const trayList = createBrowserList<TrayItem>(TRAY_STORAGE_KEY, {
  loadParser: () => import('../../lib/tray/parse').then((m) => m.parseTray),
  serialize: serializeTray,
  messages: {
    unavailable: 'This browser does not allow saving, so the tray lasts only for this page.',
    parserFailed: 'The saved prompt tray could not be loaded (is the page offline?), so what you add now lasts only for this page.',
    refused: 'This browser refused to save the tray, so it lasts only for this page.',
  },
});

export const addToTray = (item: TrayItem): Promise<StoredListChange<TrayItem>> => trayList.update((items) => addTrayItem(items, item));

export const removeFromTray = (text: string): Promise<StoredListChange<TrayItem>> =>
  trayList.update((items) => removeTrayItem(items, text));

export const clearTray = (): Promise<StoredListChange<TrayItem>> => trayList.update(() => []);

/** The tray as a React value, in step with every widget on the page and every other tab. */
export const useTray = () => useStoredList(trayList);
