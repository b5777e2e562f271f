import type { FragmentId } from '../fragments';
import type { FragmentSource } from '../fragments/types';
import { COOL_ABOVE_K, WARM_BELOW_K, type TemperatureFeel } from './kelvin';

/**
 * The light types of the lighting table. The five rated rows are PicassoIA's article's own table
 * ("How Flux Handles Light"), with its rating and notes word for word; the other rows are common
 * sources the article does not rate, so they carry no rating at all. Kelvin ranges come from the
 * colour-temperature table at http://jtv.be/info/colortemps.html (published tables disagree by a few hundred
 * kelvin, so these are ranges, never single numbers).
 */
export const articleRatings = ['Excellent', 'Very Good', 'Good'] as const;
export type ArticleRating = (typeof articleRatings)[number];
/** Sort order: best first. */
export const articleRatingRank: Record<ArticleRating, number> = { Excellent: 3, 'Very Good': 2, Good: 1 };

export const lightSettings = ['indoor', 'outdoor', 'both'] as const;
export type LightSetting = (typeof lightSettings)[number];

export interface LightType {
  id: string;
  name: string;
  /** The rating in PicassoIA's article, or null where the article does not rate this light. */
  articleRating: ArticleRating | null;
  /** The article table's "Notes" column, verbatim, for rated rows. */
  articleNotes?: string;
  /** One line: what this light is and does. */
  description: string;
  /** Colour temperature range, or null where the reference gives none. */
  kelvin: { min: number; max: number } | null;
  /** Which reference rows the range comes from, or why there is none. */
  kelvinNote: string;
  setting: LightSetting;
  fragments: FragmentId[];
  sources: FragmentSource[];
}

const articleLightSection: FragmentSource = { kind: 'article', section: 'How Flux Handles Light' };
const articleColourSection: FragmentSource = { kind: 'article', section: 'Color Accuracy Without Over-Saturation' };
const kelvinTable: FragmentSource = { kind: 'reference', url: 'http://jtv.be/info/colortemps.html' };
const bflVocabulary: FragmentSource = {
  kind: 'reference',
  url: 'https://docs.bfl.ai/guides/prompting_unified_reference',
};
const bflStyle: FragmentSource = {
  kind: 'reference',
  url: 'https://docs.bfl.ai/guides/prompting_unified_style',
};

const definitions: LightType[] = [
  {
    id: 'directional-studio',
    name: 'Directional (studio)',
    articleRating: 'Excellent',
    articleNotes: 'Consistent shadow direction across all surfaces',
    description: 'One placed key light, bare or through a soft box, that sets a single shadow direction for the whole scene.',
    kelvin: { min: 3200, max: 5600 },
    kelvinNote: 'Studio tungsten (3,200–3,400 K) to HMI and flash (5,500–5,600 K).',
    setting: 'indoor',
    fragments: ['light.strong-side-left', 'light.product-key-upper-left', 'light.soft-box', 'light.white-card-fill', 'light.rembrandt', 'light.split', 'light.chiaroscuro'],
    sources: [articleLightSection, { kind: 'article', section: 'Fine Detail at Macro Scale' }, bflVocabulary],
  },
  {
    id: 'soft-overcast',
    name: 'Soft diffused overcast',
    articleRating: 'Excellent',
    articleNotes: 'Natural shadow falloff, even fill',
    description: 'A cloud-covered sky acting as one huge soft source: gentle shadows, no hard edges.',
    kelvin: { min: 6500, max: 7000 },
    kelvinNote: 'Overcast sky row (6,500–7,000 K).',
    setting: 'outdoor',
    fragments: ['light.soft-overcast'],
    sources: [articleLightSection, kelvinTable],
  },
  {
    id: 'volumetric',
    name: 'Volumetric / atmospheric',
    articleRating: 'Very Good',
    articleNotes: 'Requires descriptive prompt language',
    description: 'Light made visible by haze, fog or dust, with rays, gradual falloff and a colour set by the conditions.',
    kelvin: { min: 2000, max: 7000 },
    kelvinNote: 'No row of its own: the colour is that of the light scattered, shown here from sunrise (2,000 K) to overcast sky (7,000 K).',
    setting: 'both',
    fragments: ['light.early-morning-haze', 'light.through-fog', 'light.dust-sunbeams', 'light.golden-hour-shafts'],
    sources: [articleLightSection, kelvinTable],
  },
  {
    id: 'mixed-temperature',
    name: 'Mixed temperature (warm + cool)',
    articleRating: 'Very Good',
    articleNotes: 'Handles color contrast without clipping',
    description: 'Warm lamps on one side and cool daylight on the other, giving a warm-to-cool gradient across the subject.',
    kelvin: { min: 2600, max: 7000 },
    kelvinNote: 'Household tungsten (2,600–2,900 K) against daylight from a window (noon sun 5,000 K to overcast sky 7,000 K).',
    setting: 'indoor',
    fragments: ['light.mixed-tungsten-daylight'],
    sources: [articleLightSection, articleColourSection, kelvinTable],
  },
  {
    id: 'backlight-rim',
    name: 'Backlight and rim light',
    articleRating: 'Good',
    articleNotes: 'Works best with specific lens reference',
    description: 'A light behind the subject that draws a bright edge around hair and shoulders.',
    kelvin: { min: 2000, max: 5600 },
    kelvinNote: 'No row of its own: the colour is that of the source behind, shown here from a setting sun (2,000 K) to noon sun or flash (5,600 K).',
    setting: 'both',
    fragments: ['light.backlit-rim'],
    sources: [articleLightSection, bflVocabulary],
  },
  {
    id: 'golden-hour',
    name: 'Golden hour',
    articleRating: null,
    description: 'The sun low in the sky shortly after sunrise or before sunset: warm, directional, long shadows.',
    kelvin: { min: 2000, max: 3500 },
    kelvinNote: 'Sunrise and sunset (2,000–3,000 K) up to golden hour proper (about 3,500 K).',
    setting: 'outdoor',
    fragments: ['light.golden-hour', 'light.golden-hour-shafts'],
    sources: [bflVocabulary, kelvinTable],
  },
  {
    id: 'noon-sun',
    name: 'Midday sun',
    articleRating: null,
    description: 'A high, hard, neutral sun that casts short, crisp shadows.',
    kelvin: { min: 5000, max: 5600 },
    kelvinNote: 'Noon sun row (5,000–5,600 K).',
    setting: 'outdoor',
    fragments: ['light.harsh-midday-sun'],
    sources: [bflVocabulary, kelvinTable],
  },
  {
    id: 'blue-hour',
    name: 'Blue hour',
    articleRating: null,
    description: 'The deep, cool skylight before sunrise or after sunset, with no direct sun.',
    kelvin: { min: 7000, max: 12000 },
    kelvinNote: 'Sources disagree: 9,000–12,000 K in one, 7,000–10,000 K in another; the range covers both.',
    setting: 'outdoor',
    fragments: ['light.blue-hour'],
    sources: [bflVocabulary, kelvinTable],
  },
  {
    id: 'open-shade',
    name: 'Open shade',
    articleRating: null,
    description: 'Shade lit only by a clear blue sky: soft light with a cool cast, as in shadows under blue sky.',
    kelvin: { min: 7500, max: 10000 },
    kelvinNote: 'Open shade under blue sky (7,500–10,000 K and more).',
    setting: 'outdoor',
    fragments: ['light.open-shade'],
    sources: [kelvinTable],
  },
  {
    id: 'window-light',
    name: 'Window light',
    articleRating: null,
    description: 'Daylight through a window: a large soft source from one side, named with its direction.',
    kelvin: { min: 5000, max: 7000 },
    kelvinNote: 'Daylight through the window: noon sun (5,000 K) to overcast sky (7,000 K).',
    setting: 'indoor',
    fragments: ['light.window-light-right'],
    sources: [bflStyle, kelvinTable],
  },
  {
    id: 'tungsten-practicals',
    name: 'Tungsten practicals',
    articleRating: null,
    description: 'Household lamps visible in the frame, which motivate a warm light and amber shadows.',
    kelvin: { min: 2600, max: 2900 },
    kelvinNote: 'Household tungsten row (2,600–2,900 K).',
    setting: 'indoor',
    fragments: ['light.practical-lamps'],
    sources: [bflVocabulary, kelvinTable],
  },
  {
    id: 'candle',
    name: 'Candle',
    articleRating: null,
    description: 'A very warm, small flame whose glow falls off quickly into darkness.',
    kelvin: { min: 1700, max: 1900 },
    kelvinNote: 'Match flame and candle row (1,700–1,900 K).',
    setting: 'indoor',
    fragments: ['light.candlelight'],
    sources: [kelvinTable],
  },
  {
    id: 'hmi-flash',
    name: 'HMI and flash',
    articleRating: null,
    description: 'Daylight-balanced studio sources that keep whites neutral.',
    kelvin: { min: 5500, max: 5600 },
    kelvinNote: 'HMI and flash row (5,500–5,600 K).',
    setting: 'indoor',
    fragments: ['light.studio-flash'],
    sources: [kelvinTable],
  },
  {
    id: 'neon',
    name: 'Neon',
    articleRating: null,
    description: 'Coloured signs as the motivated source of a night scene; name the colour along with the source.',
    kelvin: null,
    kelvinNote: 'The reference table gives no colour temperature for neon.',
    setting: 'both',
    fragments: ['light.neon-signs'],
    sources: [bflStyle],
  },
];

/** The rows, validated at build time and in the tests (./catalogue-schema): a bad row or an unknown fragment id fails the build. */
export const lightTypes: readonly LightType[] = Object.freeze([...definitions]);

/**
 * The temperature bands a light's range touches, coolest last: a studio key of 3,200–5,600 K
 * can be warm or neutral. Empty where the reference gives no Kelvin.
 */
export function lightFeels(light: Pick<LightType, 'kelvin'>): TemperatureFeel[] {
  if (!light.kelvin) return [];
  const { min, max } = light.kelvin;
  const feels: TemperatureFeel[] = [];
  if (min < WARM_BELOW_K) feels.push('warm');
  if (min <= COOL_ABOVE_K && max >= WARM_BELOW_K) feels.push('neutral');
  if (max > COOL_ABOVE_K) feels.push('cool');
  return feels;
}

export function getLightType(id: string): LightType | undefined {
  return lightTypes.find((light) => light.id === id);
}
