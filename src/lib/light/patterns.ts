import type { FillSide, LightingSetup, Pattern } from './setup';

/**
 * The classic portrait patterns as zones of key-light position: how far round from the camera
 * (either side: each pattern can be lit from the left or the right) and how high. These are the
 * site's approximations of studio convention, the same the pattern diagrams draw; faces vary,
 * and a Rembrandt on one face is a loop on another.
 */
export interface PatternZone {
  /** Degrees round from the camera axis, to either side: from (inclusive) … to. */
  side: readonly [from: number, to: number];
  /** Whether the upper side bound is inclusive (zones that meet share no angle). */
  sideToInclusive: boolean;
  /** Degrees above the subject's eyes, both bounds inclusive. */
  elevation: readonly [from: number, to: number];
}

export type NamedPattern = Exclude<Pattern, 'none'>;

export const patternZones: Readonly<Record<NamedPattern, PatternZone>> = {
  butterfly: { side: [0, 15], sideToInclusive: false, elevation: [35, 70] },
  loop: { side: [15, 35], sideToInclusive: false, elevation: [20, 45] },
  rembrandt: { side: [35, 60], sideToInclusive: true, elevation: [30, 60] },
  split: { side: [75, 105], sideToInclusive: true, elevation: [0, 30] },
};

export const patternNames: Readonly<Record<NamedPattern, string>> = {
  rembrandt: 'Rembrandt lighting',
  split: 'split lighting',
  loop: 'loop lighting',
  butterfly: 'butterfly lighting',
};

type Key = Pick<LightingSetup['key'], 'azimuth' | 'elevation'>;

function inZone(zone: PatternZone, key: Key): boolean {
  const side = Math.abs(key.azimuth);
  const [sideFrom, sideTo] = zone.side;
  const [elevationFrom, elevationTo] = zone.elevation;
  const withinSide = side >= sideFrom && (zone.sideToInclusive ? side <= sideTo : side < sideTo);
  return withinSide && key.elevation >= elevationFrom && key.elevation <= elevationTo;
}

/** Whether the key is where a named pattern needs it ('none' fits anywhere). */
export function patternFits(pattern: Pattern, key: Key): boolean {
  return pattern === 'none' || inZone(patternZones[pattern], key);
}

/** The pattern a key light in this position draws on a face, or 'none' between the zones. */
export function classifyPattern(key: Key): Pattern {
  return (Object.keys(patternZones) as NamedPattern[]).find((pattern) => inZone(patternZones[pattern], key)) ?? 'none';
}

const round5 = (degrees: number) => Math.round(degrees / 5) * 5;

/** "35–60° to one side and 30–60° up": where a pattern's key goes, in words. */
export function patternZoneWords(pattern: NamedPattern): string {
  const { side, elevation } = patternZones[pattern];
  const round = side[0] === 0 ? `less than ${side[1]}° to one side` : `${side[0]}–${side[1]}° to one side`;
  const height = elevation[0] === 0 ? `at most ${elevation[1]}° up` : `${elevation[0]}–${elevation[1]}° up`;
  return `${round} and ${height}`;
}

export interface PatternChange {
  setup: LightingSetup;
  /** A sentence when the named pattern changed with this move; none while it still holds. */
  note?: string;
}

/**
 * A change to a set-up that was showing a named pattern keeps the name while the key is still in
 * that pattern's zone, takes the name of the pattern the key has moved into, or drops the name,
 * and says which. A set-up without a name stays without one: the tool names a pattern when the
 * reader asked for one (a preset or a link), not every position that happens to fall in a zone.
 */
export function followPattern(previous: LightingSetup, next: LightingSetup): PatternChange {
  const named = next.pattern !== 'none' ? next.pattern : previous.pattern;
  if (named === 'none') return { setup: { ...next, pattern: 'none' } };
  const shown = classifyPattern(next.key);
  if (shown === named) return { setup: { ...next, pattern: named } };
  const where = `the key is ${round5(Math.abs(next.key.azimuth))}° to one side and ${round5(next.key.elevation)}° up`;
  if (shown === 'none') {
    return {
      setup: { ...next, pattern: 'none' },
      note: `No longer ${patternNames[named]}: ${where}, and it needs ${patternZoneWords(named)}.`,
    };
  }
  return { setup: { ...next, pattern: shown }, note: `Now ${patternNames[shown]}: ${where}.` };
}

const mirroredSide: Record<FillSide, FillSide> = { left: 'right', right: 'left', below: 'below' };

/** The same set-up from the other side: the key and the fill change sides; the pattern holds. */
export function mirrorSetup(setup: LightingSetup): LightingSetup {
  // −180 and 180 are both directly behind; keep one spelling of it.
  const azimuth = Math.abs(setup.key.azimuth) === 180 ? 180 : setup.key.azimuth === 0 ? 0 : -setup.key.azimuth;
  return { ...setup, key: { ...setup.key, azimuth }, fill: { ...setup.fill, side: mirroredSide[setup.fill.side] } };
}
