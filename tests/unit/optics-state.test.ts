import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apertureStops,
  closestFocusM,
  closestFocusNote,
  comparisonState,
  constrainLensState,
  defaultLensState,
  focusTargets,
  lensComparisonIds,
  lensToQuery,
  lensFromQuery,
  lensPresets,
  magnification,
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
      macroLens: false,
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
        macroLens: fc.boolean(),
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
    ['a focus closer than an ordinary lens reaches, on an ordinary lens', '?focal=85&distance=0.3&macro=0'],
    ['a lens type that is neither', '?macro=yes'],
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

  it('moves the focus back to the closest the lens reaches: life size for a macro lens, about 1:7 for an ordinary one', () => {
    expect(constrainLensState({ ...defaultLensState, macroLens: true, focalLengthMm: 600, subjectDistanceM: 0.5 }).subjectDistanceM).toBe(1.2);
    expect(constrainLensState({ ...defaultLensState, focalLengthMm: 85, subjectDistanceM: 0.3 }).subjectDistanceM).toBe(0.652);
    // Going from a macro lens to an ordinary one moves a close focus out to where the ordinary lens stops.
    const macro = lensPresets.find((p) => p.id === 'macro')!.state;
    expect(constrainLensState({ ...defaultLensState, ...macro, macroLens: false }).subjectDistanceM).toBe(closestFocusM(100, false));
  });
});

describe('closest focus, per lens', () => {
  it('stops an ordinary lens at about a seventh of life size and a macro lens at life size', () => {
    for (const focal of [24, 35, 50, 85, 135]) {
      expect(magnification(focal, closestFocusM(focal, false))).toBeCloseTo(0.15, 2);
      expect(magnification(focal, closestFocusM(focal, true))).toBeCloseTo(1, 2);
    }
  });

  it('lands near real lenses’ specifications, which makers measure from the sensor', () => {
    // Canon EF 50mm f/1.8 II: 0.45 m; Canon EF 85mm f/1.8 USM: 0.85 m (Wikipedia, "Canon EF 50mm
    // lens", "Canon EF 85mm lens"). From the sensor, a thin lens adds its image distance f (1 + m).
    const fromSensor = (focal: number) => closestFocusM(focal, false) + (focal * (1 + magnification(focal, closestFocusM(focal, false)))) / 1000;
    expect(fromSensor(50)).toBeGreaterThan(0.45 * 0.85);
    expect(fromSensor(50)).toBeLessThan(0.45 * 1.15);
    expect(fromSensor(85)).toBeGreaterThan(0.85 * 0.85);
    expect(fromSensor(85)).toBeLessThan(0.85 * 1.15);
  });

  it('says what this lens does: a 35 mm f/1.4 does not focus to 7 cm unless it is a macro lens', () => {
    expect(closestFocusNote(35, false)).toBe(
      'From the lens. An ordinary 35 mm lens focuses down to about 26.8 cm, where the subject is about a seventh of life size (1:6.7); a macro lens comes closer.',
    );
    expect(closestFocusNote(35, true)).toBe('From the lens. As a macro lens, this 35 mm focuses down to 7.0 cm, where it shows the subject life size (1:1).');
  });

  it('reads a link from before the lens type existed: a focus only a macro lens reaches means a macro lens', () => {
    expect(lensFromQuery('?focal=100&f=11&widest=2.8&distance=0.2')).toEqual({
      state: { ...defaultLensState, focalLengthMm: 100, fNumber: 11, maxFNumber: 2.8, subjectDistanceM: 0.2, macroLens: true },
    });
    expect(lensFromQuery('?focal=100&distance=2').state.macroLens).toBe(false);
    expect(lensToQuery({ ...defaultLensState, macroLens: true })).toContain('macro=1');
    expect(lensToQuery(defaultLensState)).not.toContain('macro');
  });

  it('keeps the comparison lens an ordinary lens at its own closest focus', () => {
    const macro = { ...defaultLensState, ...lensPresets.find((p) => p.id === 'macro')!.state };
    const beside = comparisonState(macro, 35, 8, 'distance');
    expect(beside.macroLens).toBe(false);
    expect(beside.subjectDistanceM).toBe(closestFocusM(35, false));
  });
});
