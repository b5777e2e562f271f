import { describe, expect, it } from 'vitest';
import { compareLenses, defaultLensState, depthOfField, lensToQuery, type LensState } from '../../src/lib';
import { lensFromQuery } from '../../src/lib/optics/share-parse';

/** The question: a 35 mm f/1.4 for a portrait at 2 m, against an 85 mm f/1.8. */
const thirtyFive: LensState = { ...defaultLensState, focalLengthMm: 35, fNumber: 1.4, maxFNumber: 1.4, subjectDistanceM: 2 };

describe('compareLenses', () => {
  it('at the same distance: both lenses at 2 m, the long one frames the person larger and blurs the street more', () => {
    const { a, b, sentence } = compareLenses(thirtyFive, '85-1.8', 'distance');
    expect(a.subjectDistanceM).toBe(2);
    expect(b.subjectDistanceM).toBe(2);
    expect(b.magnification / a.magnification).toBeCloseTo((85 / (2000 - 85)) / (35 / (2000 - 35)), 6);
    expect(b.backgroundBlurShare).toBeGreaterThan(a.backgroundBlurShare);
    // The numbers are the thin-lens depth of field the rest of the tool shows.
    expect(a.depthOfFieldM).toBeCloseTo(depthOfField({ focalLengthMm: 35, fNumber: 1.4, subjectDistanceM: 2 }).totalM, 9);
    expect(b.depthOfFieldM).toBeCloseTo(depthOfField({ focalLengthMm: 85, fNumber: 1.8, subjectDistanceM: 2 }).totalM, 9);
    expect(sentence).toMatch(/^From the same 2.00 m, the 85 mm f\/1\.8 shows the person \d+\.\d times as large as the 35 mm f\/1\.4 does/);
  });

  it('at the same framing: the long lens steps back to frame the person the same', () => {
    const { a, b, sentence } = compareLenses(thirtyFive, '85-1.8', 'framing');
    expect(b.subjectDistanceM).toBeCloseTo((85 * 2) / 35, 9);
    expect(b.magnification).toBeCloseTo(85 / ((85 * 2000) / 35 - 85), 9);
    expect(Math.abs(b.magnification - a.magnification) / a.magnification).toBeLessThan(0.05);
    expect(sentence).toMatch(/^Framing the person the same, the 35 mm f\/1\.4 stands 2.00 m away and the 85 mm f\/1\.8 4.86 m/);
    expect(sentence).toMatch(/blurs the street/);
  });

  it('keeps the choice in the link; links made before it open on the same framing', () => {
    const held = { ...thirtyFive, compareWith: '85-1.8' as const, compareHold: 'distance' as const };
    expect(lensToQuery(held)).toContain('hold=distance');
    expect(lensFromQuery(`?${lensToQuery(held)}`).state).toEqual(held);
    const old = lensFromQuery('?focal=35&f=1.4&widest=1.4&distance=2&sensor=full-frame&focus=eyes&blades=7&rounded=0&cmp=85-1.8').state;
    expect(old.compareHold).toBeUndefined();
    expect(compareLenses(old, '85-1.8', old.compareHold ?? 'framing').b.subjectDistanceM).toBeCloseTo(170 / 35, 9);
  });
});
