import { describe, expect, it } from 'vitest';
import {
  defaultSetup,
  describeLighting,
  getFragment,
  getPreset,
  isFragmentId,
  lightingPresets,
  presetIds,
  recogniseLighting,
  lightingFromQuery,
  setupToQuery,
  type LightingSetup,
  type PresetId,
} from '../../src/lib';
import { studyMaterials } from '../../src/lib/light/study';
import { lightingToQuery } from '../../src/lib/light/share';

const withKey = (key: Partial<LightingSetup['key']>, rest: Partial<LightingSetup> = {}): LightingSetup => ({
  ...defaultSetup,
  ...rest,
  key: { ...defaultSetup.key, ...key },
});

describe('describeLighting', () => {
  it('writes the seed’s own phrases', () => {
    expect(describeLighting(defaultSetup)).toBe('strong side light from the left');
    expect(
      describeLighting(
        withKey(
          { source: 'soft-box', azimuth: -45, elevation: 45 },
          { fill: { kind: 'card', side: 'right', strength: 0.4, kelvin: 5600 } },
        ),
      ),
    ).toBe('soft box from upper left at 45 degrees, white card fill from the right');
  });

  const expected: Record<PresetId, string> = {
    rembrandt: 'Rembrandt lighting, strong light from upper left at 45 degrees',
    split: 'split lighting, strong side light from the left',
    loop: 'loop lighting, light from upper left at 30 degrees, white card fill from the right',
    butterfly: 'butterfly lighting, soft box from above the camera at 50 degrees, white card fill from below',
    rim: 'backlit, with a rim light outlining the hair and shoulders, white card fill from below',
    'golden-hour': 'low golden hour sunlight from the left',
    overcast: 'soft diffused overcast light',
    mixed: 'warm tungsten key from the left with cool daylight fill from a window on the right',
    product: 'soft box from upper left at 45 degrees, white card fill from the right',
  };

  it.each(presetIds)('describes the %s preset exactly', (id) => {
    expect(describeLighting(getPreset(id).setup)).toBe(expected[id]);
  });

  it('mirrors left and right', () => {
    expect(describeLighting(withKey({ azimuth: 90 }))).toBe('strong side light from the right');
    expect(describeLighting(withKey({ azimuth: 45, elevation: 45, hardness: 0.2 }))).toBe('soft light from upper right at 45 degrees');
  });

  it('names temperature from the reference rows', () => {
    expect(describeLighting(withKey({ kelvin: 3200 }))).toBe('strong warm tungsten side light from the left');
    expect(describeLighting(withKey({ kelvin: 1800 }))).toBe('strong warm side light from the left');
    expect(describeLighting(withKey({ kelvin: 6500 }))).toBe('strong cool daylight side light from the left');
    expect(describeLighting(withKey({ kelvin: 10000 }))).toBe('strong cool side light from the left');
  });

  it('drops a pattern name once the key leaves the pattern’s position', () => {
    const rembrandt = getPreset('rembrandt').setup;
    const moved = { ...rembrandt, key: { ...rembrandt.key, azimuth: -90, elevation: 10 } };
    expect(describeLighting(moved)).toBe('strong side light from the left');
  });

  it('adds rim, haze and fog as clauses', () => {
    expect(describeLighting({ ...defaultSetup, rim: true, ambient: 'haze' })).toBe(
      'strong side light from the left, rim light from behind outlining the hair and shoulders, early morning haze',
    );
    expect(describeLighting({ ...defaultSetup, ambient: 'fog' })).toBe('strong side light from the left, light through fog');
  });

  it('names a high, hard, neutral sun as harsh midday sun', () => {
    expect(describeLighting(withKey({ source: 'sun', elevation: 80, kelvin: 5400 }))).toBe('harsh direct midday sun');
  });
});

describe('recogniseLighting', () => {
  it('finds the library’s light fragments in a prompt, in order', () => {
    const prompt = 'A potter at her wheel, Rembrandt lighting, soft box modifier, white card fill from the right, 85mm';
    const found = recogniseLighting(prompt);
    expect(found.map((f) => f.id)).toEqual(['light.rembrandt', 'light.soft-box', 'light.white-card-fill']);
    for (const f of found) expect(prompt.slice(f.start, f.end).toLowerCase()).toBe(getFragment(f.id).text.toLowerCase());
  });

  it('ignores case and keeps the longer of two overlapping phrases', () => {
    expect(recogniseLighting('BACKLIT, WITH A RIM LIGHT OUTLINING THE HAIR AND SHOULDERS').map((f) => f.id)).toEqual(['light.backlit-rim']);
  });

  it('does not match inside other words', () => {
    expect(recogniseLighting('resplit lightings everywhere')).toEqual([]);
    expect(recogniseLighting('')).toEqual([]);
  });

  it('recognises the fragments every preset’s text contains, and only catalogue ids', () => {
    const ids = lightingPresets.flatMap((p) => recogniseLighting(describeLighting(p.setup)).map((f) => f.id));
    for (const id of ids) expect(isFragmentId(id)).toBe(true);
    expect(ids).toEqual(
      expect.arrayContaining([
        'light.rembrandt',
        'light.split',
        'light.loop',
        'light.butterfly',
        'light.backlit-rim',
        'light.soft-overcast',
        'light.white-card-fill',
        'light.strong-side-left',
      ]),
    );
  });
});

describe('set-up in the URL', () => {
  it.each(presetIds)('round-trips the %s preset', (id) => {
    const { setup } = getPreset(id);
    expect(lightingFromQuery(`?${setupToQuery(setup)}`)).toEqual({ state: { setup, surface: 'plaster' } });
  });

  it.each(studyMaterials)('round-trips the %s surface with the set-up', (surface) => {
    const { setup } = getPreset('butterfly');
    const query = lightingToQuery({ setup, surface });
    expect(new URLSearchParams(query).get('surface')).toBe(surface);
    expect(lightingFromQuery(`?${query}`)).toEqual({ state: { setup, surface } });
  });

  it('opens a link made before the surface was shared (no surface key) on plaster, with no message', () => {
    // A Rembrandt link exactly as the tool wrote it before the surface was added.
    const old = 'az=-45&el=45&hard=70&src=studio&kk=5600&fill=none&side=right&fs=40&fk=5600&rim=0&air=none&pattern=rembrandt';
    const result = lightingFromQuery(`?${old}`);
    expect(result).toEqual({ state: { setup: { ...result.state.setup }, surface: 'plaster' } });
    expect(result.message).toBeUndefined();
    expect(result.state.setup.key).toMatchObject({ azimuth: -45, elevation: 45, hardness: 0.7, source: 'studio' });
  });

  it('gives the default, silently, when the URL has no lighting keys', () => {
    expect(lightingFromQuery('')).toEqual({ state: { setup: defaultSetup, surface: 'plaster' } });
    expect(lightingFromQuery('?utm_source=x')).toEqual({ state: { setup: defaultSetup, surface: 'plaster' } });
  });

  it.each([
    ['az=banana', 'direction'],
    ['az=-45&el=400&hard=70&src=studio&kk=5600&fill=none&side=right&fs=40&fk=5600&rim=0&air=none&pattern=none', 'elevation'],
    ['az=-45&el=45&hard=70&src=<script>&kk=5600&fill=none&side=right&fs=40&fk=5600&rim=0&air=none&pattern=none', 'key source'],
    [`az=${'9'.repeat(100000)}`, 'direction'],
    ['az=-45&el=45&hard=70&src=studio&kk=5600&fill=none&side=right&fs=40&fk=5600&rim=0&air=none&pattern=none&surface=glass', 'surface'],
  ])('shows a message and the default for %s', (query, field) => {
    const result = lightingFromQuery(`?${query}`);
    expect(result.state.setup).toEqual(defaultSetup);
    expect(result.state.surface).toBe('plaster');
    expect(result.message).toContain(field);
    expect(result.message).toContain('default set-up');
  });
});
