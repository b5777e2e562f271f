export { createStoredList, EMPTY_STORED_LIST } from './stored-list';
export type { ListStorage, StoredList, StoredListChange, StoredListOptions, StoredListRead, StoredListSnapshot } from './stored-list';
