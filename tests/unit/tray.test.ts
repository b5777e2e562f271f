import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addTrayItem, createStoredList, parseTray, removeTrayItem, serializeTray, TRAY_LIMIT, type ListStorage, type TrayItem } from '../../src/lib';

const item = (text: string): TrayItem => ({ text, slot: 'lighting', from: 'lighting' });

describe('prompt tray', () => {
  it('round-trips through storage', () => {
    const items = addTrayItem(addTrayItem([], item('strong side light from the left')), item('soft box modifier'));
    expect(parseTray(serializeTray(items))).toEqual({ items });
  });

  it('ignores the same text added twice, whatever its case', () => {
    const once = addTrayItem([], item('soft box modifier'));
    expect(addTrayItem(once, item('Soft box modifier'))).toHaveLength(1);
  });

  it(`keeps the newest ${TRAY_LIMIT} items`, () => {
    let items: TrayItem[] = [];
    for (let i = 0; i < TRAY_LIMIT + 5; i += 1) items = addTrayItem(items, item(`phrase ${i}`));
    expect(items).toHaveLength(TRAY_LIMIT);
    expect(items.at(-1)?.text).toBe(`phrase ${TRAY_LIMIT + 4}`);
  });

  it('turns corrupt or foreign storage into an empty tray and a message', () => {
    expect(parseTray('{not json')).toMatchObject({ items: [], error: expect.stringContaining('could not be read') });
    expect(parseTray('[{"text":5}]')).toMatchObject({ items: [], error: expect.stringContaining('not in a form') });
    expect(parseTray(null)).toEqual({ items: [] });
  });

  it('never throws, whatever is stored', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (stored) => {
        const result = parseTray(stored);
        expect(Array.isArray(result.items)).toBe(true);
      }),
    );
  });
});

describe('removing from the tray', () => {
  it('removes the item with that text, whatever its case, and keeps the rest in order', () => {
    const items = ['soft box modifier', 'warm candlelight', 'rim light'].reduce<TrayItem[]>((list, text) => addTrayItem(list, item(text)), []);
    expect(removeTrayItem(items, 'Warm Candlelight').map((i) => i.text)).toEqual(['soft box modifier', 'rim light']);
  });
});

/** A stand-in for localStorage: one stored string, a log of writes, and a way to act as another tab. */
function memoryStorage(initial: string | null, { readThrows = false, writeThrows = false } = {}) {
  let stored = initial;
  let otherTab: ((text: string | null) => void) | undefined;
  const writes: string[] = [];
  const storage: ListStorage = {
    read: () => {
      if (readThrows) throw new Error('SecurityError');
      return stored;
    },
    write: (text) => {
      if (writeThrows) throw new Error('QuotaExceededError');
      stored = text;
      writes.push(text);
    },
    watch: (onChange) => {
      otherTab = onChange;
    },
  };
  return {
    storage,
    writes,
    stored: () => stored,
    /** Another tab writes `text`, and this tab hears of it. */
    writeFromOtherTab(text: string | null) {
      stored = text;
      otherTab?.(text);
    },
  };
}

/** A parser import that finishes (or fails) only when the test says so. */
function heldParser() {
  let finish!: () => void;
  let fail!: () => void;
  let calls = 0;
  const loaded = new Promise<typeof parseTray>((resolve, reject) => {
    finish = () => resolve(parseTray);
    fail = () => reject(new Error('offline'));
  });
  return {
    load: () => {
      calls += 1;
      return loaded;
    },
    finish,
    fail,
    calls: () => calls,
  };
}

const messages = { unavailable: 'no storage', parserFailed: 'parser failed', refused: 'refused' };

function trayList(storage: ListStorage, load: () => Promise<typeof parseTray> = () => Promise.resolve(parseTray)) {
  return createStoredList<TrayItem>({ storage, loadParser: load, serialize: serializeTray, messages });
}

const texts = (items: readonly TrayItem[]) => items.map((i) => i.text);
const add = (text: string) => (items: readonly TrayItem[]) => addTrayItem(items, item(text));

describe('stored list (one copy per page)', () => {
  it('applies changes made while the stored list is still being read after it, in order, and loses none', async () => {
    const memory = memoryStorage(serializeTray([item('already there')]));
    const parser = heldParser();
    const list = trayList(memory.storage, parser.load);
    // Five clicks in one task, before the parser has loaded.
    const clicks = ['one', 'two', 'three', 'four', 'five'].map((text) => list.update(add(text)));
    expect(list.get().ready).toBe(false);
    expect(memory.writes).toEqual([]);
    parser.finish();
    await Promise.all(clicks);
    expect(texts(list.get().items)).toEqual(['already there', 'one', 'two', 'three', 'four', 'five']);
    expect(texts(parseTray(memory.stored()).items)).toEqual(['already there', 'one', 'two', 'three', 'four', 'five']);
    expect(parser.calls()).toBe(1);
  });

  it('applies a change at once when nothing is stored, without loading the parser', async () => {
    const memory = memoryStorage(null);
    const parser = heldParser();
    const list = trayList(memory.storage, parser.load);
    const done = list.update(add('rim light'));
    expect(texts(list.get().items)).toEqual(['rim light']);
    await expect(done).resolves.toMatchObject({ stored: true });
    expect(parser.calls()).toBe(0);
  });

  it('notifies subscribers once per change and hands them a new snapshot only when something changed', () => {
    const memory = memoryStorage(null);
    const list = trayList(memory.storage);
    let calls = 0;
    const stop = list.subscribe(() => (calls += 1));
    // Subscribing reads the (empty) store: that is the first change.
    expect(calls).toBe(1);
    const before = list.get();
    expect(list.get()).toBe(before);
    void list.update(add('rim light'));
    expect(calls).toBe(2);
    expect(list.get()).not.toBe(before);
    stop();
    void list.update(add('soft box'));
    expect(calls).toBe(2);
  });

  it('takes another tab’s write as the new copy, and later changes build on it', async () => {
    const memory = memoryStorage(null);
    const list = trayList(memory.storage);
    await list.update(add('mine'));
    memory.writeFromOtherTab(serializeTray([item('mine'), item('from the other tab')]));
    await list.update(add('mine again'));
    expect(texts(list.get().items)).toEqual(['mine', 'from the other tab', 'mine again']);
    memory.writeFromOtherTab(null);
    expect(list.get().items).toEqual([]);
  });

  it('turns corrupt storage into an empty working list and a message, cleared by the next stored change', async () => {
    const memory = memoryStorage('{not json');
    const list = trayList(memory.storage);
    list.subscribe(() => {});
    await Promise.resolve();
    await list.update(add('rim light'));
    expect(texts(list.get().items)).toEqual(['rim light']);
    expect(list.get().error).toBeUndefined();
    expect(memory.stored()).toBe(serializeTray([item('rim light')]));
  });

  it('reports corrupt storage before any change', async () => {
    const list = trayList(memoryStorage('[{"text":5}]').storage);
    const seen: (string | undefined)[] = [];
    list.subscribe(() => seen.push(list.get().error));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(list.get()).toMatchObject({ items: [], ready: true });
    expect(seen.at(-1)).toContain('not in a form');
  });

  it('keeps what is stored when the parser cannot load, and keeps changes for the page only', async () => {
    const stored = serializeTray([item('keep me')]);
    const memory = memoryStorage(stored);
    const parser = heldParser();
    const list = trayList(memory.storage, parser.load);
    const click = list.update(add('rim light'));
    parser.fail();
    await expect(click).resolves.toMatchObject({ stored: false });
    expect(texts(list.get().items)).toEqual(['rim light']);
    expect(list.get().error).toBe('parser failed');
    expect(memory.stored()).toBe(stored);
  });

  it('says so when the browser forbids storage, and still works for the page', async () => {
    const list = trayList(memoryStorage(null, { readThrows: true }).storage);
    await expect(list.update(add('rim light'))).resolves.toMatchObject({ stored: false });
    expect(list.get()).toMatchObject({ error: 'no storage' });
    expect(texts(list.get().items)).toEqual(['rim light']);
  });

  it('says so when the browser refuses a write', async () => {
    const list = trayList(memoryStorage(null, { writeThrows: true }).storage);
    await expect(list.update(add('rim light'))).resolves.toMatchObject({ stored: false });
    expect(list.get()).toMatchObject({ error: 'refused' });
  });

  it('rejects only a change that throws, leaving the list and the later changes alone', async () => {
    const memory = memoryStorage(null);
    const list = trayList(memory.storage);
    const bad = list.update(add('   '));
    const good = list.update(add('rim light'));
    await expect(bad).rejects.toThrow('1 to');
    await expect(good).resolves.toMatchObject({ stored: true });
    expect(texts(list.get().items)).toEqual(['rim light']);
  });

  it('never loses a change, whatever mix of adds and removes arrives before the first read', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ remove: fc.boolean(), n: fc.integer({ min: 0, max: 6 }) }), { maxLength: 20 }),
        async (steps) => {
          const parser = heldParser();
          const list = trayList(memoryStorage(serializeTray([item('phrase 0')])).storage, parser.load);
          const ready = new Promise<void>((resolve) => list.subscribe(() => list.get().ready && resolve()));
          let expected: TrayItem[] = [item('phrase 0')];
          const pending = steps.map(({ remove, n }) => {
            const change = remove ? (items: readonly TrayItem[]) => removeTrayItem(items, `phrase ${n}`) : add(`phrase ${n}`);
            expected = change(expected);
            return list.update(change);
          });
          parser.finish();
          await Promise.all([ready, ...pending]);
          expect(list.get().items).toEqual(expected);
        },
      ),
      { numRuns: 50 },
    );
  });
});
