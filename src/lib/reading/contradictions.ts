import { conflictsOf, getFragment, isFragmentId } from '../fragments';
import type { Claim, Facet } from './claims';
import type { PromptReading } from './read';

/**
 * Where a prompt fights itself: two values for something a photograph has one of (one depth of
 * field, one lens, one time of day), or two things the physics of light rules out together
 * (golden hour under an overcast sky). Free text and catalogue phrases are read into the same
 * claims, so one rule finds both; a catalogue phrase also carries what the catalogue says it
 * conflicts with (the `fragment` facet).
 */

export interface Contradiction {
  /** The claim earlier in the prompt, and the later one that contradicts it. */
  earlier: Claim;
  later: Claim;
  /** One or two sentences for the reader: both phrases quoted, and which to keep for which picture. */
  message: string;
}

type Clash = (a: Claim, b: Claim) => boolean;

const differ: Clash = (a, b) => a.value !== b.value;
const numbersDiffer: Clash = (a, b) => a.number !== undefined && b.number !== undefined && Math.abs(a.number - b.number) > 0.05;

/** A focal length's kind, from its millimetres (full-frame terms). */
function focalKind(mm: number): 'ultra-wide' | 'wide' | 'normal' | 'tele' {
  if (mm <= 20) return 'ultra-wide';
  if (mm <= 35) return 'wide';
  if (mm < 70) return 'normal';
  return 'tele';
}
const focalWordsAccept: Record<string, (mm: number) => boolean> = {
  'ultra-wide': (mm) => mm <= 24,
  wide: (mm) => mm <= 35,
  normal: (mm) => mm >= 35 && mm <= 60,
  tele: (mm) => mm >= 70,
};
const focalClash: Clash = (a, b) => {
  if (a.value === 'zoom' || b.value === 'zoom') return false;
  if (a.number !== undefined && b.number !== undefined) return a.number !== b.number;
  if (a.number !== undefined) return !focalWordsAccept[b.value]!(a.number);
  if (b.number !== undefined) return !focalWordsAccept[a.value]!(b.number);
  const wideKinds = new Set(['ultra-wide', 'wide']);
  return a.value !== b.value && !(wideKinds.has(a.value) && wideKinds.has(b.value));
};

const apertureWordsAccept: Record<string, (f: number) => boolean> = {
  wide: (f) => f <= 2.8,
  stopped: (f) => f >= 5.6,
};
const apertureClash: Clash = (a, b) => {
  if (a.number !== undefined && b.number !== undefined) return numbersDiffer(a, b);
  if (a.number !== undefined) return !apertureWordsAccept[b.value]!(a.number);
  if (b.number !== undefined) return !apertureWordsAccept[a.value]!(b.number);
  return a.value !== b.value;
};

/** Pairs of values that cannot both hold, written once each way. */
function pairs(list: readonly (readonly [string, string])[]): Clash {
  const set = new Set(list.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));
  return (a, b) => set.has(`${a.value}|${b.value}`);
}

const shutterClash: Clash = (a, b) => {
  if (a.number !== undefined && b.number !== undefined) return Math.abs(Math.log2(a.number / b.number)) > 1;
  return pairs([
    ['frozen', 'slow'],
    ['frozen', 'panning'],
  ])(a, b);
};

const timeClash = pairs([
  ['golden', 'midday'],
  ['golden', 'night'],
  ['golden', 'blue'],
  ['midday', 'night'],
  ['midday', 'blue'],
  ['midday', 'morning'],
  ['midday', 'evening'],
  ['night', 'morning'],
  ['night', 'afternoon'],
  ['night', 'day'],
  ['blue', 'day'],
  ['blue', 'afternoon'],
  ['morning', 'evening'],
  ['morning', 'afternoon'],
]);

const skyClash = pairs([
  ['overcast', 'clear'],
  ['storm', 'clear'],
]);

/** Brands of digital bodies: "Canon EOS R5" and "Canon R5" are one camera, a Canon and a Nikon are two. */
function brand(claim: Claim): string {
  return claim.text.toLowerCase().match(/^(?:shot on )?(?:a )?([a-z]+)/)?.[1] ?? claim.text.toLowerCase();
}
/** Film stock names, so "Portra 400" and "Kodak Portra" are one stock. */
function stock(claim: Claim): string | undefined {
  return claim.text.toLowerCase().match(/portra|ektar|gold|colorplus|ultramax|superia|velvia|provia|cinestill|tri-?x|hp5|delta|fp4|t-?max|kodachrome|ektachrome/)?.[0]?.replace('-', '');
}
const mediumClash: Clash = (a, b) => {
  const kinds = new Set([a.value, b.value]);
  if (kinds.size === 1) {
    if (a.value === 'film') return stock(a) !== undefined && stock(b) !== undefined && stock(a) !== stock(b);
    if (a.value === 'digital' || a.value === 'phone') return brand(a) !== brand(b) && /^[a-z]/.test(brand(a)) && !/digital|dslr|mirrorless|full/.test(a.text + b.text);
    return false;
  }
  // A film camera takes film (and instant film); a digital body or a phone takes neither.
  const filmy = new Set(['film', 'film-body', 'instant']);
  return !(filmy.has(a.value) && filmy.has(b.value) && !(kinds.has('film') && kinds.has('instant')));
};

const shotSizeClash: Clash = (a, b) => a.value !== b.value && !(a.value.endsWith('close-up') && b.value.endsWith('close-up'));
const heightClash: Clash = (a, b) => a.value !== b.value && !(new Set([a.value, b.value]).has('high') && new Set([a.value, b.value]).has('overhead'));
const backgroundClash = differ;
const fragmentClash: Clash = (a, b) => isFragmentId(a.value) && conflictsOf(a.value).has(b.value);

/** The facets a photograph has one value of, and when two values cannot both hold. */
const singleValued: Partial<Record<Facet, Clash>> = {
  depth: differ,
  focal: focalClash,
  aperture: apertureClash,
  shutter: shutterClash,
  time: timeClash,
  season: differ,
  sky: skyClash,
  medium: mediumClash,
  'color-mode': differ,
  'tonal-key': differ,
  'shot-size': shotSizeClash,
  'camera-height': heightClash,
  pose: differ,
  background: backgroundClash,
  grain: differ,
  iso: numbersDiffer,
  'light-pattern': differ,
  'key-side': differ,
  fragment: fragmentClash,
};

/** What each value is for, so a message can say which phrase to keep for which picture. */
const keepFor: Partial<Record<Facet, Record<string, string>>> = {
  depth: { shallow: 'a subject set apart from a soft background', deep: 'a scene sharp from front to back' },
  shutter: {
    frozen: 'motion frozen sharp',
    slow: 'motion blurred into streaks',
    panning: 'a sharp subject against a streaked background',
    moderate: 'ordinary motion',
  },
  time: {
    golden: 'warm, low light and long shadows',
    midday: 'hard light from overhead',
    night: 'a night scene lit by its own lamps',
    blue: 'the cool light just after sunset',
    evening: 'the fading light of evening',
    morning: 'soft, cool morning light',
    afternoon: 'afternoon light',
    day: 'plain daylight',
  },
  season: { spring: 'a spring scene', summer: 'a summer scene', autumn: 'an autumn scene', winter: 'a winter scene' },
  sky: { overcast: 'soft light with faint shadows', clear: 'direct sun from a blue sky', storm: 'a dark, stormy sky' },
  medium: {
    film: 'the look of that film',
    'film-body': 'a film camera',
    instant: 'an instant print',
    phone: 'a phone snapshot',
    digital: 'that digital camera',
  },
  'color-mode': { mono: 'a black-and-white picture', colour: 'a colour picture' },
  'tonal-key': { high: 'a bright picture with few, pale shadows', low: 'a dark picture where the shadows dominate' },
  'shot-size': {
    'extreme-close-up': 'a detail filling the frame',
    'close-up': 'a face or an object filling the frame',
    medium: 'a figure from the waist up',
    full: 'the whole figure',
    wide: 'a figure small in its surroundings',
  },
  'camera-height': {
    'eye-level': 'a level, natural view',
    low: 'a view from below that makes the subject loom',
    high: 'a view from above',
    overhead: 'a view straight down',
  },
  pose: { candid: 'an unposed moment', posed: 'a posed picture' },
  background: {
    white: 'a plain white background',
    black: 'a dark background',
    grey: 'a grey background',
    coloured: 'a coloured backdrop',
    scene: 'a real place behind the subject',
  },
  grain: { clean: 'a clean, noise-free file', grainy: 'visible grain' },
  'light-pattern': {
    rembrandt: 'a lit triangle on the shadow cheek',
    split: 'one half of the face lit',
    loop: 'a small nose shadow toward the cheek',
    butterfly: 'a shadow straight under the nose',
  },
};

const focalKeep: Record<ReturnType<typeof focalKind>, string> = {
  'ultra-wide': 'an ultra-wide view, close and exaggerated',
  wide: 'a wide view that takes in the place',
  normal: 'a natural, eye-like perspective',
  tele: 'a tight view with the background pulled close',
};

function purpose(claim: Claim): string {
  switch (claim.facet) {
    case 'focal':
      return focalKeep[claim.number !== undefined ? focalKind(claim.number) : (claim.value as keyof typeof focalKeep)] ?? 'that lens';
    case 'aperture': {
      const f = claim.number;
      if (f === undefined) return claim.value === 'wide' ? 'a soft background' : 'sharpness in depth';
      return f <= 2.8 ? 'a soft background' : f >= 8 ? 'sharpness from front to back' : 'a middle depth of field';
    }
    case 'iso':
      return (claim.number ?? 0) <= 200 ? 'a clean file' : (claim.number ?? 0) >= 1600 ? 'visible grain' : 'that exposure';
    case 'fragment':
      return isFragmentId(claim.value) ? lowerFirst(getFragment(claim.value).label) : 'that look';
    case 'key-side':
      return `a key light from the ${claim.value}`;
    default:
      return keepFor[claim.facet]?.[claim.value] ?? 'that picture';
  }
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

const whatClashes: Partial<Record<Facet, string>> = {
  depth: 'opposite depths of field',
  focal: 'two different lenses',
  aperture: 'two different apertures',
  shutter: 'two different shutter speeds',
  time: 'two different times of day',
  season: 'two different seasons',
  sky: 'two different skies',
  medium: 'two different cameras or films',
  'color-mode': 'black and white and colour at once',
  'tonal-key': 'a bright, high-key picture and a dark, low-key one at once',
  'shot-size': 'two different framings',
  'camera-height': 'two different camera heights',
  pose: 'a posed and an unposed picture at once',
  background: 'two different backgrounds',
  grain: 'a clean file and a grainy one at once',
  iso: 'two different ISO settings',
  'light-pattern': 'two different lighting patterns on one face',
  fragment: 'two things one photograph cannot show together',
};

function facetMessage(facet: Facet, earlier: Claim, later: Claim): string {
  if (facet === 'key-side') {
    return `The main light comes from the ${earlier.value} in "${earlier.text}" and from the ${later.value} here. One key light casts one set of shadows: pick one side (a weaker fill from the other side is fine if you call it a fill).`;
  }
  return `"${later.text}" and "${earlier.text}" ask for ${whatClashes[facet] ?? 'two different things'}: FLUX may blend them into a picture no camera takes. Keep "${earlier.text}" for ${purpose(earlier)}, or "${later.text}" for ${purpose(later)}.`;
}

/** Combinations the physics of light rules out, whichever comes first in the prompt. */
interface PhysicsRule {
  a: (c: Claim) => boolean;
  b: (c: Claim) => boolean;
  message: (a: Claim, b: Claim) => string;
}

const is = (facet: Facet, ...values: string[]) => (c: Claim) => c.facet === facet && (values.length === 0 || values.includes(c.value));

const physics: PhysicsRule[] = [
  {
    a: is('time', 'golden'),
    b: is('sky', 'overcast'),
    message: (a, b) =>
      `"${a.text}" needs a low sun shining straight at the scene, and "${b.text}" hides the sun behind cloud. Keep "${a.text}" for warm light and long shadows, or "${b.text}" for soft, even light.`,
  },
  {
    a: is('time', 'midday'),
    b: is('shadow', 'long'),
    message: (a, b) =>
      `"${b.text}" come from a low sun, and "${a.text}" puts the sun overhead, where shadows are short. Keep "${a.text}" for hard light from above, or "${b.text}" with golden hour.`,
  },
  {
    a: is('stars'),
    b: is('time', 'midday', 'day', 'golden', 'afternoon', 'morning'),
    message: (a, b) =>
      `"${a.text}" show only in a dark sky, and "${b.text}" is daylight. Keep "${a.text}" for a night sky, or "${b.text}" for a day scene.`,
  },
  {
    a: is('light', 'sun'),
    b: is('time', 'night'),
    message: (a, b) =>
      `"${a.text}" and "${b.text}" cannot light the same picture: at night the sun is down. Keep "${b.text}" with moonlight or lamps, or "${a.text}" for a day scene.`,
  },
  {
    a: is('light', 'tungsten', 'candle', 'fire'),
    b: is('warmth', 'cool'),
    message: (a, b) =>
      `"${a.text}" glows orange, at about 1,900 K for a flame and 2,700–3,200 K for a bulb, and "${b.text}" is the blue of shade or an overcast sky. Keep "${a.text}" with a warm Kelvin, or "${b.text}" with daylight or a cool source.`,
  },
  {
    a: is('sky', 'overcast'),
    b: is('shadow', 'hard'),
    message: (a, b) =>
      `"${a.text}" light is soft and diffused, with gradual shadows, so "${b.text}" contradicts it. For hard shadows describe direct sun; for overcast, drop the hard shadows.`,
  },
];

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Every contradiction in the reading, reported at the later phrase, each pair of phrases once.
 * Two claims inside one catalogue phrase, or at the same words, never contradict each other.
 */
export function findContradictions(reading: PromptReading): Contradiction[] {
  const found: Contradiction[] = [];
  const fragmentSpans = reading.claims.filter((c) => c.facet === 'fragment');
  const sameFragment = (a: Claim, b: Claim) => fragmentSpans.some((f) => f.start <= a.start && a.end <= f.end && f.start <= b.start && b.end <= f.end);
  const alreadyFound = (a: Claim, b: Claim) => found.some((c) => overlaps(c.earlier, a) && overlaps(c.later, b));
  const add = (earlier: Claim, later: Claim, message: string) => {
    if (overlaps(earlier, later) || sameFragment(earlier, later)) return;
    const whole = widened(later);
    if (alreadyFound(earlier, whole)) return;
    found.push({ earlier, later: whole, message });
  };
  /**
   * The later phrase whole, so removing it settles the contradiction: the catalogue phrase it
   * is part of ("blue hour twilight", not "blue hour"), or the words right beside it that say
   * the same thing ("24mm wide-angle lens", not "24mm").
   */
  const widened = (later: Claim): Claim => {
    const fragment = fragmentSpans.find((f) => f.start <= later.start && later.end <= f.end);
    if (fragment) return { ...later, start: fragment.start, end: fragment.end, text: fragment.text };
    const agrees = (c: Claim) => c.facet === later.facet && !(singleValued[c.facet]?.(c, later) ?? c.value !== later.value);
    let { start, end } = later;
    for (let grown = true; grown; ) {
      grown = false;
      for (const c of reading.claims) {
        if (!agrees(c) || (c.start >= start && c.end <= end)) continue;
        const touches = (c.start >= end && /^\s*$/.test(reading.text.slice(end, c.start))) || (c.end <= start && /^\s*$/.test(reading.text.slice(c.end, start)));
        if (!touches) continue;
        start = Math.min(start, c.start);
        end = Math.max(end, c.end);
        grown = true;
      }
    }
    return { ...later, start, end, text: reading.text.slice(start, end) };
  };

  const byFacet = new Map<Facet, Claim[]>();
  for (const claim of reading.claims) {
    if (!singleValued[claim.facet]) continue;
    byFacet.set(claim.facet, [...(byFacet.get(claim.facet) ?? []), claim]);
  }
  for (const [facet, claims] of byFacet) {
    const clash = singleValued[facet]!;
    for (const [index, later] of claims.entries()) {
      const earlier = claims.slice(0, index).find((e) => e.start < later.start && clash(e, later));
      if (earlier) add(earlier, later, facetMessage(facet, earlier, later));
    }
  }
  for (const rule of physics) {
    for (const a of reading.claims.filter(rule.a)) {
      for (const b of reading.claims.filter(rule.b)) {
        const [earlier, later] = a.start <= b.start ? [a, b] : [b, a];
        add(earlier, later, rule.message(a, b));
      }
    }
  }
  return found.sort((x, y) => x.later.start - y.later.start);
}

/** True when a claim contradicts any claim of the reading (used to keep an added phrase from fighting the prompt). */
export function contradictsReading(claim: Claim, reading: PromptReading): boolean {
  const clash = singleValued[claim.facet];
  if (clash && reading.claims.some((c) => c.facet === claim.facet && clash(c, claim))) return true;
  return physics.some((rule) => (rule.a(claim) && reading.claims.some(rule.b)) || (rule.b(claim) && reading.claims.some(rule.a)));
}
