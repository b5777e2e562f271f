import { kelvinToRgb } from './kelvin';
import { lightDirection, type Vec3 } from './shading';
import { directionPhrase, horizontalSide, temperatureWords, type KeySource, type LightingSetup } from './setup';
import { patternFits } from './patterns';

/**
 * The lights of the lighting study render (a head and shoulders in front of a backdrop), from a
 * set-up. Everything here is plain numbers the renderer only has to upload: where each light is,
 * how big it looks from the subject (which sets how soft its shadows are), its colour from
 * kelvinToRgb and how bright it is at the subject.
 *
 * Distances and sizes are typical studio values chosen for the illustration, not measured from
 * any particular kit: a bare reflector about 15 cm across at 1.5 m, a soft box about a metre
 * across at 1.2 m, a window a metre or so across at 2 m. The sun is 0.53° across (Wikipedia,
 * "Sun": angular diameter 31.6′–32.7′); an overcast sky is a dome lighting from everywhere above.
 */

/**
 * The study's materials: matte plaster (a sculptor's cast), skin with a warm subsurface glow, or
 * glazed white ceramic, whose mirror-like highlights show each source's shape and size.
 */
export const studyMaterials = ['plaster', 'skin', 'glazed'] as const;
export type StudyMaterial = (typeof studyMaterials)[number];

export interface StudyLight {
  /** Unit vector from the subject toward the light (camera at +z, frame right +x, up +y). */
  direction: Vec3;
  /** Distance from the subject's face in metres; Infinity for the sun and the sky. */
  distanceM: number;
  /** Radius of the source in metres (for sun and sky, the angular radius decides). */
  radiusM: number;
  /** Half the angle the source fills, seen from the subject (radians): sets the penumbra. */
  angularRadius: number;
  /**
   * Height over width of the source's face as the subject sees it: 1 for a round or square
   * source, 2 for a window (a tall pane). A glossy surface's highlight takes this shape.
   */
  aspect: number;
  /** Linear RGB (0–1) of the light's colour, from kelvinToRgb. */
  colour: [number, number, number];
  /** Brightness at the subject, relative to a key of 1. */
  intensity: number;
  /** Only the key casts shadows in the study: fills and rims are broad or behind. */
  castsShadow: boolean;
}

export interface StudyScene {
  key: StudyLight;
  fill: StudyLight | null;
  rim: StudyLight | null;
  /** Light from everywhere (linear RGB): skylight for sun and sky, the room's bounce indoors. */
  ambient: [number, number, number];
  /** 0: clear air; up to 1: how much haze or fog veils the scene, in the key's colour. */
  veil: number;
  material: StudyMaterial;
}

/** The backdrop stands this far behind the subject's head (metres). */
export const BACKDROP_BEHIND_M = 1.2;

/** The sun's angular radius in radians (0.53° across). */
export const SUN_ANGULAR_RADIUS = (0.265 * Math.PI) / 180;
/** An overcast sky lights from a dome about 70° in radius round the zenith. */
export const SKY_ANGULAR_RADIUS = (70 * Math.PI) / 180;

const lerp = (a: number, b: number, t: number) => a + (b - a) * Math.min(1, Math.max(0, t));

/**
 * A key source's distance and size. Hardness moves each within what that kind of source can do:
 * a bare light from a bare bulb (hard) to a small reflector with a diffuser (softer); a soft box
 * from a large one close in to a smaller one; the sun from clear sky to thin cloud.
 */
export function keySourceGeometry(source: KeySource, hardness: number): { distanceM: number; radiusM: number; angularRadius: number } {
  const h = Math.min(1, Math.max(0, Number.isFinite(hardness) ? hardness : 0.5));
  const finite = (distanceM: number, radiusM: number) => ({ distanceM, radiusM, angularRadius: Math.atan(radiusM / distanceM) });
  switch (source) {
    case 'studio':
      return finite(1.5, lerp(0.22, 0.03, h));
    case 'soft-box':
      return finite(1.2, lerp(0.65, 0.3, h));
    case 'window':
      return finite(2, lerp(0.8, 0.35, h));
    case 'sun': {
      // Thin cloud spreads the sun into a bright patch a few degrees across.
      const angularRadius = lerp(SUN_ANGULAR_RADIUS * 12, SUN_ANGULAR_RADIUS, h);
      return { distanceM: Infinity, radiusM: Infinity, angularRadius };
    }
    case 'overcast':
      return { distanceM: Infinity, radiusM: Infinity, angularRadius: SKY_ANGULAR_RADIUS };
  }
}

/**
 * Width of the soft edge (penumbra) a source throws from an occluder onto a surface `gapM`
 * behind it, by similar triangles: w = 2r · gap / (D − gap). For a source at infinity, the
 * angle decides: w = 2 · gap · tan(angular radius).
 */
export function penumbraWidthM(light: Pick<StudyLight, 'distanceM' | 'radiusM' | 'angularRadius'>, gapM: number): number {
  if (!Number.isFinite(light.distanceM)) return 2 * gapM * Math.tan(light.angularRadius);
  const rest = light.distanceM - gapM;
  return rest > 0 ? (2 * light.radiusM * gapM) / rest : Infinity;
}

/**
 * How bright a light is at a distance, relative to its brightness at the subject: the inverse
 * square law, (D / d)². Sun and sky are far enough away to be even across the set.
 */
export function inverseSquare(lightDistanceM: number, distanceM: number): number {
  if (!Number.isFinite(lightDistanceM)) return 1;
  return distanceM > 0 ? (lightDistanceM / distanceM) ** 2 : Infinity;
}

/** kelvinToRgb's display values as linear light (the renderer works in linear light). */
export function linearColour(kelvin: number): [number, number, number] {
  const { r, g, b } = kelvinToRgb(kelvin);
  const toLinear = (c: number) => Math.pow(c / 255, 2.2);
  return [toLinear(r), toLinear(g), toLinear(b)];
}

/** Open shade under a blue sky (reference table: 7,500–10,000 K and more). */
const SKYLIGHT_K = 9000;

/** A window pane is about twice as tall as it is wide; other sources are round or square. */
const WINDOW_ASPECT = 2;

const light = (
  azimuth: number,
  elevation: number,
  geometry: { distanceM: number; radiusM: number; angularRadius: number },
  kelvin: number,
  intensity: number,
  castsShadow: boolean,
  aspect = 1,
): StudyLight => ({
  direction: lightDirection(azimuth, elevation),
  ...geometry,
  aspect,
  colour: linearColour(kelvin),
  intensity,
  castsShadow,
});

const finiteGeometry = (distanceM: number, radiusM: number) => ({ distanceM, radiusM, angularRadius: Math.atan(radiusM / distanceM) });

/** The study's lights for a set-up. */
export function studyScene(setup: LightingSetup, material: StudyMaterial = 'plaster'): StudyScene {
  const { key, fill } = setup;
  const overcast = key.source === 'overcast';
  const keyAspect = key.source === 'window' ? WINDOW_ASPECT : 1;
  const keyLight = light(key.azimuth, key.elevation, keySourceGeometry(key.source, key.hardness), key.kelvin, overcast ? 1.5 : 1, true, keyAspect);

  let fillLight: StudyLight | null = null;
  if (fill.kind !== 'none') {
    const below = fill.side === 'below';
    const azimuth = below ? 0 : fill.side === 'left' ? -80 : 80;
    const elevation = below ? -40 : 10;
    const strength = Math.min(1, Math.max(0, fill.strength));
    // A card only bounces the key, so it has the key's colour and a share of its light.
    if (fill.kind === 'card') fillLight = light(azimuth, elevation, finiteGeometry(0.8, 0.4), key.kelvin, strength * 0.5, false);
    else if (fill.kind === 'lamp') fillLight = light(azimuth, elevation, finiteGeometry(1.5, 0.2), fill.kelvin, strength * 0.8, false);
    else fillLight = light(azimuth, elevation, finiteGeometry(2, 0.6), fill.kelvin, strength * 0.8, false, WINDOW_ASPECT);
  }

  // The rim sits behind the subject on the side away from the key, as rims usually are: a strip
  // box a metre away (between the subject and the backdrop), set a stop brighter than the key.
  const rimAzimuth = key.azimuth <= 0 ? 145 : -145;
  const rimLight = setup.rim ? light(rimAzimuth, 30, finiteGeometry(1, 0.15), key.kelvin, 2, false) : null;

  const skyLit = key.source === 'sun' || overcast;
  const ambientColour = linearColour(skyLit ? SKYLIGHT_K : key.kelvin);
  const ambientLevel = key.source === 'sun' ? 0.12 : overcast ? 0.1 : key.source === 'window' ? 0.06 : 0.035;
  const ambient: [number, number, number] = [ambientColour[0] * ambientLevel, ambientColour[1] * ambientLevel, ambientColour[2] * ambientLevel];
  const veil = setup.ambient === 'fog' ? 0.35 : setup.ambient === 'haze' ? 0.18 : 0;
  return { key: keyLight, fill: fillLight, rim: rimLight, ambient, veil, material };
}

/** What the key's reflection looks like on the glaze: its shape and size are the source's. */
function glazeHighlight(source: KeySource, hardness: number): string {
  switch (source) {
    case 'studio':
      return 'The glaze shows the light as small, sharp, bright highlights.';
    case 'soft-box':
      return 'The glaze shows the soft box as broad highlights with soft edges.';
    case 'window':
      return 'The glaze shows the window as tall highlights.';
    case 'sun':
      return hardness >= 0.5 ? 'The glaze shows the sun as tiny, blazing points.' : 'The glaze shows the hazy sun as small, soft highlights.';
    case 'overcast':
      return 'The glaze shows the sky as a wide, faint sheen over the top of the form.';
  }
}

const materialWords: Record<StudyMaterial, string> = {
  plaster: 'A white plaster head and shoulders',
  skin: 'A head and shoulders with skin',
  glazed: 'A glossy white glazed ceramic bust',
};

/** A text alternative for the study render, computed from the same set-up. */
export function describeStudy(setup: LightingSetup, material: StudyMaterial): string {
  const { key, fill } = setup;
  const side = horizontalSide(key.azimuth);
  const colour = temperatureWords(key.kelvin) || 'neutral white';
  const sources: Record<KeySource, string> = { studio: 'bare studio light', 'soft-box': 'soft box', window: 'window', sun: 'sun', overcast: 'overcast sky' };
  const where = key.source === 'overcast' ? 'from the whole sky' : directionPhrase(key.azimuth, key.elevation);
  const parts = [`${materialWords[material]} in front of a grey backdrop, lit by a ${colour} ${sources[key.source]} ${where}.`];
  if (side === 'left' || side === 'right') parts.push(`The ${side} side of the face is lit; the other side falls into shadow.`);
  else if (side === 'front') parts.push('The front of the face is lit, with a shadow under the nose and chin.');
  else parts.push('The face is in shadow; only the edges catch the light.');
  const softness = key.source === 'overcast' || key.source === 'soft-box' || key.hardness <= 0.33 ? 'soft-edged' : key.hardness >= 0.67 ? 'hard-edged' : 'medium-edged';
  parts.push(`Shadows are ${softness}.`);
  if (setup.pattern !== 'none' && patternFits(setup.pattern, key)) parts.push(`The key sits where ${setup.pattern === 'rembrandt' ? 'Rembrandt' : setup.pattern} lighting needs it.`);
  if (fill.kind !== 'none') parts.push(`A ${fill.kind === 'card' ? 'white card' : `${temperatureWords(fill.kelvin) || 'neutral'} ${fill.kind}`} fill lifts the shadows from ${fill.side === 'below' ? 'below' : `the ${fill.side}`}.`);
  if (setup.rim) parts.push('A rim light from behind outlines the head and shoulders.');
  if (setup.ambient !== 'none') parts.push(`${setup.ambient === 'fog' ? 'Fog' : 'Haze'} veils the scene.`);
  if (material === 'glazed') parts.push(glazeHighlight(key.source, key.hardness));
  return parts.join(' ');
}

/**
 * The study's camera, in the render's units (tenths of a metre, head at the origin): where it
 * stands, what it looks at, and the tangent of half its vertical field of view (about 14°
 * across: a short telephoto framing head and shoulders from 1.7 m).
 */
export const STUDY_CAMERA = {
  position: { x: 0, y: -0.1, z: 17 },
  target: { x: 0, y: -0.62, z: 0 },
  halfHeightTan: 0.125,
} as const;

/** Where a point of the study scene lands on a width × height frame (pixels from the top left). */
export function projectStudyPoint(point: Vec3, width: number, height: number): { x: number; y: number } {
  const { position: o, target, halfHeightTan } = STUDY_CAMERA;
  const norm = (v: Vec3) => {
    const l = Math.hypot(v.x, v.y, v.z);
    return { x: v.x / l, y: v.y / l, z: v.z / l };
  };
  const cross = (a: Vec3, b: Vec3) => ({ x: a.y * b.z - a.z * b.y, y: a.z * b.x - a.x * b.z, z: a.x * b.y - a.y * b.x });
  const dot = (a: Vec3, b: Vec3) => a.x * b.x + a.y * b.y + a.z * b.z;
  const forward = norm({ x: target.x - o.x, y: target.y - o.y, z: target.z - o.z });
  const right = norm(cross(forward, { x: 0, y: 1, z: 0 }));
  const up = cross(right, forward);
  const d = { x: point.x - o.x, y: point.y - o.y, z: point.z - o.z };
  const depth = dot(d, forward);
  const u = dot(d, right) / depth / halfHeightTan;
  const v = dot(d, up) / depth / halfHeightTan;
  // The shader's uv runs −1…1 over the height, centred, y up.
  return { x: width / 2 + (u * height) / 2, y: height / 2 - (v * height) / 2 };
}
