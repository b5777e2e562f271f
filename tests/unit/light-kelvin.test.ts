import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kelvinToHex, kelvinToRgb, temperatureFeel } from '../../src/lib';

describe('kelvinToRgb (Helland’s fit)', () => {
  // What Helland's published formula gives at these temperatures (tannerhelland.com/2012/09/18/convert-temperature-rgb-algorithm-code.html).
  it.each([
    [3200, '#FFB87B'],
    [5600, '#FFEFE1'],
    [6500, '#FFFEFA'],
    [10000, '#CADAFF'],
  ])('gives the reference example for %i K: %s', (kelvin, hex) => {
    expect(kelvinToHex(kelvin)).toBe(hex);
  });

  // Worked by hand from the formula: t = K / 100.
  it('follows the formula at the ends of its range', () => {
    // t = 10: red 255; green 99.4708·ln 10 − 161.1196 = 67.92; blue 0 (t ≤ 19).
    expect(kelvinToRgb(1000)).toEqual({ r: 255, g: 68, b: 0 });
    // t = 400: red 329.6987·340^−0.1332 = 151.67; green 288.1222·340^−0.0755 = 185.53; blue 255.
    expect(kelvinToRgb(40000)).toEqual({ r: 152, g: 186, b: 255 });
    // t = 20: blue 138.5177·ln 10 − 305.0448 = 13.90; green 99.4708·ln 20 − 161.1196 = 136.87.
    expect(kelvinToRgb(2000)).toEqual({ r: 255, g: 137, b: 14 });
    // t = 66: green 99.4708·ln 66 − 161.1196 = 255.63, clamped to 255; blue 255.
    expect(kelvinToRgb(6600)).toEqual({ r: 255, g: 255, b: 255 });
  });

  it('clamps to 1,000–40,000 K', () => {
    expect(kelvinToRgb(500)).toEqual(kelvinToRgb(1000));
    expect(kelvinToRgb(-20)).toEqual(kelvinToRgb(1000));
    expect(kelvinToRgb(100000)).toEqual(kelvinToRgb(40000));
  });

  it('always returns integer channels from 0 to 255', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (kelvin) => {
        for (const channel of Object.values(kelvinToRgb(kelvin))) {
          expect(Number.isInteger(channel)).toBe(true);
          expect(channel).toBeGreaterThanOrEqual(0);
          expect(channel).toBeLessThanOrEqual(255);
        }
      }),
    );
  });

  it('gets less red and more blue as the temperature rises', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 40000 }), fc.integer({ min: 1000, max: 40000 }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(kelvinToRgb(high).r).toBeLessThanOrEqual(kelvinToRgb(low).r);
        expect(kelvinToRgb(high).b).toBeGreaterThanOrEqual(kelvinToRgb(low).b);
      }),
    );
  });

  it('calls candle and tungsten warm, flash neutral, overcast and blue hour cool', () => {
    expect(temperatureFeel(1800)).toBe('warm');
    expect(temperatureFeel(2900)).toBe('warm');
    expect(temperatureFeel(5600)).toBe('neutral');
    expect(temperatureFeel(6500)).toBe('cool');
    expect(temperatureFeel(10000)).toBe('cool');
  });
});
