import { getFragment, isFragmentId, type CatalogueFragment, type FragmentId } from '../fragments';
import type { Pillar } from '../fragments/types';
import type { SubjectReading } from './subject';

/**
 * Which realism pillars a prompt already covers, and which catalogue fragment suits a picture
 * for a pillar it leaves empty. The checker's missing-pillar finding and the upgrade both ask
 * here, so a night street gets its neon glow, not a window light, in both.
 */

/** The pillars the checker and the upgrade look for, in the order the upgrade fills them. */
export const upgradePillars = ['skin', 'light', 'lens', 'material', 'color'] as const satisfies readonly Pillar[];
export type UpgradePillar = (typeof upgradePillars)[number];

/** Words that show the prompt already says something about a pillar. */
const mentionSources: Record<UpgradePillar, string> = {
  skin: String.raw`\b(?:skin|pores?|freckles?|wrinkles?|complexion|blemish\w*|scars?|retouch\w*|vellus)\b`,
  // "light" ends the word (moonlight, lighting), so a flight or a lighthouse is no light source.
  light: String.raw`\b(?!flights?\b)\w*light(?:s|ing)?\b|\b(?:lit|moonlit|sun\w*|shadows?|shade|golden hour|blue hour|overcast|backlit|lamps?|candle\w*|soft ?box|glow\w*|twilight|dusk|dawn|noon|midday|chiaroscuro|rembrandt|illuminat\w*|flash|neon)\b`,
  material: String.raw`(?<!skin )\btextur\w*|\b(?:grain|wood\w*|stone\w*|concrete|marble|granite|fabric|leather|metal\w*|chrome|glass\w*|velvet|linen|cotton|wool|silk|denim|tweed|knit\w*|weave|patina|wet|matte|gloss\w*|cobblestones?|brass|copper|bronze|steel|iron|ceramic|porcelain|paper|plastic|rust\w*|worn|wear|brick\w*|tiles?|weathered|polished|fur|feathers?)\b`,
  lens: String.raw`\b\d+\s?mm\b|\bf\/\s?\d|\b(?:lens|aperture|bokeh|focus(?:ed)? on|soft focus|shallow focus|deep focus|out of focus|iso\s?\d|depth of field|shot on\b|telephoto|wide-angle|macro|close-up|shutter)`,
  color: String.raw`\b(?:colou?r\w*|tones?|grade[ds]?|grading|palette|hues?|saturat\w*|desaturat\w*|muted|warm|cool|amber|teal|monochrome|black and white|black-and-white|sepia|pastel|moody|gloomy|melanchol\w*|cheerful|dreamy|sombre|somber|noir)\b|#[0-9a-f]{3,8}\b`,
};

const mentionPatterns = Object.fromEntries(
  Object.entries(mentionSources).map(([pillar, source]) => [pillar, new RegExp(source, 'i')]),
) as Record<UpgradePillar, RegExp>;

/** True when the text says something about the pillar in its own words. */
export function mentionsPillar(text: string, pillar: UpgradePillar): boolean {
  return mentionPatterns[pillar].test(text);
}

/**
 * Fragments that only make sense on a person (or, for the portrait lens, an animal's face):
 * never suggested for a picture with nobody in it.
 */
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
export function suitsPicture(fragment: Pick<CatalogueFragment, 'id' | 'pillar'>, reading: SubjectReading): boolean {
  if (!isPersonOnly(fragment)) return true;
  return reading.hasPerson || (reading.hasAnimal && animalToo.has(fragment.id));
}

const petPattern = /\b(?:dogs?|puppy|puppies|cats?|kittens?|pets?|rabbits?)\b/i;
const concretePattern = /\b(?:concrete|brutalist)\b/i;
const stonePattern = /\b(?:cathedrals?|church(?:es)?|castles?|temples?|stone)\b/i;
const woodPattern = /\b(?:cabins?|barns?|wooden|timber)\b/i;

/**
 * The fragments that suit a picture for one pillar, best first. Candidates the catalogue does
 * not hold (yet) are skipped, so a fragment added later can be named here first.
 */
function candidateIds(pillar: UpgradePillar, reading: SubjectReading, text: string): string[] {
  const { subject, context: c } = reading;
  const outdoorLight = (): string[] => {
    if (c.night) return [];
    if (c.fog) return ['light.through-fog'];
    if (c.overcast || c.wet) return ['light.soft-overcast'];
    if (c.morning) return ['light.early-morning-haze'];
    return ['light.golden-hour'];
  };
  switch (pillar) {
    case 'skin':
      return subject === 'portrait' || subject === 'group' ? ['skin.natural-texture'] : [];
    case 'light':
      switch (subject) {
        case 'portrait':
        case 'group':
          if (c.indoor) return c.night ? ['light.practical-lamps'] : ['light.window-light-right'];
          if (c.night) return c.outdoor ? ['light.neon-signs'] : ['light.practical-lamps'];
          // Outside, the sky is the light; with no place named, a window is the portrait photographer's default.
          return c.outdoor || c.overcast || c.wet || c.fog || c.morning ? outdoorLight() : ['light.window-light-right'];
        case 'street':
          return c.night ? ['light.neon-signs'] : outdoorLight();
        case 'landscape':
        case 'architecture':
          return outdoorLight();
        case 'interior':
          return c.night ? ['light.practical-lamps'] : ['light.window-light-right'];
        case 'product':
          return ['light.product-key-upper-left', 'light.soft-box'];
        case 'food':
          return c.night ? ['light.candlelight'] : ['light.window-light-right'];
        case 'animal':
          return c.indoor ? ['light.window-light-right'] : outdoorLight();
        case 'macro':
          return ['light.raking-texture'];
        case 'other':
          return c.indoor && !c.night ? ['light.window-light-right'] : [];
      }
    case 'lens':
      switch (subject) {
        case 'portrait':
          return ['lens.portrait-85mm-f1-8'];
        case 'group':
        case 'street':
          return ['lens.documentary-35mm'];
        case 'landscape':
        case 'architecture':
        case 'interior':
          return ['lens.wide-24mm'];
        case 'product':
          return c.small ? ['lens.macro-close-up'] : ['lens.telephoto-135mm'];
        case 'food':
          return ['lens.neutral-50mm'];
        case 'animal':
          return petPattern.test(text) ? ['lens.portrait-85mm-f1-8'] : ['lens.telephoto-135mm'];
        case 'macro':
          return ['lens.macro-close-up'];
        case 'other':
          return ['lens.neutral-50mm'];
      }
    case 'material':
      switch (subject) {
        case 'portrait':
        case 'group':
          return ['material.fabric-weave'];
        case 'street':
          return c.wet ? (c.night ? ['material.wet-cobblestones'] : ['material.stone-scale-puddles']) : [];
        case 'landscape':
          return c.rocky ? ['material.granite-micro-texture'] : [];
        case 'architecture':
          if (concretePattern.test(text)) return ['material.concrete-form-texture'];
          if (stonePattern.test(text)) return ['material.stone-crystalline'];
          if (woodPattern.test(text)) return ['material.wood-aged-colour'];
          return [];
        case 'interior':
        case 'food':
          return ['material.wood-grain-direction'];
        case 'product':
          return ['material.marble-veining'];
        default:
          return [];
      }
    case 'color':
      if (subject === 'portrait' || subject === 'group') return ['color.neutral-grade'];
      if (subject === 'street' && c.night) return ['color.film-rendition'];
      return ['color.true-to-life'];
  }
}

/** The catalogue fragments that suit this picture for a pillar, best first. */
export function pillarCandidates(pillar: UpgradePillar, reading: SubjectReading, text: string): CatalogueFragment[] {
  return candidateIds(pillar, reading, text)
    .filter(isFragmentId)
    .map((id: FragmentId) => getFragment(id))
    .filter((fragment) => suitsPicture(fragment, reading));
}
