import { stopsDown } from './stops';

/**
 * The outline of an out-of-focus highlight: the shape of the aperture opening
 * (https://www.photosolve.com/bokeh/; https://outdoors.nordling.de/learn/how-do-aperture-blade-shapes-change-bokeh-appearance):
 * nearly circular wide open; stopped down, straight blades make a polygon with one side per
 * blade; rounded blades keep it closer to a circle. How fast the shape changes with each stop
 * is an illustration, not a measurement of a particular lens.
 */
export interface Point {
  x: number;
  y: number;
}

export interface BokehShapeInput {
  blades: number;
  fNumber: number;
  /** The lens's widest aperture: at this f-number the opening is the round barrel, not the blades. */
  maxFNumber: number;
  roundedBlades: boolean;
}

export interface BokehShape {
  kind: 'circle' | 'polygon' | 'rounded-polygon';
  /** Closed outline, circumradius 1, centred on the origin, counter-clockwise from the top. */
  points: Point[];
  /** The number of straight sides, or null when the outline is curved. */
  sides: number | null;
  /** 0 = circle, 1 = the blades' polygon. */
  polygonality: number;
}

const CIRCLE_SAMPLES = 96;

/** How far the opening has turned from circle (0) to polygon (1) after this many stops down. */
function polygonalityFor(stops: number, roundedBlades: boolean): number {
  if (stops <= 0) return 0;
  // Straight blades show their polygon within about a stop; rounded blades stay round for
  // the first stops and never close into a sharp-cornered polygon.
  if (!roundedBlades) return Math.min(1, stops);
  return Math.min(0.6, Math.max(0, (stops - 1.5) * 0.15));
}

/** Radius of a regular polygon with `sides` sides and circumradius 1, in direction `angle` (0 = a vertex). */
function polygonRadius(angle: number, sides: number): number {
  const sector = (2 * Math.PI) / sides;
  const local = ((angle % sector) + sector) % sector;
  return Math.cos(Math.PI / sides) / Math.cos(local - Math.PI / sides);
}

function vertex(angle: number, radius: number): Point {
  // Angle 0 points up (the usual orientation of an aperture's top blade).
  return { x: radius * Math.sin(angle), y: -radius * Math.cos(angle) };
}

export function bokehShape({ blades, fNumber, maxFNumber, roundedBlades }: BokehShapeInput): BokehShape {
  if (!Number.isInteger(blades) || blades < 3) throw new RangeError(`blades must be an integer of at least 3, got ${blades}`);
  if (!(fNumber > 0) || !(maxFNumber > 0)) throw new RangeError('f-numbers must be positive');
  const polygonality = polygonalityFor(stopsDown(fNumber, maxFNumber), roundedBlades);

  if (polygonality >= 1) {
    const points = Array.from({ length: blades }, (_, i) => vertex((2 * Math.PI * i) / blades, 1));
    return { kind: 'polygon', points, sides: blades, polygonality };
  }
  const points = Array.from({ length: CIRCLE_SAMPLES }, (_, i) => {
    const angle = (2 * Math.PI * i) / CIRCLE_SAMPLES;
    const radius = 1 - polygonality * (1 - polygonRadius(angle, blades));
    return vertex(angle, radius);
  });
  return { kind: polygonality === 0 ? 'circle' : 'rounded-polygon', points, sides: null, polygonality };
}

/**
 * Cat's-eye clipping: toward the frame edge a fast lens's barrel cuts the disc off on the side
 * facing away from the centre (optical vignetting). The outline is intersected with a second
 * circle shifted toward the frame centre.
 *
 * @param framePosition 0 at the frame centre, 1 in the corner.
 * @param vignetting 0 (none, e.g. well stopped down) to 1 (a fast lens wide open).
 * @param direction unit vector from the frame centre toward the highlight.
 */
export function catsEyeClip(points: readonly Point[], framePosition: number, vignetting: number, direction: Point = { x: 1, y: 0 }): Point[] {
  const amount = Math.min(1, Math.max(0, framePosition)) * Math.min(1, Math.max(0, vignetting));
  if (amount === 0) return points.map((p) => ({ ...p }));
  // The clipping circle has the disc's size and slides toward the frame centre by up to 0.9 radius.
  const shift = 0.9 * amount;
  const centre = { x: -direction.x * shift, y: -direction.y * shift };
  const dense = densify(points, 24);
  return dense.map((p) => {
    const dx = p.x - centre.x;
    const dy = p.y - centre.y;
    const distance = Math.hypot(dx, dy);
    return distance <= 1 ? p : { x: centre.x + dx / distance, y: centre.y + dy / distance };
  });
}

/** Adds points along each edge so that clipping a polygon follows the clipping circle's curve. */
function densify(points: readonly Point[], perEdge: number): Point[] {
  if (points.length >= 48) return points.map((p) => ({ ...p }));
  const out: Point[] = [];
  points.forEach((a, i) => {
    const b = points[(i + 1) % points.length]!;
    for (let k = 0; k < perEdge; k++) out.push({ x: a.x + ((b.x - a.x) * k) / perEdge, y: a.y + ((b.y - a.y) * k) / perEdge });
  });
  return out;
}

/** An SVG path for a closed outline, scaled by `radius` around (cx, cy). */
export function outlinePath(points: readonly Point[], cx: number, cy: number, radius: number): string {
  return (
    points
      .map((p, i) => `${i === 0 ? 'M' : 'L'}${(cx + p.x * radius).toFixed(2)} ${(cy + p.y * radius).toFixed(2)}`)
      .join(' ') + ' Z'
  );
}

/**
 * How strongly a lens clips edge highlights into cat's eyes (0–1). Fast lenses (f/2.8 or
 * faster) show it wide open; stopping down shrinks the opening inside the barrel's shadow, so
 * it fades over about two stops. An illustration of the effect, not a measured lens profile.
 */
export function catsEyeVignetting(fNumber: number, maxFNumber: number): number {
  if (maxFNumber > 2.8) return 0;
  return Math.max(0, 1 - stopsDown(fNumber, maxFNumber) / 2);
}
