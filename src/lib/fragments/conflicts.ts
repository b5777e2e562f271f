/**
 * Conflicts that follow from photography rather than from one fragment: a photograph is taken
 * with one lens, on one camera or film, from one camera height, at one shutter speed, and is
 * either deep or shallow in focus. Each group lists fragments of which at most one belongs in a
 * prompt; `pairs` set every member of one list against every member of the other. The catalogue
 * (./index) adds these to each fragment's own `conflictsWith`, in both directions, so the
 * checker and the builder see them and no list has to be kept symmetric by hand.
 */

/** One lens per photograph: named focal lengths, and camera-and-lens names. */
const lensChoice = [
  'lens.wide-24mm',
  'lens.documentary-35mm',
  'lens.neutral-50mm',
  'lens.portrait-85mm-f1-8',
  'lens.telephoto-135mm',
  'lens.telephoto-eye-level',
  'lens.fujifilm-x-t5-35mm',
  'camera.full-frame-50mm-f4',
  'camera.hasselblad-x2d-80mm',
  'camera.phone-snapshot',
] as const;

/** One capture medium per photograph: a digital body, a phone, or a film stock. */
const captureMedium = [
  'lens.fujifilm-x-t5-35mm',
  'camera.full-frame-50mm-f4',
  'camera.hasselblad-x2d-80mm',
  'camera.sony-a7iv-clean',
  'camera.phone-snapshot',
  'camera.digicam-flash-snapshot',
  'camera.kodak-portra-400',
  'camera.kodak-tri-x-400',
  'camera.cinestill-800t',
  'camera.eighties-vintage',
] as const;

const shotSizes = ['camera.close-up-framing', 'camera.medium-shot', 'camera.full-length-shot', 'camera.wide-shot'] as const;
const cameraHeights = ['camera.eye-level', 'camera.low-angle', 'camera.high-angle', 'camera.overhead-flat-lay'] as const;
const shutterSpeeds = ['camera.fast-shutter-freeze', 'camera.freeze-action', 'camera.slow-shutter-blur', 'camera.panning-blur', 'camera.panning-streaked'] as const;
/** Life size (1:1) and a quarter of life size frame very different fields: about 36 × 24 mm against 144 × 96 mm on full frame. */
const magnifications = ['lens.macro-close-up', 'lens.close-up-quarter-life-size'] as const;

/** Everything sharp from front to back… */
const deepFocus = ['lens.deep-focus-f11', 'lens.everything-in-focus', 'camera.phone-snapshot'] as const;
/** …against wide apertures and the soft planes they make. */
const shallowFocus = [
  'lens.portrait-85mm-f1-8',
  'lens.fujifilm-x-t5-35mm',
  'camera.hasselblad-x2d-80mm',
  'lens.circular-bokeh',
  'lens.anamorphic-oval',
  'lens.sharp-eye-soft-ear',
  'scene.depth-planes',
  'scene.bridge-depth-planes',
] as const;

/** Grain and noise against a clean low-ISO file. */
const cleanFile = ['lens.iso-100-clean'] as const;
const grainyMedia = [
  'camera.kodak-tri-x-400',
  'camera.cinestill-800t',
  'camera.fine-film-grain',
  'camera.eighties-vintage',
  'camera.digicam-flash-snapshot',
] as const;

/** Straight aperture blades show only when stopped down; wide open the highlights are round. */
const polygonalHighlights = ['lens.polygonal-bokeh'] as const;
const wideApertures = ['lens.portrait-85mm-f1-8', 'lens.fujifilm-x-t5-35mm', 'camera.hasselblad-x2d-80mm'] as const;

/** A low sun flaring into the lens needs a visible, low sun. */
const sunFlare = ['lens.sun-flare'] as const;
const noLowSun = ['light.soft-overcast', 'light.blue-hour', 'light.harsh-midday-sun'] as const;

/** A black-and-white film has no colour to grade. */
const blackAndWhite = ['camera.kodak-tri-x-400'] as const;
const colourRendering = [
  'color.true-to-life',
  'color.film-rendition',
  'color.neutral-grade',
  'color.skin-tone-blend',
  'color.warm-to-cool-gradient',
  'camera.kodak-portra-400',
] as const;

/** A flash shadow on a wall just behind the subject, or a room that falls off into darkness: not both. */
const flashBackgrounds = ['light.direct-on-camera-flash', 'light.flash-falloff-dark-background'] as const;

export const conflictGroups: readonly (readonly string[])[] = [
  lensChoice,
  captureMedium,
  shotSizes,
  cameraHeights,
  shutterSpeeds,
  magnifications,
  flashBackgrounds,
];

export const conflictPairs: readonly (readonly [readonly string[], readonly string[]])[] = [
  [deepFocus, shallowFocus],
  [cleanFile, grainyMedia],
  [polygonalHighlights, wideApertures],
  [sunFlare, noLowSun],
  [blackAndWhite, colourRendering],
];

/** Every id the groups and pairs name, for the catalogue's check that each one exists. */
export function idsInConflictRules(): string[] {
  return [...new Set([...conflictGroups.flat(), ...conflictPairs.flatMap(([a, b]) => [...a, ...b])])];
}

/** The ids a fragment conflicts with by the rules above (never itself). */
export function ruleConflicts(id: string): string[] {
  const out = new Set<string>();
  for (const group of conflictGroups) if (group.includes(id)) group.forEach((other) => out.add(other));
  for (const [a, b] of conflictPairs) {
    if (a.includes(id)) b.forEach((other) => out.add(other));
    if (b.includes(id)) a.forEach((other) => out.add(other));
  }
  out.delete(id);
  return [...out];
}
