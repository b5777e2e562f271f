import { describe, expect, it } from 'vitest';
import { blurDiscMm, defaultLensState, getSensor, magnification, type LensState } from '../../src/lib/optics';
import { lensComparisons } from '../../src/lib/optics/comparisons';
import { comparisonState, lensStudy, sameFramingDistanceM, STUDY_BACKGROUND_BEHIND_M } from '../../src/lib/optics/study';

const portrait: LensState = { ...defaultLensState };

it('the second lens of a comparison is not itself compared with anything', () => {
  const other = comparisonState({ ...portrait, compareWith: '35-8' }, 35, 8);
  expect(other).not.toHaveProperty('compareWith');
  expect(other.focalLengthMm).toBe(35);
});

describe('lens study scene', () => {
  it('blurs the street by the library’s blur disc, as a share of the sensor width', () => {
    const study = lensStudy(portrait);
    const expected = blurDiscMm(85, 1.8, 2, 2 + STUDY_BACKGROUND_BEHIND_M) / getSensor('full-frame').widthMm;
    expect(study.backgroundBlurShare).toBeCloseTo(expected, 12);
    expect(lensStudy({ ...portrait, fNumber: 11 }).backgroundBlurShare).toBeLessThan(study.backgroundBlurShare / 5);
  });

  it('blurs the foreground bulbs, halfway to the person, by the blur disc at their distance', () => {
    const study = lensStudy(portrait);
    expect(study.foregroundDistanceM).toBe(1);
    // A point at half the focus distance blurs by f·m/N × (s − d)/d = f·m/N.
    expect(study.foregroundBlurShare).toBeCloseTo((85 * magnification(85, 2)) / 1.8 / 36, 12);
    // Framed the same, 35 mm at f/8 draws them several times smaller.
    expect(lensStudy(comparisonState(portrait, 35, 8)).foregroundBlurShare).toBeLessThan(study.foregroundBlurShare / 4);
  });

  it('takes the vertical field of view from the sensor height and focal length', () => {
    expect(lensStudy(portrait).halfHeightTan).toBeCloseTo(12 / 85, 10);
    expect(lensStudy({ ...portrait, sensor: 'aps-c' }).halfHeightTan).toBeCloseTo(7.8 / 85, 10);
  });

  it('takes the bokeh shape from bokehShape: round wide open, the blades’ polygon stopped down', () => {
    expect(lensStudy(portrait).polygonality).toBe(0);
    expect(lensStudy({ ...portrait, fNumber: 4 }).polygonality).toBe(1);
    expect(lensStudy(portrait).catsEye).toBe(1);
    expect(lensStudy({ ...portrait, fNumber: 4 }).catsEye).toBe(0);
  });

  it('frames the comparison the same: equal magnification at the new focal length', () => {
    expect(sameFramingDistanceM(85, 2, 35)).toBeCloseTo(0.8235, 4);
    const other = comparisonState(portrait, 35, 8);
    expect(magnification(other.focalLengthMm, other.subjectDistanceM)).toBeCloseTo(magnification(85, 2), 10);
    expect(other.fNumber).toBe(8);
    expect(other.maxFNumber).toBeLessThanOrEqual(other.fNumber);
    expect(lensComparisons[0]).toMatchObject({ focalLengthMm: 35, fNumber: 8 });
  });

  it('shows the street larger through the longer lens at the same framing', () => {
    const long = lensStudy(portrait);
    const wide = lensStudy(comparisonState(portrait, 35, 8));
    // Pixels per metre on the street ∝ 1 / (distance · tan(half the field of view)).
    const scale = (s: ReturnType<typeof lensStudy>) => 1 / (s.backgroundDistanceM * s.halfHeightTan);
    expect(scale(long) / scale(wide)).toBeGreaterThan(2);
  });
});
