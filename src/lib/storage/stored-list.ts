/**
 * A list kept in browser storage (the prompt tray, saved prompts) as ONE in-memory copy per
 * page. Every change is applied synchronously to that copy and written through, so two quick
 * changes cannot read the same old list and overwrite each other.
 *
 * Reading what is stored may need a parser that loads on demand (zod stays out of a page's
 * first load). Until the first read has finished, changes wait in a queue and are then applied
 * in the order they were made. A write from another tab (the browser's `storage` event) joins
 * the same queue and replaces the copy once parsed.
 *
 * Plain TypeScript: the caller passes the storage (localStorage in the browser, a fake in tests).
 */

/** What a parser makes of stored text: the items, and a message when they could not all be read. */
export type StoredListRead<T> = { items: T[]; error?: string };

export interface ListStorage {
  /** The stored text, or null when nothing is stored. May throw when the browser forbids storage. */
  read(): string | null;
  /** Stores the text. May throw when the browser refuses (private mode, quota). */
  write(text: string): void;
  /** Calls back with the new text whenever another tab changes the stored list. */
  watch?(onChange: (stored: string | null) => void): void;
}

export interface StoredListOptions<T> {
  storage: ListStorage;
  /** Loads the parser for stored text; only called when something is stored. */
  loadParser: () => Promise<(stored: string) => StoredListRead<T>>;
  serialize: (items: readonly T[]) => string;
  messages: {
    /** Reading storage threw: the browser does not allow it. */
    unavailable: string;
    /** The parser could not be loaded (offline): the stored list is kept, changes last for this page. */
    parserFailed: string;
    /** Writing threw (private mode, quota): the change lasts for this page. */
    refused: string;
  };
}

export interface StoredListSnapshot<T> {
  readonly items: readonly T[];
  /** False until the stored list has been read. */
  readonly ready: boolean;
  /** Why the stored list could not be read, until the next change is stored. */
  readonly error?: string;
}

/** The outcome of one change: the list after it, and whether the browser stored it. */
export interface StoredListChange<T> {
  items: readonly T[];
  stored: boolean;
}

export interface StoredList<T> {
  /** The current copy. The same object until something changes (as useSyncExternalStore needs). */
  get(): StoredListSnapshot<T>;
  /** Calls `listener` after every change; starts the first read. Returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /**
   * Applies `change` to the list, after any change made before it, and stores the result.
   * A change that throws leaves the list as it was; its promise rejects with that error.
   */
  update(change: (items: readonly T[]) => T[]): Promise<StoredListChange<T>>;
}

type Step<T> =
  | { kind: 'replace'; stored: string | null }
  | {
      kind: 'change';
      change: (items: readonly T[]) => T[];
      resolve: (result: StoredListChange<T>) => void;
      reject: (error: unknown) => void;
    };

export const EMPTY_STORED_LIST: StoredListSnapshot<never> = Object.freeze({ items: Object.freeze([]), ready: false });

export function createStoredList<T>({ storage, loadParser, serialize, messages }: StoredListOptions<T>): StoredList<T> {
  let snapshot: StoredListSnapshot<T> = EMPTY_STORED_LIST;
  let parse: ((stored: string) => StoredListRead<T>) | null = null;
  let loadingParser = false;
  /** False while the stored list could not be parsed for want of the parser: writing would destroy it. */
  let writable = true;
  let started = false;
  const queue: Step<T>[] = [];
  const listeners = new Set<() => void>();

  const publish = (next: StoredListSnapshot<T>) => {
    snapshot = next;
    for (const listener of [...listeners]) listener();
  };

  const replace = (stored: string | null) => {
    if (stored == null || stored === '') {
      writable = true;
      return publish({ items: [], ready: true });
    }
    if (!parse) {
      writable = false;
      return publish({ items: [], ready: true, error: messages.parserFailed });
    }
    writable = true;
    const read = parse(stored);
    publish(read.error === undefined ? { items: read.items, ready: true } : { items: read.items, ready: true, error: read.error });
  };

  const change = (step: Extract<Step<T>, { kind: 'change' }>) => {
    let items: T[];
    try {
      items = step.change(snapshot.items);
    } catch (error) {
      return step.reject(error);
    }
    let error: string | undefined;
    if (!writable) error = snapshot.error;
    else {
      try {
        storage.write(serialize(items));
      } catch {
        error = messages.refused;
      }
    }
    publish(error === undefined ? { items, ready: true } : { items, ready: true, error });
    step.resolve({ items, stored: error === undefined });
  };

  /** Applies queued steps in order; pauses (and resumes itself) while the parser loads. */
  const drain = () => {
    while (queue.length > 0) {
      const step = queue[0]!;
      if (step.kind === 'replace' && step.stored && !parse) {
        if (loadingParser) return;
        loadingParser = true;
        loadParser()
          .then((loaded) => {
            parse = loaded;
          })
          .catch(() => {
            // Offline: `replace` reports it and keeps the stored list unwritten.
          })
          .finally(() => {
            loadingParser = false;
            // A failed load is not retried for this step, or the queue would wait forever.
            if (!parse && queue[0] === step) {
              queue.shift();
              replace(step.stored);
            }
            drain();
          });
        return;
      }
      queue.shift();
      if (step.kind === 'replace') replace(step.stored);
      else change(step);
    }
  };

  const start = () => {
    if (started) return;
    started = true;
    storage.watch?.((stored) => {
      queue.push({ kind: 'replace', stored });
      drain();
    });
    try {
      // First in the queue: changes made before this first read wait for it.
      queue.unshift({ kind: 'replace', stored: storage.read() });
    } catch {
      writable = false;
      publish({ items: [], ready: true, error: messages.unavailable });
    }
    drain();
  };

  return {
    get: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      start();
      return () => {
        listeners.delete(listener);
      };
    },
    update(next) {
      return new Promise((resolve, reject) => {
        queue.push({ kind: 'change', change: next, resolve, reject });
        start();
        drain();
      });
    },
  };
}
