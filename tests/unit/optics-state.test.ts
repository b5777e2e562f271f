import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apertureStops,
  closestFocusM,
  constrainLensState,
  defaultLensState,
  focusTargets,
  lensComparisonIds,
  lensToQuery,
  lensFromQuery,
  sensorIds,
  type LensState,
} from '../../src/lib';

describe('lens picker state in the URL', () => {
  it('takes the defaults, with no message, when the query is empty', () => {
    expect(lensFromQuery('')).toEqual({ state: defaultLensState });
    expect(lensFromQuery('?utm_source=x')).toEqual({ state: defaultLensState });
  });

  it('reads a shared link', () => {
    const { state, message: error } = lensFromQuery('?focal=24&f=11&widest=1.4&distance=2&sensor=aps-c&focus=landscape&blades=9&rounded=1');
    expect(error).toBeUndefined();
    expect(state).toEqual({
      focalLengthMm: 24,
      fNumber: 11,
      maxFNumber: 1.4,
      subjectDistanceM: 2,
      sensor: 'aps-c',
      focus: 'landscape',
      blades: 9,
      roundedBlades: true,
    });
  });

  it('opens a link made before comparisons were shared on one picture, and a comparison link on two', () => {
    const before = lensFromQuery('?focal=85&f=2.8&widest=1.8&distance=2&sensor=full-frame&focus=eyes&blades=6&rounded=0');
    expect(before.message).toBeUndefined();
    expect(before.state).not.toHaveProperty('compareWith');
    expect(lensFromQuery('?focal=85&f=1.8&cmp=35-8').state.compareWith).toBe('35-8');
    expect(lensToQuery({ ...defaultLensState, compareWith: '24-2.8' })).toContain('cmp=24-2.8');
    expect(lensToQuery(defaultLensState)).not.toContain('cmp');
  });

  it('round-trips every valid state', () => {
    const stateArb = fc
      .record({
        focalLengthMm: fc.integer({ min: 14, max: 600 }),
        fIndex: fc.nat({ max: apertureStops.length - 1 }),
        widestIndex: fc.nat({ max: apertureStops.length - 1 }),
        subjectDistanceM: fc.integer({ min: 30, max: 1_000_000 }).map((mm) => mm / 1000),
        sensor: fc.constantFrom(...sensorIds),
        focus: fc.constantFrom(...focusTargets),
        blades: fc.integer({ min: 5, max: 16 }),
        roundedBlades: fc.boolean(),
        compareWith: fc.option(fc.constantFrom(...lensComparisonIds), { nil: undefined }),
      })
      .map(({ fIndex, widestIndex, compareWith, ...rest }): LensState =>
        constrainLensState({
          ...rest,
          ...(compareWith ? { compareWith } : {}),
          fNumber: apertureStops[fIndex]!,
          maxFNumber: apertureStops[Math.min(fIndex, widestIndex)]!,
        }),
      );
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(lensFromQuery(`?${lensToQuery(state)}`)).toEqual({ state });
      }),
    );
  });

  it.each([
    ['a word for a number', '?focal=eighty-five'],
    ['an aperture between the stops', '?f=1.7'],
    ['a focal length out of range', '?focal=4000'],
    ['an unknown sensor', '?sensor=imax'],
    ['HTML', '?focus=%3Cscript%3Ealert(1)%3C/script%3E'],
    ['a negative distance', '?distance=-2'],
    ['a focus closer than life size', '?focal=600&distance=0.5'],
    ['a widest aperture narrower than the one in use', '?f=2&widest=4'],
    ['a huge value', `?focal=${'9'.repeat(100_000)}`],
    ['a comparison the picker does not offer', '?cmp=50-1.4'],
  ])('shows a message and the defaults for %s', (_, query) => {
    const { state, message: error } = lensFromQuery(query);
    expect(state).toEqual(defaultLensState);
    expect(error).toMatch(/could not be read/);
  });
});

describe('constrainLensState', () => {
  it('opens the lens’s widest aperture when the aperture goes wider', () => {
    expect(constrainLensState({ ...defaultLensState, fNumber: 1.2 }).maxFNumber).toBe(1.2);
  });

  it('moves the focus back to life size for a long lens', () => {
    expect(constrainLensState({ ...defaultLensState, focalLengthMm: 600, subjectDistanceM: 0.5 }).subjectDistanceM).toBe(closestFocusM(600));
  });
});
