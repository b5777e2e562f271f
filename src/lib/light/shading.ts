import { kelvinToRgb, type Rgb } from './kelvin';
import { directionPhrase, horizontalSide, temperatureWords, type LightingSetup } from './setup';

/**
 * Shading maths for the light set-up preview: a grey head form (a sphere with a small nose)
 * standing on a floor, seen by an orthographic camera tilted a little downward. World axes as
 * seen from the camera: x to frame right, y up, z toward the camera. Lambert diffuse (with
 * "wrap" to imitate soft sources) plus a Blinn–Phong specular term; shadows by casting a ray
 * toward the key light. Pure: returns RGBA bytes that a canvas only has to paint.
 */
export interface Vec3 {
  x: number;
  y: number;
  z: number;
}

const DEG = Math.PI / 180;

/** Unit vector pointing from the subject toward a light at this azimuth and elevation. */
export function lightDirection(azimuthDeg: number, elevationDeg: number): Vec3 {
  const a = azimuthDeg * DEG;
  const e = elevationDeg * DEG;
  return { x: Math.sin(a) * Math.cos(e), y: Math.sin(e), z: Math.cos(a) * Math.cos(e) };
}

/** A light's colour as linear multipliers 0–1, from kelvinToRgb. */
export function lightColour(kelvin: number): [number, number, number] {
  const { r, g, b } = kelvinToRgb(kelvin);
  return [r / 255, g / 255, b / 255];
}

/**
 * The colour two or more coloured lights give together on a white surface, as an
 * intensity-weighted mean of their RGB colours (integers 0–255).
 */
export function mixLightColours(lights: readonly { kelvin: number; intensity: number }[]): Rgb {
  const total = lights.reduce((sum, l) => sum + Math.max(0, l.intensity), 0);
  if (total === 0) return { r: 0, g: 0, b: 0 };
  const sum = { r: 0, g: 0, b: 0 };
  for (const light of lights) {
    const w = Math.max(0, light.intensity) / total;
    const c = kelvinToRgb(light.kelvin);
    sum.r += c.r * w;
    sum.g += c.g * w;
    sum.b += c.b * w;
  }
  return { r: Math.round(sum.r), g: Math.round(sum.g), b: Math.round(sum.b) };
}

/**
 * Where the sphere's cast shadow runs across the floor, from its foot: a unit direction
 * (x: frame right, z: toward the camera) and the shadow's length per unit of height.
 * Null when the key is straight overhead (no direction) or at the horizon (endless shadow).
 */
export function castShadowDirection(setup: LightingSetup): { x: number; z: number; lengthPerHeight: number } | null {
  const l = lightDirection(setup.key.azimuth, setup.key.elevation);
  const horizontal = Math.hypot(l.x, l.z);
  if (horizontal < 1e-3 || l.y < 1e-3) return null;
  return { x: -l.x / horizontal, z: -l.z / horizontal, lengthPerHeight: horizontal / l.y };
}

interface Light {
  dir: Vec3;
  colour: [number, number, number];
  intensity: number;
  /** 0: plain Lambert; larger: light wraps further round, as a broad soft source does. */
  wrap: number;
  specular: number;
  shininess: number;
  /** How dark this light's shadows are: 1 = black-edged (hard), lower = open (soft). */
  shadowDepth: number;
}

/** The scene: head radius 1 at the origin, nose, floor under the head, camera tilt. */
const HEAD = { x: 0, y: 0, z: 0, r: 1 };
const NOSE = { x: 0, y: 0, z: 0.92, r: 0.2 };
const FLOOR_Y = -1;
const TILT = 20 * DEG;
const VIEW_HALF_HEIGHT = 2.1;
const GAMMA = 1 / 2.2;

function buildLights(setup: LightingSetup): { lights: Light[]; ambient: [number, number, number]; veil: number } {
  const { key, fill } = setup;
  const keyColour = lightColour(key.kelvin);
  const overcast = key.source === 'overcast';
  const wrap = overcast ? 1 : (1 - key.hardness) * 0.8;
  const lights: Light[] = [
    {
      dir: lightDirection(key.azimuth, key.elevation),
      colour: keyColour,
      intensity: overcast ? 0.8 : 1.05,
      wrap,
      specular: overcast ? 0.05 : 0.15 + 0.45 * key.hardness,
      shininess: 8 + 72 * key.hardness,
      shadowDepth: overcast ? 0.35 : 0.45 + 0.55 * key.hardness,
    },
  ];
  if (fill.kind !== 'none') {
    const fillDir =
      fill.side === 'below' ? lightDirection(0, -40) : lightDirection(fill.side === 'left' ? -80 : 80, 10);
    const card = fill.kind === 'card';
    lights.push({
      dir: fillDir,
      colour: card ? keyColour : lightColour(fill.kelvin),
      intensity: fill.strength * (card ? 0.45 : 0.8),
      wrap: 0.6,
      specular: card ? 0 : 0.1,
      shininess: 12,
      shadowDepth: 0,
    });
  }
  if (setup.rim) {
    lights.push({ dir: lightDirection(180, 25), colour: keyColour, intensity: 1.3, wrap: 0, specular: 0.3, shininess: 20, shadowDepth: 0 });
  }
  // Shadows under an open sky take the sky's blue (reference: open shade 7,500–10,000 K).
  const skyLit = key.source === 'sun' || overcast;
  const ambientColour = skyLit ? lightColour(9000) : lightColour(key.kelvin);
  const ambientLevel = overcast ? 0.12 : 0.05;
  const ambient: [number, number, number] = [ambientColour[0] * ambientLevel, ambientColour[1] * ambientLevel, ambientColour[2] * ambientLevel];
  const veil = setup.ambient === 'fog' ? 0.35 : setup.ambient === 'haze' ? 0.18 : 0;
  return { lights, ambient, veil };
}

/** Distance along the ray o + t·d to a sphere, or Infinity (d is unit length). */
function raySphere(ox: number, oy: number, oz: number, d: Vec3, s: typeof HEAD): number {
  const lx = ox - s.x;
  const ly = oy - s.y;
  const lz = oz - s.z;
  const b = lx * d.x + ly * d.y + lz * d.z;
  const c = lx * lx + ly * ly + lz * lz - s.r * s.r;
  const disc = b * b - c;
  if (disc < 0) return Infinity;
  const t = -b - Math.sqrt(disc);
  return t > 1e-4 ? t : Infinity;
}

/** Whether a point sees the light in direction d, or a sphere stands in the way. */
function occluded(px: number, py: number, pz: number, d: Vec3, surface: Surface): boolean {
  if (surface !== 'nose' && raySphere(px, py, pz, d, NOSE) < Infinity) return true;
  if (surface === 'floor' && raySphere(px, py, pz, d, HEAD) < Infinity) return true;
  return false;
}

export type Surface = 'head' | 'nose' | 'floor';

export interface ScenePoint {
  surface: Surface;
  point: Vec3;
  normal: Vec3;
}

const VIEW_DIR: Vec3 = { x: 0, y: -Math.sin(TILT), z: -Math.cos(TILT) };
const UP: Vec3 = { x: 0, y: Math.cos(TILT), z: -Math.sin(TILT) };

/** What the camera sees at a pixel: which surface, where, and its normal. */
export function pixelToScene(width: number, height: number, px: number, py: number): ScenePoint {
  const scale = (2 * VIEW_HALF_HEIGHT) / height;
  const u = (px + 0.5 - width / 2) * scale;
  const v = (height / 2 - (py + 0.5)) * scale - 0.2;
  // Ray origin on a plane well in front of the scene.
  const ox = u;
  const oy = UP.y * v - VIEW_DIR.y * 10;
  const oz = UP.z * v - VIEW_DIR.z * 10;
  const tHead = raySphere(ox, oy, oz, VIEW_DIR, HEAD);
  const tNose = raySphere(ox, oy, oz, VIEW_DIR, NOSE);
  if (tHead < Infinity || tNose < Infinity) {
    const nose = tNose < tHead;
    const sphere = nose ? NOSE : HEAD;
    const t = nose ? tNose : tHead;
    const point = { x: ox + VIEW_DIR.x * t, y: oy + VIEW_DIR.y * t, z: oz + VIEW_DIR.z * t };
    const normal = { x: (point.x - sphere.x) / sphere.r, y: (point.y - sphere.y) / sphere.r, z: (point.z - sphere.z) / sphere.r };
    return { surface: nose ? 'nose' : 'head', point, normal };
  }
  const t = (FLOOR_Y - oy) / VIEW_DIR.y;
  return { surface: 'floor', point: { x: ox, y: FLOOR_Y, z: oz + VIEW_DIR.z * t }, normal: { x: 0, y: 1, z: 0 } };
}

const HALF_VECTOR_VIEW: Vec3 = { x: -VIEW_DIR.x, y: -VIEW_DIR.y, z: -VIEW_DIR.z };
const ALBEDO: Record<Surface, number> = { head: 0.8, nose: 0.8, floor: 0.45 };

/** Linear RGB (0 and up) of a point of the scene under the set-up's lights. */
function shadePoint({ surface, point, normal }: ScenePoint, built: ReturnType<typeof buildLights>): [number, number, number] {
  const { x: px, y: py, z: pz } = point;
  const { x: nx, y: ny, z: nz } = normal;
  const albedo = ALBEDO[surface];
  let r = built.ambient[0];
  let g = built.ambient[1];
  let b = built.ambient[2];
  let sr = 0;
  let sg = 0;
  let sb = 0;
  const lights = built.lights;
  for (let index = 0; index < lights.length; index += 1) {
    const light = lights[index]!;
    const l = light.dir;
    const ndl = nx * l.x + ny * l.y + nz * l.z;
    const wrap = surface === 'floor' ? Math.max(light.wrap, 0.3) : light.wrap;
    let diffuse = (ndl + wrap) / (1 + wrap);
    if (diffuse <= 0) continue;
    // Only the key casts shadows; the others are fills.
    let visible = 1;
    if (index === 0 && light.shadowDepth > 0 && occluded(px + nx * 1e-3, py + ny * 1e-3, pz + nz * 1e-3, l, surface)) {
      visible = 1 - light.shadowDepth;
    }
    // A hard light's own terminator is sharp: drop the wrap's glow where the surface faces away.
    if (ndl < 0) diffuse *= 1 - light.shadowDepth * 0.5;
    const k = diffuse * light.intensity * visible;
    r += light.colour[0] * k;
    g += light.colour[1] * k;
    b += light.colour[2] * k;
    if (light.specular > 0 && surface !== 'floor' && ndl > 0 && visible === 1) {
      const hx = l.x + HALF_VECTOR_VIEW.x;
      const hy = l.y + HALF_VECTOR_VIEW.y;
      const hz = l.z + HALF_VECTOR_VIEW.z;
      const len = Math.sqrt(hx * hx + hy * hy + hz * hz) || 1;
      const ndh = (nx * hx + ny * hy + nz * hz) / len;
      if (ndh > 0) {
        const s = light.specular * light.intensity * Math.pow(ndh, light.shininess);
        sr += light.colour[0] * s;
        sg += light.colour[1] * s;
        sb += light.colour[2] * s;
      }
    }
  }
  return [albedo * r + sr, albedo * g + sg, albedo * b + sb];
}

/** Display gamma through a lookup table: linear 0–1 in 4,096 steps to a byte. */
const GAMMA_STEPS = 4096;
const gammaTable = Uint8Array.from({ length: GAMMA_STEPS + 1 }, (_, i) => Math.round(255 * Math.pow(i / GAMMA_STEPS, GAMMA)));
const toByte = (linear: number) => gammaTable[Math.round(Math.min(1, Math.max(0, linear)) * GAMMA_STEPS)]!;

/** The default preview size, in canvas pixels. */
export const PREVIEW_WIDTH = 320;
export const PREVIEW_HEIGHT = 240;

/** Where a pass writes: ImageData's bytes, or any numeric array (tests use a Float64Array). */
export type PixelBuffer = Uint8ClampedArray | Float64Array;

/**
 * One full shading pass: RGBA values 0–255, row by row, for a width × height canvas. Pass `out`
 * to reuse a buffer between frames.
 */
export function shadeLighting<T extends PixelBuffer = Uint8ClampedArray>(
  setup: LightingSetup,
  width = PREVIEW_WIDTH,
  height = PREVIEW_HEIGHT,
  out: T = new Uint8ClampedArray(width * height * 4) as T,
): T {
  const built = buildLights(setup);
  const veilColour = lightColour(setup.key.kelvin);
  const keep = 1 - built.veil;
  const veil0 = veilColour[0] * 0.55 * built.veil;
  const veil1 = veilColour[1] * 0.55 * built.veil;
  const veil2 = veilColour[2] * 0.55 * built.veil;
  let i = 0;
  for (let py = 0; py < height; py += 1) {
    for (let px = 0; px < width; px += 1) {
      const [r, g, b] = shadePoint(pixelToScene(width, height, px, py), built);
      out[i] = toByte(r * keep + veil0);
      out[i + 1] = toByte(g * keep + veil1);
      out[i + 2] = toByte(b * keep + veil2);
      out[i + 3] = 255;
      i += 4;
    }
  }
  return out;
}

const oppositeSide: Record<string, string> = { left: 'right', right: 'left', front: 'back', behind: 'front' };

/** A text alternative for the preview, computed from the same set-up. */
export function describePreview(setup: LightingSetup): string {
  const side = horizontalSide(setup.key.azimuth);
  const colour = temperatureWords(setup.key.kelvin) || 'neutral white';
  const where = setup.key.source === 'overcast' ? 'from the whole sky' : directionPhrase(setup.key.azimuth, setup.key.elevation);
  const parts = [`A grey head form with a nose stands on a floor, lit by a ${colour} key ${where}.`];
  if (side === 'left' || side === 'right') {
    parts.push(`The highlight is on its ${side} side and the shadow side faces ${oppositeSide[side]}.`);
  } else if (side === 'front') {
    parts.push('The front of the face is lit and the shadow side is round the edges.');
  } else {
    parts.push('Only the edges catch the light; the face is in shadow.');
  }
  const shadow = castShadowDirection(setup);
  if (shadow) {
    const across = Math.abs(shadow.x) > 0.3 ? (shadow.x > 0 ? 'to the right' : 'to the left') : '';
    const depth = Math.abs(shadow.z) > 0.3 ? (shadow.z > 0 ? 'toward the camera' : 'away from the camera') : '';
    const length = shadow.lengthPerHeight > 2 ? 'long' : shadow.lengthPerHeight < 0.6 ? 'short' : '';
    parts.push(`A ${length ? `${length} ` : ''}cast shadow falls ${[across, depth].filter(Boolean).join(' and ')} on the floor.`);
  } else {
    parts.push(setup.key.elevation >= 89 ? 'The cast shadow sits right under the form.' : 'The cast shadow runs out of the frame.');
  }
  if (setup.fill.kind !== 'none') parts.push(`A ${setup.fill.kind === 'card' ? 'white card' : `${temperatureWords(setup.fill.kelvin) || 'neutral'} ${setup.fill.kind}`} fill lifts the shadow side from ${setup.fill.side === 'below' ? 'below' : `the ${setup.fill.side}`}.`);
  if (setup.rim) parts.push('A rim light outlines the top and edges.');
  if (setup.ambient !== 'none') parts.push(`${setup.ambient === 'fog' ? 'Fog' : 'Haze'} veils the whole scene.`);
  return parts.join(' ');
}
