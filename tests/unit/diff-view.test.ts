import { describe, expect, test } from 'vitest';
import {
  DEFAULT_MODEL_ID,
  defaultBuilderState,
  defaultDiffState,
  diffPieces,
  diffPrompts,
  getPromptPair,
  diffFromQuery,
  diffToQuery,
  DIFF_SHARE_MAX,
  stateForPair,
} from '../../src/lib';

describe('diffPieces (the shared render model)', () => {
  const { segments } = diffPrompts('a red barn at dusk', 'a blue barn at dawn');
  const text = (pieces: { text: string }[]) => pieces.map((p) => p.text).join('');

  test('each view reads back as its prompt', () => {
    expect(text(diffPieces(segments, 'before'))).toBe('a red barn at dusk');
    expect(text(diffPieces(segments, 'after'))).toBe('a blue barn at dawn');
    expect(diffPieces(segments, 'inline').map((p) => p.kind)).toEqual(['same', 'removed', 'added', 'same', 'removed', 'added']);
  });

  test('marks split pieces at their edges, in after offsets, across same and added text', () => {
    // "barn at" spans same text; "blue" is added text.
    const marks = [
      { start: 7, end: 14 },
      { start: 2, end: 6 },
    ];
    const pieces = diffPieces(segments, 'after', marks);
    expect(pieces.filter((p) => p.mark === 0).map((p) => p.text).join('')).toBe('barn at');
    expect(pieces.filter((p) => p.mark === 1)).toEqual([{ text: 'blue', kind: 'added', mark: 1 }]);
    expect(text(pieces)).toBe('a blue barn at dawn');
  });

  test('the before view ignores marks; empty and overlapping marks are dropped', () => {
    expect(diffPieces(segments, 'before', [{ start: 0, end: 5 }]).some((p) => p.mark !== undefined)).toBe(false);
    const pieces = diffPieces(segments, 'after', [
      { start: 0, end: 6 },
      { start: 3, end: 9 },
      { start: 10, end: 10 },
    ]);
    expect(new Set(pieces.flatMap((p) => (p.mark === undefined ? [] : [p.mark])))).toEqual(new Set([0]));
  });
});

describe('diff tool URL state', () => {
  test('no query gives the default example', () => {
    expect(diffFromQuery('')).toEqual({ state: defaultDiffState });
    expect(diffToQuery(defaultDiffState)).toBe('');
  });

  test('an example pair and a model round-trip', () => {
    const state = stateForPair('lens.blurry-background', 'flux2-klein-4b');
    const query = diffToQuery(state)!;
    expect(query).toBe('pair=lens.blurry-background&model=flux2-klein-4b');
    expect(diffFromQuery(query)).toEqual({ state });
  });

  test('edited prompts round-trip as text, including emoji, RTL and HTML', () => {
    const state = { ...defaultDiffState, pair: null, before: 'שלום 😀 & <b>x</b>', after: 'a=b&c, 100%' };
    expect(diffFromQuery(diffToQuery(state)!).state).toEqual(state);
  });

  test('malformed queries give a readable message and the default state', () => {
    for (const query of ['?pair=nope', '?model=flux9', `?after=${'a'.repeat(DIFF_SHARE_MAX + 1)}`]) {
      const parsed = diffFromQuery(query);
      expect(parsed.state).toEqual(defaultDiffState);
      expect(parsed.message).toMatch(/could not be read/);
      expect(parsed.message).toContain(getPromptPair('material.rainy-street').title);
    }
  });

  test('prompts too long for a link are not serialized', () => {
    expect(diffToQuery({ ...defaultDiffState, pair: null, after: 'a'.repeat(DIFF_SHARE_MAX + 1) })).toBeNull();
  });

  test('starts on the model every tool starts on; links made before then open as they did', () => {
    expect(defaultDiffState.model).toBe(DEFAULT_MODEL_ID);
    expect(defaultBuilderState().model).toBe(DEFAULT_MODEL_ID);
    // The tool used to start on FLUX.1 [dev] and left the model out of its links then.
    expect(diffFromQuery('?pair=lens.blurry-background').state).toEqual(stateForPair('lens.blurry-background', 'flux1-dev'));
    expect(diffFromQuery('?before=a%20barn&after=a%20red%20barn').state.model).toBe('flux1-dev');
    // Links made now name the model whenever they name anything.
    const ownPrompts = { ...defaultDiffState, pair: null, before: 'a barn', after: 'a red barn' };
    expect(diffToQuery(ownPrompts)).toBe(`before=a+barn&after=a+red+barn&model=${DEFAULT_MODEL_ID}`);
    expect(diffFromQuery(diffToQuery(ownPrompts)!).state).toEqual(ownPrompts);
    const oldDefault = stateForPair('material.rainy-street', 'flux1-dev');
    expect(diffFromQuery(diffToQuery(oldDefault)!).state).toEqual(oldDefault);
  });

  test('unrelated query parameters are ignored', () => {
    expect(diffFromQuery('?utm_source=mail')).toEqual({ state: defaultDiffState });
  });
});
