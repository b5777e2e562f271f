import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  castShadowDirection,
  defaultSetup,
  describePreview,
  kelvinToRgb,
  lightDirection,
  LightingSetupSchema,
  lightingPresets,
  mixLightColours,
  pixelToScene,
  shadeLighting,
  type LightingSetup,
} from '../../src/lib';

const W = 96;
const H = 72;

const keyAt = (azimuth: number, elevation = 15, extra: Partial<LightingSetup['key']> = {}): LightingSetup => ({
  ...defaultSetup,
  key: { ...defaultSetup.key, azimuth, elevation, ...extra },
});

/** The brightest pixel on the head form, and its world position. */
function brightestHeadPoint(setup: LightingSetup) {
  const data = shadeLighting(setup, W, H);
  let best = { luma: -1, x: 0, y: 0 };
  for (let py = 0; py < H; py += 1) {
    for (let px = 0; px < W; px += 1) {
      const scene = pixelToScene(W, H, px, py);
      if (scene.surface === 'floor') continue;
      const i = (py * W + px) * 4;
      const luma = data[i]! + data[i + 1]! + data[i + 2]!;
      if (luma > best.luma) best = { luma, x: scene.point.x, y: scene.point.y };
    }
  }
  return best;
}

function halfBrightness(data: Uint8ClampedArray, half: 'left' | 'right'): number {
  let sum = 0;
  for (let py = 0; py < H; py += 1) {
    for (let px = half === 'left' ? 0 : W / 2; px < (half === 'left' ? W / 2 : W); px += 1) {
      const i = (py * W + px) * 4;
      sum += data[i]! + data[i + 1]! + data[i + 2]!;
    }
  }
  return sum;
}

describe('preview shading', () => {
  it('points the light vector the way the words say', () => {
    const left = lightDirection(-90, 0);
    expect(left.x).toBeCloseTo(-1);
    expect(lightDirection(0, 0).z).toBeCloseTo(1);
    expect(lightDirection(0, 90).y).toBeCloseTo(1);
  });

  it('lights the left hemisphere from the left, and the right from the right', () => {
    expect(brightestHeadPoint(keyAt(-90)).x).toBeLessThan(0);
    expect(brightestHeadPoint(keyAt(90)).x).toBeGreaterThan(0);
    expect(brightestHeadPoint(keyAt(0, 80)).y).toBeGreaterThan(0);
  });

  it('makes the left half of the picture brighter when the key is on the left', () => {
    const data = shadeLighting(keyAt(-90), W, H);
    expect(halfBrightness(data, 'left')).toBeGreaterThan(halfBrightness(data, 'right'));
    const mirrored = shadeLighting(keyAt(90), W, H);
    expect(halfBrightness(mirrored, 'right')).toBeGreaterThan(halfBrightness(mirrored, 'left'));
  });

  it('casts the shadow away from the light', () => {
    expect(castShadowDirection(keyAt(-90, 30))!.x).toBeCloseTo(1);
    expect(castShadowDirection(keyAt(0, 30))!.z).toBeCloseTo(-1);
    // Height × cot(elevation): a 45° light casts a shadow as long as the object is tall.
    expect(castShadowDirection(keyAt(-45, 45))!.lengthPerHeight).toBeCloseTo(1);
    expect(castShadowDirection(keyAt(-45, 90))).toBeNull();
  });

  it('darkens the floor where the cast shadow falls', () => {
    const setup = keyAt(-60, 30);
    const data = shadeLighting(setup, W, H);
    const shadow = castShadowDirection(setup)!;
    // Floor pixels straight to the right of the form (toward the shadow) and to its left.
    const floorLuma = (side: 1 | -1) => {
      let best = { distance: Infinity, luma: 0 };
      for (let py = 0; py < H; py += 1) {
        for (let px = 0; px < W; px += 1) {
          const s = pixelToScene(W, H, px, py);
          if (s.surface !== 'floor') continue;
          const target = { x: side * shadow.x * 1.4, z: side * shadow.z * 1.4 };
          const distance = Math.hypot(s.point.x - target.x, s.point.z - target.z);
          const i = (py * W + px) * 4;
          if (distance < best.distance) best = { distance, luma: data[i]! + data[i + 1]! + data[i + 2]! };
        }
      }
      return best.luma;
    };
    expect(floorLuma(1)).toBeLessThan(floorLuma(-1));
  });

  it('colours the picture with the key’s temperature', () => {
    const warm = shadeLighting(keyAt(0, 30, { kelvin: 2000 }), W, H);
    const cool = shadeLighting(keyAt(0, 30, { kelvin: 12000 }), W, H);
    const total = (data: Uint8ClampedArray, channel: number) => data.filter((_, i) => i % 4 === channel).reduce((a, b) => a + b, 0);
    expect(total(warm, 0)).toBeGreaterThan(total(warm, 2));
    expect(total(cool, 2)).toBeGreaterThan(total(cool, 0));
  });

  it('keeps every channel within 0–255 for any set-up', () => {
    const arbitrarySetup = fc.record({
      key: fc.record({
        source: fc.constantFrom('studio', 'soft-box', 'window', 'sun', 'overcast'),
        azimuth: fc.integer({ min: -180, max: 180 }),
        elevation: fc.integer({ min: 0, max: 90 }),
        hardness: fc.double({ min: 0, max: 1, noNaN: true }),
        kelvin: fc.integer({ min: 1000, max: 40000 }),
      }),
      fill: fc.record({
        kind: fc.constantFrom('none', 'card', 'lamp', 'window'),
        side: fc.constantFrom('left', 'right', 'below'),
        strength: fc.double({ min: 0, max: 1, noNaN: true }),
        kelvin: fc.integer({ min: 1000, max: 40000 }),
      }),
      rim: fc.boolean(),
      ambient: fc.constantFrom('none', 'haze', 'fog'),
      pattern: fc.constantFrom('none', 'rembrandt', 'split', 'loop', 'butterfly'),
    });
    fc.assert(
      fc.property(arbitrarySetup, (raw) => {
        const setup = LightingSetupSchema.parse(raw);
        // A Float64Array, not a clamped byte array, so a value out of range would show here.
        const data = shadeLighting(setup, 24, 18, new Float64Array(24 * 18 * 4));
        expect(data.every((value) => Number.isInteger(value) && value >= 0 && value <= 255)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('mixes two coloured lights between their colours', () => {
    const warm = kelvinToRgb(2900);
    const cool = kelvinToRgb(10000);
    const mix = mixLightColours([
      { kelvin: 2900, intensity: 1 },
      { kelvin: 10000, intensity: 1 },
    ]);
    expect(mix).toEqual({
      r: Math.round((warm.r + cool.r) / 2),
      g: Math.round((warm.g + cool.g) / 2),
      b: Math.round((warm.b + cool.b) / 2),
    });
    expect(mixLightColours([{ kelvin: 2900, intensity: 3 }, { kelvin: 10000, intensity: 0 }])).toEqual(warm);
    expect(mixLightColours([])).toEqual({ r: 0, g: 0, b: 0 });
  });

  it('describes each preset in words for the text alternative', () => {
    expect(describePreview(defaultSetup)).toContain('highlight is on its left side');
    for (const preset of lightingPresets) expect(describePreview(preset.setup).length).toBeGreaterThan(40);
  });
});
