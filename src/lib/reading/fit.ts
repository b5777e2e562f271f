import { getFragment, type CatalogueFragment, type FragmentId } from '../fragments';
import type { Pillar } from '../fragments/types';
import type { Claim } from './claims';
import { contradictsReading } from './contradictions';
import { describePicture, type Picture } from './picture';
import { readPrompt, type PromptReading } from './read';

/**
 * What a prompt leaves open, and the catalogue phrase that suits its picture for each gap. The
 * checker's missing-pillar finding and the upgrade both ask here, so a night street gets neon
 * glow, a running dog a fast shutter and a product on white no marble, in both.
 */

/** The gaps the checker and the upgrade look for, in the order the upgrade fills them. */
export const upgradePillars = ['skin', 'light', 'lens', 'motion', 'material', 'color'] as const;
export type UpgradePillar = (typeof upgradePillars)[number];

/** How the checker names each gap in a list ("light, lens and colour"). */
export const gapNames: Record<UpgradePillar, string> = {
  skin: 'skin',
  light: 'light',
  lens: 'lens',
  motion: 'shutter speed',
  material: 'surfaces',
  color: 'colour',
};

/** Words that show the prompt already says something about a gap, beyond the facets the reading names. */
const mentionSources: Record<UpgradePillar, string> = {
  skin: String.raw`\b(?:skin|pores?|freckles?|wrinkles?|complexion|blemish\w*|scars?|retouch\w*|vellus)\b`,
  // "light" ends the word (moonlight, lighting), so a flight or a lighthouse is no light source.
  light: String.raw`\b(?!flights?\b|highlights?\b)\w*light(?:s|ing)?\b|\b(?:lit|moonlit|sun\w*|shadows?|shade|golden hour|blue hour|overcast|backlit|lamps?|candle\w*|soft ?box|glow\w*|twilight|dusk|dawn|noon|midday|chiaroscuro|rembrandt|illuminat\w*|flash|neon)\b`,
  lens: String.raw`\b\d+\s?mm\b|\bf\/\s?\d|\b(?:lens|aperture|bokeh|focus(?:ed)? on|soft focus|shallow focus|deep focus|out of focus|iso\s?\d|depth of field|shot on\b|telephoto|wide-angle|macro|close-up)`,
  motion: String.raw`\b(?:shutter|motion blur|panned|panning|frozen|long exposure|1\/\d+)`,
  material: String.raw`(?<!skin )\btextur\w*|\b(?:grain|wood\w*|stone\w*|concrete|marble|granite|fabric|leather|metal\w*|chrome|glass\w*|velvet|linen|cotton|wool|silk|denim|tweed|knit\w*|weave|patina|wet|matte|gloss\w*|cobblestones?|brass|copper|bronze|steel|iron|ceramic|porcelain|paper|plastic|rust\w*|worn|wear|brick\w*|tiles?|weathered|polished|fur|feathers?)\b`,
  color: String.raw`\b(?:colou?r\w*|tones?|grade[ds]?|grading|palette|hues?|saturat\w*|desaturat\w*|muted|warm|cool|amber|teal|monochrome|black and white|black-and-white|sepia|pastel|moody|gloomy|melanchol\w*|cheerful|dreamy|sombre|somber|noir)\b|#[0-9a-f]{3,8}\b`,
};
const mentionPatterns = Object.fromEntries(
  Object.entries(mentionSources).map(([pillar, source]) => [pillar, new RegExp(source, 'i')]),
) as Record<UpgradePillar, RegExp>;

/** The catalogue pillars whose fragments fill each gap. */
const gapPillars: Record<UpgradePillar, readonly Pillar[]> = {
  skin: ['skin'],
  light: ['light'],
  lens: ['lens'],
  motion: [],
  material: ['material'],
  color: ['color'],
};

/** Facets that, once the prompt sets them, fill a gap: a stated time of day is a statement about light. */
const gapFacets: Record<UpgradePillar, readonly Claim['facet'][]> = {
  skin: [],
  light: ['light', 'light-pattern', 'sky'],
  lens: ['focal', 'aperture', 'depth', 'magnification', 'medium'],
  motion: ['shutter'],
  material: [],
  color: ['color-mode', 'warmth'],
};

/** True when the prompt already says something about the gap, in its own words or with a catalogue phrase. */
export function coversGap(reading: PromptReading, gap: UpgradePillar): boolean {
  if (mentionPatterns[gap].test(reading.text)) return true;
  if (reading.claims.some((c) => gapFacets[gap].includes(c.facet))) return true;
  // Golden hour, blue hour and midday name their light; "at night" or "in the evening" leave it open.
  if (gap === 'light' && reading.claims.some((c) => c.facet === 'time' && ['golden', 'blue', 'midday', 'morning'].includes(c.value))) return true;
  if (gap === 'motion') return reading.claims.some((c) => c.fragmentId && /shutter|pann/.test(c.fragmentId));
  return reading.claims.some((c) => c.fragmentId !== undefined && gapPillars[gap].includes(getFragment(c.fragmentId).pillar));
}

/** Styles whose look sets the colour: a neutral grade added after "cinematic" would undo it. */
const colourSettingStyles = new Set(['cinematic', 'moody', 'vintage', 'dreamy', 'dramatic', 'editorial']);

/** A person seen close enough for skin and clothing to show. */
function personUpClose(p: Picture): boolean {
  // A diver's mask or an astronaut's visor hides the face.
  if (p.place === 'space' || p.place === 'underwater') return false;
  return (
    p.hasPerson && (p.subject === 'portrait' || p.subject === 'group') && p.motion !== 'fast' && p.people <= 3 && p.shotSize !== 'wide' && p.shotSize !== 'full'
  );
}

/** Daylight outside, by the sky the prompt names. */
function outdoorLight(p: Picture): FragmentId[] {
  if (p.night || p.place === 'space' || p.place === 'underwater') return [];
  if (p.fog) return ['light.through-fog'];
  if (p.overcast || p.rain || p.snow || p.storm) return ['light.soft-overcast'];
  if (p.time === 'morning') return ['light.early-morning-haze'];
  return ['light.golden-hour'];
}

/** The light that is there at a place that brings its own: a stage, a club, an evening event. */
function placeLight(p: Picture): FragmentId[] | undefined {
  if (p.place === 'stage' || p.place === 'nightclub') return ['light.stage-lights'];
  if (p.place === 'event' && (p.night || p.indoor || p.time === null || p.time === 'evening')) return ['light.bounce-flash-tungsten'];
  if (p.place === 'space' || p.place === 'underwater') return [];
  return undefined;
}

function lightIds(p: Picture): FragmentId[] {
  const atPlace = placeLight(p);
  if (atPlace) return atPlace;
  switch (p.subject) {
    case 'portrait':
    case 'group':
      if (p.indoor) return p.night ? ['light.practical-lamps'] : ['light.window-light-right'];
      // Neon belongs to a city at night; a beach or a field at night has no light to name for it.
      if (p.night) return p.place === 'city' ? ['light.neon-signs'] : p.outdoor ? [] : ['light.practical-lamps'];
      if (p.plainBackground || p.place === 'studio') return ['light.soft-box'];
      // Outside, the sky is the light; with no place or time named, a window is the portrait photographer's default.
      return p.outdoor || p.time !== null || p.overcast || p.rain || p.fog || p.snow ? outdoorLight(p) : ['light.window-light-right'];
    case 'street':
      return p.night ? ['light.neon-signs'] : outdoorLight(p);
    case 'landscape':
    case 'architecture':
    case 'vehicle':
      return p.night ? (p.place === 'city' ? ['light.neon-signs'] : []) : outdoorLight(p);
    case 'interior':
      return p.night ? ['light.practical-lamps'] : ['light.window-light-right'];
    case 'product':
      return ['light.product-key-upper-left', 'light.soft-box'];
    case 'food':
      return p.night ? ['light.candlelight'] : ['light.window-light-right'];
    case 'animal':
      return p.indoor ? (p.night ? ['light.practical-lamps'] : ['light.window-light-right']) : outdoorLight(p);
    case 'macro':
      return ['light.raking-texture'];
    case 'other':
      return p.indoor && !p.night ? ['light.window-light-right'] : [];
  }
}

function lensIds(p: Picture): FragmentId[] {
  if (p.selfie) return ['camera.phone-snapshot'];
  if (p.place === 'underwater') return ['lens.wide-24mm'];
  switch (p.subject) {
    case 'portrait':
      return p.motion !== null || p.place === 'event' || p.place === 'stage' ? ['lens.documentary-35mm'] : ['lens.portrait-85mm-f1-8'];
    case 'group':
    case 'street':
      return ['lens.documentary-35mm'];
    case 'landscape':
    case 'architecture':
    case 'interior':
      return ['lens.wide-24mm'];
    case 'product':
      if (p.small) return ['lens.macro-close-up'];
      // In front of a seamless there is no background to compress.
      return p.plainBackground || p.place === 'studio' ? ['lens.neutral-50mm'] : ['lens.telephoto-135mm'];
    case 'food':
    case 'vehicle':
    case 'other':
      return ['lens.neutral-50mm'];
    case 'animal':
      return p.pet && p.motion === null ? ['lens.portrait-85mm-f1-8'] : ['lens.telephoto-eye-level'];
    case 'macro':
      return ['lens.macro-close-up'];
  }
}

function motionIds(p: Picture): FragmentId[] {
  if (p.motion !== 'fast') return [];
  return p.hasVehicle && !p.hasPerson && !p.hasAnimal ? ['camera.panning-streaked'] : ['camera.freeze-action'];
}

const concretePattern = /\b(?:concrete|brutalist)\b/i;
const stonePattern = /\b(?:cathedrals?|church(?:es)?|castles?|temples?|stone)\b/i;
const woodPattern = /\b(?:cabins?|barns?|wooden|timber)\b/i;
/** Surfaces the reader may name for the table or set: the upgrade adds no other one on top of theirs. */
const woodSurfacePattern = /\b(?:wood(?:en)?|oak|walnut|teak|pine|bamboo|timber)\b/i;
const otherSurfacePattern =
  /\b(?:slate|marble|granite|stone|concrete|glass|mirror(?:ed)?|metal|steel|brass|copper|ceramic|porcelain|tiles?|terrazzo|linen|velvet|silk|satin|leather|paper|acrylic|resin|plaster|sand|rock)\b/i;

function materialIds(p: Picture, text: string): FragmentId[] {
  if (p.hasPerson && (p.subject === 'portrait' || p.subject === 'group')) {
    if (p.rain && p.outdoor) return ['material.wet-ground'];
    return p.clothing && personUpClose(p) ? ['material.fabric-weave'] : [];
  }
  if (p.plainBackground || p.place === 'studio') return [];
  switch (p.subject) {
    case 'street':
      return p.rain ? (p.night ? ['material.wet-cobblestones'] : ['material.stone-scale-puddles']) : [];
    case 'landscape':
      return p.rain ? ['material.wet-ground'] : p.rocky ? ['material.granite-micro-texture'] : [];
    case 'architecture':
      if (concretePattern.test(text)) return ['material.concrete-form-texture'];
      if (stonePattern.test(text)) return ['material.stone-crystalline'];
      if (woodPattern.test(text)) return ['material.wood-aged-colour'];
      return [];
    case 'interior':
    case 'food':
      return otherSurfacePattern.test(text) && !woodSurfacePattern.test(text) ? [] : ['material.wood-grain-direction'];
    case 'product':
      if (woodSurfacePattern.test(text)) return ['material.wood-grain-direction'];
      return otherSurfacePattern.test(text) ? [] : ['material.marble-veining'];
    case 'animal':
    case 'vehicle':
      return p.rain && p.outdoor ? ['material.wet-ground'] : [];
    default:
      return [];
  }
}

function colorIds(p: Picture): FragmentId[] {
  if (p.styles.some((style) => colourSettingStyles.has(style))) return [];
  // Warm or coloured light sets the picture's colour; a neutral grade would fight it.
  if (p.time !== null && p.time !== 'day' && p.time !== 'midday' && p.time !== 'afternoon') return [];
  if (p.night || p.colouredLight || p.place === 'stage' || p.place === 'nightclub' || p.place === 'event') return [];
  if (personUpClose(p)) return ['color.neutral-grade'];
  return ['color.true-to-life'];
}

/** Fragments that only make sense on a person up close (or, for a few, an animal's face). */
const personOnlyIds = new Set<string>([
  'lens.portrait-85mm-f1-8',
  'lens.sharp-eye-soft-ear',
  'light.backlit-rim',
  'light.rembrandt',
  'light.split',
  'light.loop',
  'light.butterfly',
  'light.loop-position',
  'light.butterfly-position',
  'color.neutral-grade',
  'color.skin-tone-blend',
  'color.warm-olive-overcast',
]);
/** Of those, the ones an animal's portrait may use too. */
const animalToo = new Set<string>(['lens.portrait-85mm-f1-8', 'lens.sharp-eye-soft-ear', 'light.backlit-rim']);

export function isPersonOnly(fragment: Pick<CatalogueFragment, 'id' | 'pillar'>): boolean {
  return fragment.pillar === 'skin' || personOnlyIds.has(fragment.id);
}

/** May this fragment go into this picture? Person-only fragments need a person (or an animal, for a few). */
export function suitsPicture(fragment: Pick<CatalogueFragment, 'id' | 'pillar'>, picture: Picture): boolean {
  if (!isPersonOnly(fragment)) return true;
  return picture.hasPerson || (picture.hasAnimal && animalToo.has(fragment.id));
}

function candidateIds(gap: UpgradePillar, picture: Picture, text: string): FragmentId[] {
  switch (gap) {
    case 'skin':
      return personUpClose(picture) ? ['skin.natural-texture'] : [];
    case 'light':
      return lightIds(picture);
    case 'lens':
      return lensIds(picture);
    case 'motion':
      return motionIds(picture);
    case 'material':
      return materialIds(picture, text);
    case 'color':
      return colorIds(picture);
  }
}

const fragmentClaims = new Map<string, readonly Claim[]>();
/** A catalogue phrase read like a prompt, once: what it would say about the picture if added. */
function claimsOfFragment(fragment: CatalogueFragment): readonly Claim[] {
  let claims = fragmentClaims.get(fragment.id);
  if (!claims) fragmentClaims.set(fragment.id, (claims = readPrompt(fragment.text).claims));
  return claims;
}

/**
 * The catalogue phrases that suit this picture for one gap, best first, leaving out any that
 * would contradict what the prompt already says (a phrase is read like the prompt, so "low
 * golden hour sunlight" is refused under an overcast sky).
 */
export function fittingFragments(gap: UpgradePillar, reading: PromptReading, picture: Picture = describePicture(reading)): CatalogueFragment[] {
  return candidateIds(gap, picture, reading.text)
    .map((id) => getFragment(id))
    .filter((fragment) => suitsPicture(fragment, picture))
    .filter((fragment) => !claimsOfFragment(fragment).some((claim) => contradictsReading(claim, reading)))
    .filter((fragment) => !reading.claims.some((c) => c.facet === 'fragment' && c.value === fragment.id));
}

/** The gaps the prompt leaves open that have a phrase to fill them, each with its best phrase, in upgrade order. */
export function openGaps(reading: PromptReading, picture: Picture = describePicture(reading)): { gap: UpgradePillar; fragment: CatalogueFragment }[] {
  return upgradePillars.flatMap((gap) => {
    if (coversGap(reading, gap)) return [];
    const fragment = fittingFragments(gap, reading, picture)[0];
    return fragment ? [{ gap, fragment }] : [];
  });
}
