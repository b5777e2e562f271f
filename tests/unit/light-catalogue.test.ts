import { describe, expect, it } from 'vitest';
import { getFragment, isFragmentId, lightFeels, lightTypes } from '../../src/lib';

/** The seed article's lighting table, row by row, as written in the seed. */
const seedTable = [
  ['Directional (studio)', 'Excellent', 'Consistent shadow direction across all surfaces'],
  ['Soft diffused overcast', 'Excellent', 'Natural shadow falloff, even fill'],
  ['Volumetric/atmospheric', 'Very Good', 'Requires descriptive prompt language'],
  ['Mixed temperature (warm + cool)', 'Very Good', 'Handles color contrast without clipping'],
  ['Backlight and rim light', 'Good', 'Works best with specific lens reference'],
] as const;

/** Ranges from the colour-temperature table at http://jtv.be/info/colortemps.html. */
const referenceRanges: Record<string, [number, number]> = {
  candle: [1700, 1900],
  'tungsten-practicals': [2600, 2900],
  'noon-sun': [5000, 5600],
  'hmi-flash': [5500, 5600],
  'soft-overcast': [6500, 7000],
  'open-shade': [7500, 10000],
  // Two sources: 9,000–12,000 K and 7,000–10,000 K.
  'blue-hour': [7000, 12000],
};

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

describe('light-type catalogue', () => {
  it('carries the seed table’s five rows with their rating and notes', () => {
    const rated = lightTypes.filter((light) => light.articleRating !== null);
    expect(rated).toHaveLength(seedTable.length);
    for (const [name, rating, notes] of seedTable) {
      const light = rated.find((l) => normalise(l.name) === normalise(name));
      expect(light, name).toBeDefined();
      expect(light?.articleRating).toBe(rating);
      expect(light?.articleNotes).toBe(notes);
    }
  });

  it('adds the common sources the issue asks for, unrated', () => {
    for (const id of ['golden-hour', 'blue-hour', 'tungsten-practicals', 'window-light', 'neon', 'candle', 'hmi-flash', 'open-shade']) {
      const light = lightTypes.find((l) => l.id === id);
      expect(light, id).toBeDefined();
      expect(light?.articleRating, id).toBeNull();
      expect(light?.articleNotes, id).toBeUndefined();
    }
  });

  it.each(Object.entries(referenceRanges))('gives %s the reference table’s Kelvin range', (id, [min, max]) => {
    expect(lightTypes.find((l) => l.id === id)?.kelvin).toEqual({ min, max });
  });

  it('gives golden hour the sunrise/sunset row up to the golden-hour value', () => {
    expect(lightTypes.find((l) => l.id === 'golden-hour')?.kelvin).toEqual({ min: 2000, max: 3500 });
  });

  it('gives neon no Kelvin, because the reference has none', () => {
    const neon = lightTypes.find((l) => l.id === 'neon');
    expect(neon?.kelvin).toBeNull();
    expect(lightFeels(neon!)).toEqual([]);
  });

  it('has unique ids and only catalogue fragments from the light pillar', () => {
    expect(new Set(lightTypes.map((l) => l.id)).size).toBe(lightTypes.length);
    for (const light of lightTypes) {
      for (const id of light.fragments) {
        expect(isFragmentId(id), `${light.id} → ${id}`).toBe(true);
        expect(getFragment(id).pillar).toBe('light');
      }
    }
  });

  it('names a source for every light', () => {
    for (const light of lightTypes) expect(light.sources.length, light.id).toBeGreaterThan(0);
  });

  it('sorts ranges into warm, neutral and cool bands', () => {
    const feels = (id: string) => lightFeels(lightTypes.find((l) => l.id === id)!);
    expect(feels('candle')).toEqual(['warm']);
    expect(feels('hmi-flash')).toEqual(['neutral']);
    expect(feels('open-shade')).toEqual(['cool']);
    expect(feels('mixed-temperature')).toEqual(['warm', 'neutral', 'cool']);
  });
});
