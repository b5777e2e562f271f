import { formatWholeNumber } from '../numbers';
import { lightFeels, lightTypes, articleRatingRank, type LightType, type ArticleRating } from './catalogue';
import { COOL_ABOVE_K, WARM_BELOW_K, type TemperatureFeel } from './kelvin';

/** The lighting table's filters and sort orders: what the reader can ask of the light-type catalogue. */
export type LightSortKey = 'catalogue' | 'name' | 'rating' | 'kelvin';
export type SortDirection = 'ascending' | 'descending';
export type RatingFilter = 'any' | ArticleRating | 'rated' | 'unrated';
export type FeelFilter = 'any' | TemperatureFeel;
export type SettingFilter = 'any' | 'indoor' | 'outdoor';

export interface LightTableQuery {
  rating: RatingFilter;
  feel: FeelFilter;
  setting: SettingFilter;
  sort: { key: LightSortKey; direction: SortDirection };
}

export const defaultLightTableQuery: LightTableQuery = {
  rating: 'any',
  feel: 'any',
  setting: 'any',
  sort: { key: 'catalogue', direction: 'ascending' },
};

export const ratingFilterLabels: Record<RatingFilter, string> = {
  any: 'Any',
  Excellent: 'Excellent',
  'Very Good': 'Very Good',
  Good: 'Good',
  rated: 'Rated in PicassoIA’s article',
  unrated: 'Not rated there',
};

const k = (kelvin: number) => `${formatWholeNumber(kelvin)} K`;
export const feelFilterLabels: Record<FeelFilter, string> = {
  any: 'Any',
  warm: `Warm (below ${k(WARM_BELOW_K)})`,
  neutral: `Neutral (${k(WARM_BELOW_K)}–${k(COOL_ABOVE_K)})`,
  cool: `Cool (above ${k(COOL_ABOVE_K)})`,
};

export const settingFilterLabels: Record<SettingFilter, string> = { any: 'Indoor and outdoor', indoor: 'Indoor', outdoor: 'Outdoor' };

function matches(light: LightType, { rating, feel, setting }: LightTableQuery): boolean {
  if (rating === 'rated' && !light.articleRating) return false;
  if (rating === 'unrated' && light.articleRating) return false;
  if (rating !== 'any' && rating !== 'rated' && rating !== 'unrated' && light.articleRating !== rating) return false;
  if (feel !== 'any' && !lightFeels(light).includes(feel)) return false;
  if (setting !== 'any' && light.setting !== setting && light.setting !== 'both') return false;
  return true;
}

/** Alphabetical, ignoring case. The names are plain ASCII, so no Intl collator is needed. */
function compareNames(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : 0;
}

function compare(a: LightType, b: LightType, key: LightSortKey): number {
  switch (key) {
    case 'name':
      return compareNames(a.name, b.name);
    case 'rating':
      return (a.articleRating ? articleRatingRank[a.articleRating] : 0) - (b.articleRating ? articleRatingRank[b.articleRating] : 0);
    case 'kelvin':
      return a.kelvin && b.kelvin ? a.kelvin.min - b.kelvin.min || a.kelvin.max - b.kelvin.max : 0;
    case 'catalogue':
      return 0;
  }
}

/**
 * The light types that pass the filters, in the asked order. Ties keep the catalogue's order,
 * and lights without a Kelvin range sort last whichever way Kelvin is sorted.
 */
export function lightTableRows(query: LightTableQuery, catalogue: readonly LightType[] = lightTypes): LightType[] {
  const sign = query.sort.direction === 'ascending' ? 1 : -1;
  const position = new Map(catalogue.map((light, index) => [light, index]));
  return catalogue
    .filter((light) => matches(light, query))
    .sort((a, b) => {
      if (query.sort.key === 'kelvin' && (!a.kelvin || !b.kelvin)) return Number(!a.kelvin) - Number(!b.kelvin);
      const order = query.sort.key === 'catalogue' ? position.get(a)! - position.get(b)! : compare(a, b, query.sort.key);
      return sign * order || position.get(a)! - position.get(b)!;
    });
}

/** A first click sorts ratings best first and names and Kelvin low to high; a second click on the same column flips it. */
export function nextSort(current: LightTableQuery['sort'], key: LightSortKey): LightTableQuery['sort'] {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'rating' ? 'descending' : 'ascending' };
}
