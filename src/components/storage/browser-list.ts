import { useSyncExternalStore } from 'react';
import { createStoredList, EMPTY_STORED_LIST, type StoredList, type StoredListOptions, type StoredListSnapshot } from '../../lib/storage';

/**
 * A list kept in localStorage under `key`, one copy per page, in step with other tabs through
 * the `storage` event (which the browser fires in every tab but the one that wrote).
 * Nothing touches `window` until a widget first subscribes or changes the list.
 */
export function createBrowserList<T>(key: string, options: Omit<StoredListOptions<T>, 'storage'>): StoredList<T> {
  return createStoredList({
    ...options,
    storage: {
      read: () => window.localStorage.getItem(key),
      write: (text) => window.localStorage.setItem(key, text),
      watch: (onChange) =>
        window.addEventListener('storage', (event) => {
          // A null key means another tab cleared the whole storage.
          if (event.key === key) onChange(event.newValue);
          else if (event.key === null) onChange(null);
        }),
    },
  });
}

const serverSnapshot = () => EMPTY_STORED_LIST;

/** The list as a React value: renders again whenever it changes, here or in another tab. */
export function useStoredList<T>(list: StoredList<T>): StoredListSnapshot<T> {
  return useSyncExternalStore(list.subscribe, list.get, serverSnapshot);
}
