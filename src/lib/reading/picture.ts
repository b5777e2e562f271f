import type { Claim } from './claims';
import { readPrompt, type PromptReading } from './read';

/**
 * The picture a prompt describes, summed up from its reading: what kind of photograph, who or
 * what is in it and whether it moves, where and when. The checker's missing-pillar finding and
 * the upgrade choose what suits the picture from this, so they suggest the same phrases.
 */

export { subjectKinds, subjectLabels, type SubjectKind } from './subject-kinds';
import type { SubjectKind } from './subject-kinds';

export type Place = 'stage' | 'nightclub' | 'event' | 'studio' | 'beach' | 'underwater' | 'space' | 'sport' | 'city';

export interface Picture {
  subject: SubjectKind;
  hasPerson: boolean;
  hasAnimal: boolean;
  hasVehicle: boolean;
  /** How many people, where the words say (a crowd counts as many); 1 for one person named, 0 for none. */
  people: number;
  /** Something in the picture moves: fast (running, racing, drifting) or slow (walking, dancing). */
  motion: 'fast' | 'slow' | null;
  indoor: boolean;
  outdoor: boolean;
  /** The kind of place, where it changes the light. */
  place: Place | null;
  /** The time of day the prompt names, if one. */
  time: string | null;
  night: boolean;
  overcast: boolean;
  storm: boolean;
  rain: boolean;
  fog: boolean;
  snow: boolean;
  /** A plain background the prompt asks for: white, black, grey or coloured. */
  plainBackground: boolean;
  /** Clothing is named, so its fabric is part of the picture. */
  clothing: boolean;
  /** A small object (watch, ring, jewellery): a product that wants a macro lens. */
  small: boolean;
  /** Rock, cliffs or mountains: surfaces a landscape can show texture in. */
  rocky: boolean;
  /** Style words the reader chose ("cinematic", "moody"), each a look the additions must keep. */
  styles: string[];
  /** The framing the prompt asks for, if one. */
  shotSize: string | null;
  /** A selfie: held at arm's length on a phone. */
  selfie: boolean;
  /** A pet (dog, cat, rabbit): photographed up close, unlike wildlife. */
  pet: boolean;
  /** The light itself is coloured: a flame, a bulb, neon, stage or LED lights, or a warm Kelvin. */
  colouredLight: boolean;
}

/** Light sources whose own colour sets the picture's colour. */
const colouredSources = new Set(['tungsten', 'candle', 'fire', 'neon', 'stage', 'led', 'streetlight']);

const w = (words: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])`, 'iu');
const smallPattern = w('watch(?:es)?|wristwatch(?:es)?|pocket watch|rings?|earrings?|jewell?(?:ery|ry)|necklaces?|bracelets?|coins?|gems?|gemstones?|diamonds?|lipsticks?|serums?|dice|keys?');
const rockyPattern = w('mountains?|rocks?|rocky|cliffs?|canyons?|boulders?|crags?|peaks?|volcano(?:es)?|granite|stone');
const petPattern = w('dogs?|pupp(?:y|ies)|cats?|kittens?|pets?|rabbits?|bunn(?:y|ies)|golden retrievers?|retrievers?|labradors?|poodles?|terriers?|corgis?|beagles?|bulldogs?|pugs?|dachshunds?|chihuahuas?|spaniels?|huskies|husky|tabby');
const selfiePattern = w('selfies?');
const clockFace = /(?:clock|watch|cliff|rock|building) face/iu;

function first(claims: readonly Claim[], facet: Claim['facet']): Claim | undefined {
  return claims.find((c) => c.facet === facet);
}

/** Sums up the picture. Accepts a reading or the text itself. */
export function describePicture(input: PromptReading | string): Picture {
  const reading = typeof input === 'string' ? readPrompt(input) : input;
  const { claims, text } = reading;
  // Catalogue phrases added to a prompt describe its light and lens, not what the picture is of.
  const own = claims.filter((c) => !claims.some((f) => f.facet === 'fragment' && f.start <= c.start && c.end <= f.end) || c.facet === 'fragment');
  const subjects = new Set(own.filter((c) => c.facet === 'subject' && !(c.value === 'person' && clockFace.test(text.slice(Math.max(0, c.start - 9), c.end)))).map((c) => c.value));
  const has = (facet: Claim['facet'], value?: string) => own.some((c) => c.facet === facet && (value === undefined || c.value === value));
  const headcounts = own.filter((c) => c.facet === 'people').map((c) => c.number ?? 0);
  const hasAnimal = subjects.has('animal');
  const crowd = subjects.has('crowd');
  const hasPerson = subjects.has('person') || subjects.has('group') || crowd || (subjects.has('portrait-genre') && !hasAnimal);
  const people = headcounts.length > 0 ? Math.max(...headcounts) : crowd ? 10 : subjects.has('group') ? 3 : hasPerson ? 1 : 0;
  const place = subjects.has('street') || subjects.has('street-genre') || subjects.has('road');
  const motion = has('motion', 'fast') ? 'fast' : has('motion', 'slow') ? 'slow' : null;
  const placeClaim = own.find((c) => c.facet === 'place' && c.value !== 'city') ?? first(own, 'place');
  const time = first(own, 'time')?.value ?? null;
  const plainBackground = own.some((c) => c.facet === 'background' && c.value !== 'scene');
  const hasVehicle = subjects.has('vehicle');

  const subject = ((): SubjectKind => {
    if (subjects.has('macro-genre')) return 'macro';
    if (subjects.has('product-genre')) return 'product';
    if (subjects.has('food-genre')) return 'food';
    if (crowd && !subjects.has('person') && !subjects.has('group')) return place ? 'street' : 'group';
    if (hasPerson && people >= 2) return subjects.has('street-genre') ? 'street' : 'group';
    if (hasPerson) return subjects.has('street-genre') ? 'street' : 'portrait';
    if (hasAnimal) return 'animal';
    if (hasVehicle) return 'vehicle';
    if (subjects.has('street-genre')) return 'street';
    if (subjects.has('food')) return 'food';
    if (subjects.has('product')) return 'product';
    if (subjects.has('interior-genre')) return 'interior';
    if (subjects.has('street')) return 'street';
    if (subjects.has('landscape-genre')) return 'landscape';
    if (subjects.has('architecture-genre')) return 'architecture';
    if (subjects.has('landscape')) return 'landscape';
    if (subjects.has('road')) return 'street';
    return 'other';
  })();

  return {
    subject,
    hasPerson,
    hasAnimal,
    hasVehicle,
    people,
    motion,
    indoor: has('setting', 'indoor'),
    // Rain, snow, fog and the sky are outside unless the prompt says it is inside.
    outdoor:
      has('setting', 'outdoor') ||
      (placeClaim !== undefined && ['beach', 'underwater', 'space', 'sport', 'city'].includes(placeClaim.value)) ||
      ((has('weather') || has('sky')) && !has('setting', 'indoor')),
    place: (placeClaim?.value as Place | undefined) ?? null,
    time,
    night: time === 'night' || (has('stars') && time === null),
    overcast: has('sky', 'overcast'),
    storm: has('sky', 'storm'),
    rain: has('weather', 'rain'),
    fog: has('weather', 'fog'),
    snow: has('weather', 'snow'),
    plainBackground,
    clothing: has('clothing', 'clothing'),
    small: smallPattern.test(text),
    rocky: rockyPattern.test(text),
    // A catalogue phrase can carry a look too ("anamorphic" is cinematic): styles come from every phrase.
    styles: [...new Set(claims.filter((c) => c.facet === 'style').map((c) => c.value))],
    shotSize: first(own, 'shot-size')?.value ?? null,
    selfie: selfiePattern.test(text),
    pet: petPattern.test(text),
    colouredLight: own.some((c) => (c.facet === 'light' && colouredSources.has(c.value)) || (c.facet === 'warmth' && c.value === 'warm')),
  };
}
