import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  angleOfViewDeg,
  apertureStops,
  blurDiscMm,
  closestFocusM,
  depthOfField,
  depthPlanes,
  fieldOfView,
  focalLengthStops,
  formatLength,
  getSensor,
  sensorFormats,
  sensorIds,
} from '../../src/lib';

/** |actual − expected| within `share` of expected (0.5 % by default). */
function expectWithin(actual: number, expected: number, share = 0.005): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * share);
}

describe('depthOfField: the reference worked examples (c = 0.03 mm)', () => {
  it('85 mm f/1.8 at 2 m: H ≈ 133.9 m, sharp from ≈1.972 m to ≈2.029 m, ≈57 mm deep', () => {
    const dof = depthOfField({ focalLengthMm: 85, fNumber: 1.8, subjectDistanceM: 2 });
    expectWithin(dof.hyperfocalM, 133.9);
    expectWithin(dof.nearM, 1.972);
    expectWithin(dof.farM, 2.029);
    expectWithin(dof.totalM, 0.057, 0.01); // the reference rounds the depth to whole millimetres
  });

  it('24 mm f/11 at 2 m: H ≈ 1.77 m, sharp from ≈0.94 m to infinity', () => {
    const dof = depthOfField({ focalLengthMm: 24, fNumber: 11, subjectDistanceM: 2 });
    expectWithin(dof.hyperfocalM, 1.77);
    expectWithin(dof.nearM, 0.94);
    expect(dof.farM).toBe(Infinity);
    expect(dof.totalM).toBe(Infinity);
  });

  it('uses 0.03 mm as the default circle of confusion', () => {
    const input = { focalLengthMm: 50, fNumber: 4, subjectDistanceM: 3 };
    expect(depthOfField(input)).toEqual(depthOfField({ ...input, cocMm: 0.03 }));
  });

  it('is infinitely deep focused exactly at the hyperfocal distance, and sharp from about H/2', () => {
    const { hyperfocalM } = depthOfField({ focalLengthMm: 35, fNumber: 8, subjectDistanceM: 5 });
    const atH = depthOfField({ focalLengthMm: 35, fNumber: 8, subjectDistanceM: hyperfocalM });
    expect(atH.farM).toBe(Infinity);
    expectWithin(atH.nearM, hyperfocalM / 2, 0.01);
  });

  it('rejects impossible input instead of returning nonsense', () => {
    expect(() => depthOfField({ focalLengthMm: 85, fNumber: 1.8, subjectDistanceM: 0.05 })).toThrow(RangeError);
    expect(() => depthOfField({ focalLengthMm: 85, fNumber: 0, subjectDistanceM: 2 })).toThrow(RangeError);
    expect(() => depthOfField({ focalLengthMm: Number.NaN, fNumber: 2, subjectDistanceM: 2 })).toThrow(RangeError);
  });
});

/**
 * An independent, straightforward implementation of the same thin-lens formulas, written
 * in the other common form (h = f²/Nc, the hyperfocal distance measured from the focal point).
 */
function referenceDof(f: number, N: number, sM: number, c: number) {
  const s = sM * 1000;
  const h = (f * f) / (N * c);
  const near = (s * h) / (h + (s - f));
  const far = s - f < h ? (s * h) / (h - (s - f)) : Infinity;
  return { near: near / 1000, far: far / 1000, H: (h + f) / 1000 };
}

/** Every combination of the controls: focal length 14–600 mm, f/0.95–f/22, every sensor, focus from 1:1 to 1 km. */
const controlRange = fc
  .record({
    focalLengthMm: fc.integer({ min: 14, max: 600 }),
    fNumber: fc.constantFrom(...apertureStops),
    sensor: fc.constantFrom(...sensorIds),
    distanceShare: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ focalLengthMm, fNumber, sensor, distanceShare }) => {
    // Spread focus distances evenly on a log scale from a macro lens's closest focus to 1000 m.
    const min = Math.log(closestFocusM(focalLengthMm, true));
    const subjectDistanceM = Math.exp(min + (Math.log(1000) - min) * distanceShare);
    return { focalLengthMm, fNumber, subjectDistanceM, cocMm: getSensor(sensor).cocMm };
  });

describe('depthOfField across the whole range of the controls', () => {
  it('matches the standard formulas to within 0.5 %', () => {
    fc.assert(
      fc.property(controlRange, (input) => {
        const dof = depthOfField(input);
        const ref = referenceDof(input.focalLengthMm, input.fNumber, input.subjectDistanceM, input.cocMm);
        expectWithin(dof.hyperfocalM, ref.H);
        expectWithin(dof.nearM, ref.near);
        if (ref.far === Infinity) expect(dof.farM).toBe(Infinity);
        else expectWithin(dof.farM, ref.far);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps near < focus < far', () => {
    fc.assert(
      fc.property(controlRange, (input) => {
        const dof = depthOfField(input);
        expect(dof.nearM).toBeLessThan(input.subjectDistanceM);
        expect(dof.farM).toBeGreaterThan(input.subjectDistanceM);
        expect(dof.totalM).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('grows as you stop down', () => {
    fc.assert(
      fc.property(controlRange, fc.constantFrom(...apertureStops), (input, otherF) => {
        const [wide, narrow] = [Math.min(input.fNumber, otherF), Math.max(input.fNumber, otherF)];
        const a = depthOfField({ ...input, fNumber: wide });
        const b = depthOfField({ ...input, fNumber: narrow });
        expect(b.totalM).toBeGreaterThanOrEqual(a.totalM);
        expect(b.nearM).toBeLessThanOrEqual(a.nearM);
        if (narrow > wide && a.totalM !== Infinity) expect(b.totalM).toBeGreaterThan(a.totalM);
      }),
      { numRuns: 1000 },
    );
  });

  it('grows as you step back', () => {
    fc.assert(
      fc.property(controlRange, fc.double({ min: 1.01, max: 10, noNaN: true }), (input, factor) => {
        const near = depthOfField(input);
        const farther = depthOfField({ ...input, subjectDistanceM: input.subjectDistanceM * factor });
        expect(farther.totalM).toBeGreaterThanOrEqual(near.totalM);
        if (near.totalM !== Infinity) expect(farther.totalM).toBeGreaterThan(near.totalM);
      }),
      { numRuns: 1000 },
    );
  });

  it('grows with shorter lenses at the same distance and aperture', () => {
    fc.assert(
      fc.property(controlRange, fc.integer({ min: 14, max: 600 }), (input, otherFocal) => {
        const [short, long] = [Math.min(input.focalLengthMm, otherFocal), Math.max(input.focalLengthMm, otherFocal)];
        const s = Math.max(input.subjectDistanceM, closestFocusM(long, true));
        const a = depthOfField({ ...input, focalLengthMm: short, subjectDistanceM: s });
        const b = depthOfField({ ...input, focalLengthMm: long, subjectDistanceM: s });
        expect(a.totalM).toBeGreaterThanOrEqual(b.totalM);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('sensor formats', () => {
  it('has the reference crop factors and circles of confusion', () => {
    expect(sensorFormats['full-frame'].cocMm).toBe(0.03);
    expectWithin(sensorFormats['aps-c'].cocMm, 0.02);
    expectWithin(sensorFormats['micro-four-thirds'].cocMm, 0.015);
    expect(sensorFormats['aps-c'].cropFactor).toBe(1.5);
    expect(sensorFormats['micro-four-thirds'].cropFactor).toBe(2);
  });

  it('derives the medium-format 44 × 33 crop factor from its diagonal (43.3 / 55 mm)', () => {
    expectWithin(sensorFormats['medium-format'].cropFactor, 43.27 / 55);
    expect(sensorFormats['medium-format'].cropFactor).toBeLessThan(1);
    expect(sensorFormats.phone.cropFactor).toBeGreaterThan(2);
  });
});

describe('field of view: 2·atan(d / 2f)', () => {
  it('gives the usual angles for full frame', () => {
    const fifty = fieldOfView(50, getSensor('full-frame'));
    expectWithin(fifty.horizontalDeg, 39.6);
    expectWithin(fifty.verticalDeg, 27.0);
    expectWithin(fifty.diagonalDeg, 46.8);
    expectWithin(fieldOfView(24, getSensor('full-frame')).diagonalDeg, 84.1);
  });

  it('narrows on a smaller sensor as the crop factor says', () => {
    const aps = fieldOfView(35, getSensor('aps-c'));
    expect(aps.fullFrameEquivalentMm).toBeCloseTo(52.5, 6);
    expect(aps.horizontalDeg).toBeLessThan(angleOfViewDeg(36, 35));
  });
});

describe('background blur disc: b = (f·m / N)·|d − s| / d', () => {
  it('is the entrance pupil scaled by the magnification for a point at infinity', () => {
    // 85 mm f/1.8 at 2 m: m = 85 / 1915, so b = 85 · m / 1.8 ≈ 2.096 mm.
    expectWithin(blurDiscMm(85, 1.8, 2, Infinity), 2.096);
    expectWithin(blurDiscMm(85, 1.8, 2, 8), 2.096 * 0.75);
  });

  it('is zero in the plane of focus and grows away from it on both sides', () => {
    expect(blurDiscMm(50, 2, 3, 3)).toBe(0);
    expect(blurDiscMm(50, 2, 3, 1.5)).toBeGreaterThan(blurDiscMm(50, 2, 3, 2.5));
    expect(blurDiscMm(50, 2, 3, 30)).toBeGreaterThan(blurDiscMm(50, 2, 3, 4));
  });

  it('labels planes inside the depth of field sharp and the rest by blur size', () => {
    const portrait = depthPlanes({ focalLengthMm: 85, fNumber: 1.8, subjectDistanceM: 2, sensor: getSensor('full-frame') });
    expect(portrait.planes.map((p) => p.sharpness)).toEqual(['very soft', 'sharp', 'very soft']);
    const landscape = depthPlanes({ focalLengthMm: 24, fNumber: 11, subjectDistanceM: 2, sensor: getSensor('full-frame') });
    expect(landscape.planes.map((p) => p.sharpness)).toEqual(['sharp', 'sharp', 'sharp']);
    expectWithin(portrait.planes[2].blurShare, (2.096 * 0.75) / 36);
  });
});

describe('control stops', () => {
  it('runs apertures from f/0.95 to f/22 in third stops', () => {
    expect(apertureStops[0]).toBe(0.95);
    expect(apertureStops.at(-1)).toBe(22);
    for (const whole of [1, 1.4, 2, 2.8, 4, 5.6, 8, 11, 16, 22]) expect(apertureStops).toContain(whole);
    // Each third stop multiplies the f-number by 2^(1/6) ≈ 1.122; marked values are rounded.
    for (let i = 2; i < apertureStops.length; i++) expectWithin(apertureStops[i]! / apertureStops[i - 1]!, 2 ** (1 / 6), 0.06);
  });

  it('runs focal lengths from 14 to 600 mm through the common primes', () => {
    expect(focalLengthStops[0]).toBe(14);
    expect(focalLengthStops.at(-1)).toBe(600);
    for (const prime of [24, 35, 50, 85, 135]) expect(focalLengthStops).toContain(prime);
  });
});

describe('formatLength', () => {
  it('writes lengths the way the widget shows them', () => {
    expect(formatLength(0.05726)).toBe('5.7 cm');
    expect(formatLength(1.9718)).toBe('1.97 m');
    expect(formatLength(133.88)).toBe('134 m');
    expect(formatLength(0.00144)).toBe('1.4 mm');
    expect(formatLength(Infinity)).toBe('infinite');
  });
});
