import { temperatureFeel } from './kelvin';
import { mirrorSetup, patternFits, patternNames } from './patterns';

/**
 * A lighting set-up: one key light, an optional fill, an optional rim light and the air.
 * Directions are as seen from the camera: azimuth 0° is at the camera, −90° is frame left,
 * +90° frame right and ±180° behind the subject; elevation 0° is level with the subject's
 * eyes, 90° straight above.
 */
export const keySources = ['studio', 'soft-box', 'window', 'sun', 'overcast'] as const;
export const fillKinds = ['none', 'card', 'lamp', 'window'] as const;
export const fillSides = ['left', 'right', 'below'] as const;
export const ambients = ['none', 'haze', 'fog'] as const;
/** Named portrait patterns; each holds only while the key stays where the pattern needs it. */
export const patterns = ['none', 'rembrandt', 'split', 'loop', 'butterfly'] as const;

export type KeySource = (typeof keySources)[number];
export type FillKind = (typeof fillKinds)[number];
export type FillSide = (typeof fillSides)[number];
export type Ambient = (typeof ambients)[number];
export type Pattern = (typeof patterns)[number];

export interface LightingSetup {
  key: {
    source: KeySource;
    /** −180…180 degrees, 0 at the camera. */
    azimuth: number;
    /** 0…90 degrees above the subject's eyes. */
    elevation: number;
    /** 0 = as soft as a large diffuser, 1 = a bare, hard source. */
    hardness: number;
    kelvin: number;
  };
  fill: {
    kind: FillKind;
    side: FillSide;
    /** 0…1 of the key's brightness. */
    strength: number;
    /** Used by lamp and window fills; a white card reflects the key's own colour. */
    kelvin: number;
  };
  rim: boolean;
  ambient: Ambient;
  pattern: Pattern;
}

/** PicassoIA's article's first example: "strong side light from the left". */
export const defaultSetup: LightingSetup = {
  key: { source: 'studio', azimuth: -90, elevation: 15, hardness: 0.8, kelvin: 5600 },
  fill: { kind: 'none', side: 'right', strength: 0.4, kelvin: 5600 },
  rim: false,
  ambient: 'none',
  pattern: 'none',
};

const HARD_FROM = 0.67;
const SOFT_UP_TO = 0.33;

/** How a photographer would call a source's hardness (0 soft … 1 hard). */
export function hardnessName(hardness: number): 'hard' | 'medium' | 'soft' {
  if (hardness >= HARD_FROM) return 'hard';
  if (hardness <= SOFT_UP_TO) return 'soft';
  return 'medium';
}

type Horizontal = 'left' | 'right' | 'front' | 'behind';

/** Where the key sits around the subject, in words. */
export function horizontalSide(azimuth: number): Horizontal {
  const a = Math.abs(azimuth);
  if (a <= 20) return 'front';
  if (a > 150) return 'behind';
  return azimuth < 0 ? 'left' : 'right';
}

const roundTo5 = (degrees: number) => Math.round(degrees / 5) * 5;

/** "from the left", "from upper left at 45 degrees", "from above the camera at 50 degrees"… */
export function directionPhrase(azimuth: number, elevation: number): string {
  const side = horizontalSide(azimuth);
  const angle = `at ${roundTo5(elevation)} degrees`;
  if (side === 'behind') return 'from behind the subject';
  if (side === 'front') return elevation < 25 ? 'from the camera position' : `from above the camera ${angle}`;
  if (elevation < 25) return `from the ${side}`;
  if (elevation <= 65) return `from upper ${side} ${angle}`;
  return `from high above on the ${side} ${angle}`;
}

/** Above this, up to the overcast sky's 7,000 K, a source reads as cool daylight. */
const COOL_DAYLIGHT_FROM = 6000;

/** Colour words for a temperature, from the reference table's rows (tungsten 2,600–3,400 K). */
export function temperatureWords(k: number): string {
  if (k >= 2600 && k <= 3400) return 'warm tungsten';
  if (k > COOL_DAYLIGHT_FROM && k <= 7000) return 'cool daylight';
  const feel = temperatureFeel(k);
  return feel === 'neutral' ? '' : feel;
}

const join = (...words: string[]) => words.filter(Boolean).join(' ');

/** The word the prompt uses for a key's quality: "strong" for hard light, nothing in between. */
function hardnessWord(hardness: number): string {
  return { hard: 'strong', medium: '', soft: 'soft' }[hardnessName(hardness)];
}

function keyClause(setup: LightingSetup): string {
  const { key, fill, rim } = setup;
  const side = horizontalSide(key.azimuth);
  if (key.source === 'overcast') return 'soft diffused overcast light';
  if (side === 'behind') return rim ? 'backlit, with a rim light outlining the hair and shoulders' : 'backlit';
  if (key.source === 'sun') {
    const feel = temperatureFeel(key.kelvin);
    if (key.elevation <= 15 && feel === 'warm') return join('low golden hour sunlight', directionPhrase(key.azimuth, key.elevation));
    if (key.elevation >= 65 && key.hardness >= HARD_FROM && feel === 'neutral') return 'harsh direct midday sun';
  }
  const colour = temperatureWords(key.kelvin);
  const withFillLight = fill.kind === 'lamp' || fill.kind === 'window';
  const lowSide = key.elevation < 25 && (side === 'left' || side === 'right');
  const nouns: Record<Exclude<KeySource, 'overcast'>, string> = {
    studio: withFillLight ? 'key' : lowSide ? 'side light' : 'light',
    'soft-box': 'soft box',
    window: 'window light',
    sun: 'sunlight',
  };
  const quality = key.source === 'soft-box' ? '' : hardnessWord(key.hardness);
  return join(quality, colour, nouns[key.source], directionPhrase(key.azimuth, key.elevation));
}

function fillLightClause(fill: LightingSetup['fill']): string {
  const amount = fill.strength <= SOFT_UP_TO ? 'subtle' : fill.strength >= HARD_FROM ? 'strong' : '';
  const colour = temperatureWords(fill.kelvin);
  const where =
    fill.kind === 'window'
      ? fill.side === 'below'
        ? 'from a window'
        : `from a window on the ${fill.side}`
      : fill.side === 'below'
        ? 'from below'
        : `from the ${fill.side}`;
  return join('with', amount, colour, 'fill', where);
}

/**
 * Prompt text for a set-up, in the style of PicassoIA's article: "strong side light from the left",
 * "soft box from upper left at 45 degrees, white card fill from the right", "warm tungsten key
 * from the left with cool daylight fill from a window on the right".
 */
export function describeLighting(setup: LightingSetup): string {
  const clauses: string[] = [];
  if (setup.pattern !== 'none' && patternFits(setup.pattern, setup.key)) clauses.push(patternNames[setup.pattern]);

  let key = keyClause(setup);
  if (setup.fill.kind === 'lamp' || setup.fill.kind === 'window') key = join(key, fillLightClause(setup.fill));
  clauses.push(key);

  if (setup.fill.kind === 'card') clauses.push(setup.fill.side === 'below' ? 'white card fill from below' : `white card fill from the ${setup.fill.side}`);
  const backlit = horizontalSide(setup.key.azimuth) === 'behind' && setup.key.source !== 'overcast';
  if (setup.rim && !backlit) clauses.push('rim light from behind outlining the hair and shoulders');
  if (setup.ambient === 'haze') clauses.push('early morning haze');
  if (setup.ambient === 'fog') clauses.push('light through fog');
  return clauses.join(', ');
}

/** The classic set-ups, as buttons in the preview. */
export const presetIds = ['rembrandt', 'split', 'loop', 'butterfly', 'rim', 'golden-hour', 'overcast', 'mixed', 'product'] as const;
export type PresetId = (typeof presetIds)[number];

export interface LightingPreset {
  id: PresetId;
  label: string;
  setup: LightingSetup;
}

const noFill = defaultSetup.fill;
const preset = (id: PresetId, label: string, setup: Partial<LightingSetup> & { key: LightingSetup['key'] }): LightingPreset => ({
  id,
  label,
  // Plain data, checked against LightingSetupSchema in the unit tests.
  setup: { ...defaultSetup, fill: noFill, ...setup },
});

export const lightingPresets: readonly LightingPreset[] = [
  preset('rembrandt', 'Rembrandt', {
    key: { source: 'studio', azimuth: -45, elevation: 45, hardness: 0.7, kelvin: 5600 },
    pattern: 'rembrandt',
  }),
  preset('split', 'Split', { key: { source: 'studio', azimuth: -90, elevation: 10, hardness: 0.8, kelvin: 5600 }, pattern: 'split' }),
  preset('loop', 'Loop', {
    key: { source: 'studio', azimuth: -30, elevation: 30, hardness: 0.5, kelvin: 5600 },
    fill: { kind: 'card', side: 'right', strength: 0.4, kelvin: 5600 },
    pattern: 'loop',
  }),
  preset('butterfly', 'Butterfly', {
    key: { source: 'soft-box', azimuth: 0, elevation: 50, hardness: 0.3, kelvin: 5600 },
    fill: { kind: 'card', side: 'below', strength: 0.4, kelvin: 5600 },
    pattern: 'butterfly',
  }),
  preset('rim', 'Rim light', {
    key: { source: 'studio', azimuth: 180, elevation: 20, hardness: 0.7, kelvin: 5600 },
    fill: { kind: 'card', side: 'below', strength: 0.3, kelvin: 5600 },
    rim: true,
  }),
  preset('golden-hour', 'Golden hour', { key: { source: 'sun', azimuth: -60, elevation: 10, hardness: 0.8, kelvin: 3500 } }),
  preset('overcast', 'Overcast', { key: { source: 'overcast', azimuth: 0, elevation: 80, hardness: 0.1, kelvin: 6500 } }),
  preset('mixed', 'Mixed window and tungsten', {
    key: { source: 'studio', azimuth: -90, elevation: 20, hardness: 0.5, kelvin: 2900 },
    fill: { kind: 'window', side: 'right', strength: 0.5, kelvin: 6500 },
  }),
  preset('product', 'Product (PicassoIA’s set-up)', {
    key: { source: 'soft-box', azimuth: -45, elevation: 45, hardness: 0.3, kelvin: 5600 },
    fill: { kind: 'card', side: 'right', strength: 0.4, kelvin: 5600 },
  }),
];

/**
 * The preset a set-up is exactly, lit from either side (a preset mirrored is still that preset),
 * or undefined once the reader has changed anything else.
 */
export function matchingLightingPreset(setup: LightingSetup): PresetId | undefined {
  const key = JSON.stringify(setup);
  return lightingPresets.find((preset) => JSON.stringify(preset.setup) === key || JSON.stringify(mirrorSetup(preset.setup)) === key)?.id;
}

export function getPreset(id: PresetId): LightingPreset {
  const found = lightingPresets.find((p) => p.id === id);
  if (!found) throw new Error(`Unknown lighting preset "${id}"`);
  return found;
}
