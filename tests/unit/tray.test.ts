import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addTrayItem, parseTray, serializeTray, TRAY_LIMIT, type TrayItem } from '../../src/lib';

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
