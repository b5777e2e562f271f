import { describe, expect, it } from 'vitest';
import { defaultLightTableQuery, feelFilterLabels, lightFeels, lightTableRows, lightTypes, nextSort, type LightTableQuery } from '../../src/lib/light';

const query = (patch: Partial<LightTableQuery>): LightTableQuery => ({ ...defaultLightTableQuery, ...patch });

describe('the lighting table', () => {
  it('shows every light in catalogue order by default', () => {
    expect(lightTableRows(defaultLightTableQuery)).toEqual(lightTypes);
  });

  it('filters by rating, temperature feel and place', () => {
    const excellent = lightTableRows(query({ rating: 'Excellent' }));
    expect(excellent.length).toBeGreaterThan(0);
    expect(excellent.every((light) => light.articleRating === 'Excellent')).toBe(true);
    expect(lightTableRows(query({ rating: 'unrated' })).every((light) => light.articleRating === null)).toBe(true);
    const warm = lightTableRows(query({ feel: 'warm' }));
    expect(warm.length).toBeGreaterThan(0);
    expect(warm.every((light) => lightFeels(light).includes('warm'))).toBe(true);
    const outdoor = lightTableRows(query({ setting: 'outdoor' }));
    expect(outdoor.every((light) => light.setting === 'outdoor' || light.setting === 'both')).toBe(true);
    expect(outdoor.length).toBeLessThan(lightTypes.length);
  });

  it('sorts by Kelvin either way with unknown temperatures last', () => {
    for (const direction of ['ascending', 'descending'] as const) {
      const rows = lightTableRows(query({ sort: { key: 'kelvin', direction } }));
      const known = rows.filter((light) => light.kelvin);
      expect(rows.slice(0, known.length)).toEqual(known);
      const mins = known.map((light) => light.kelvin!.min);
      expect(mins).toEqual([...mins].sort((a, b) => (direction === 'ascending' ? a - b : b - a)));
    }
  });

  it('sorts ratings best first on the first click, then flips', () => {
    const first = nextSort(defaultLightTableQuery.sort, 'rating');
    expect(first).toEqual({ key: 'rating', direction: 'descending' });
    expect(nextSort(first, 'rating')).toEqual({ key: 'rating', direction: 'ascending' });
    expect(nextSort(first, 'name')).toEqual({ key: 'name', direction: 'ascending' });
    const rows = lightTableRows(query({ sort: first }));
    expect(rows[0]!.articleRating).toBe('Excellent');
  });

  it('labels the temperature filters with the library thresholds', () => {
    expect(feelFilterLabels.warm).toBe('Warm (below 4,000 K)');
    expect(feelFilterLabels.neutral).toBe('Neutral (4,000 K–6,000 K)');
  });
});
