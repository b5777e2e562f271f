import { describe, expect, it } from 'vitest';
import { bokehShape, catsEyeClip, outlinePath, type Point } from '../../src/lib';

const radius = (p: Point) => Math.hypot(p.x, p.y);

describe('bokehShape', () => {
  it('is a circle wide open, whatever the blades', () => {
    for (const blades of [5, 7, 9]) {
      for (const roundedBlades of [false, true]) {
        const shape = bokehShape({ blades, fNumber: 1.8, maxFNumber: 1.8, roundedBlades });
        expect(shape.kind).toBe('circle');
        expect(shape.sides).toBeNull();
        expect(shape.points.length).toBeGreaterThanOrEqual(48);
        for (const p of shape.points) expect(radius(p)).toBeCloseTo(1, 9);
      }
    }
  });

  it('is a polygon with one vertex per blade at f/16 with straight blades', () => {
    for (const blades of [5, 6, 7, 9, 11]) {
      const shape = bokehShape({ blades, fNumber: 16, maxFNumber: 1.8, roundedBlades: false });
      expect(shape.kind).toBe('polygon');
      expect(shape.sides).toBe(blades);
      expect(shape.points).toHaveLength(blades);
      // A regular polygon: every vertex on the unit circle, every edge the same length.
      const edges = shape.points.map((p, i) => {
        const q = shape.points[(i + 1) % blades]!;
        return Math.hypot(q.x - p.x, q.y - p.y);
      });
      for (const p of shape.points) expect(radius(p)).toBeCloseTo(1, 9);
      for (const e of edges) expect(e).toBeCloseTo(2 * Math.sin(Math.PI / blades), 9);
    }
  });

  it('keeps rounded blades softer than straight ones when stopped down', () => {
    const rounded = bokehShape({ blades: 7, fNumber: 16, maxFNumber: 1.8, roundedBlades: true });
    expect(rounded.kind).toBe('rounded-polygon');
    expect(rounded.sides).toBeNull();
    const inradius = Math.cos(Math.PI / 7);
    const radii = rounded.points.map(radius);
    // Flatter than a circle along the blades, but never as flat as the straight-bladed polygon.
    expect(Math.min(...radii)).toBeLessThan(1 - 1e-3);
    expect(Math.min(...radii)).toBeGreaterThan(inradius + 1e-3);
  });

  it('keeps rounded blades round when stopped down only a little', () => {
    const shape = bokehShape({ blades: 9, fNumber: 2.5, maxFNumber: 1.8, roundedBlades: true });
    expect(shape.kind).toBe('circle');
  });

  it('moves from circle toward polygon as straight blades close', () => {
    const apertures = [1.4, 1.6, 1.8, 2.8];
    const flatness = apertures.map((fNumber) => bokehShape({ blades: 6, fNumber, maxFNumber: 1.4, roundedBlades: false }).polygonality);
    expect(flatness[0]).toBe(0);
    for (let i = 1; i < flatness.length; i++) expect(flatness[i]).toBeGreaterThan(flatness[i - 1]!);
    expect(flatness.at(-1)).toBe(1);
  });

  it('rejects a blade count that cannot close an opening', () => {
    expect(() => bokehShape({ blades: 2, fNumber: 8, maxFNumber: 2, roundedBlades: false })).toThrow(RangeError);
    expect(() => bokehShape({ blades: 6.5, fNumber: 8, maxFNumber: 2, roundedBlades: false })).toThrow(RangeError);
  });
});

describe("catsEyeClip", () => {
  const circle = bokehShape({ blades: 9, fNumber: 1.4, maxFNumber: 1.4, roundedBlades: false }).points;

  it('leaves a highlight in the frame centre untouched', () => {
    expect(catsEyeClip(circle, 0, 1)).toEqual(circle);
  });

  it('leaves it untouched when there is no vignetting (stopped down)', () => {
    expect(catsEyeClip(circle, 1, 0)).toEqual(circle);
  });

  it('squeezes it into a cat’s eye toward the frame edge: narrower along the radius than across it', () => {
    const clipped = catsEyeClip(circle, 1, 1, { x: 1, y: 0 });
    const width = Math.max(...clipped.map((p) => p.x)) - Math.min(...clipped.map((p) => p.x));
    const height = Math.max(...clipped.map((p) => p.y)) - Math.min(...clipped.map((p) => p.y));
    expect(width).toBeLessThan(height * 0.7);
    // Every point stays inside the original disc.
    for (const p of clipped) expect(radius(p)).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('clips a polygon along a curve, not just at its vertices', () => {
    const heptagon = bokehShape({ blades: 7, fNumber: 16, maxFNumber: 1.8, roundedBlades: false }).points;
    expect(catsEyeClip(heptagon, 1, 1).length).toBeGreaterThan(7);
  });
});

describe('outlinePath', () => {
  it('draws one vertex per point and closes the path', () => {
    const heptagon = bokehShape({ blades: 7, fNumber: 16, maxFNumber: 1.8, roundedBlades: false }).points;
    const d = outlinePath(heptagon, 50, 50, 40);
    expect(d.match(/[ML]/g)).toHaveLength(7);
    expect(d.startsWith('M50.00 10.00')).toBe(true);
    expect(d.endsWith('Z')).toBe(true);
  });
});
