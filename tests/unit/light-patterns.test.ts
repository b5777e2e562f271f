import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyPattern,
  describeLighting,
  followPattern,
  getPreset,
  mirrorSetup,
  patternFits,
  patternZones,
  type LightingSetup,
  type NamedPattern,
} from '../../src/lib/light';

const rembrandt = getPreset('rembrandt').setup;
const withKey = (setup: LightingSetup, key: Partial<LightingSetup['key']>): LightingSetup => ({ ...setup, key: { ...setup.key, ...key } });

describe('classifyPattern', () => {
  // Studio convention, as the light chapter's diagram draws it: butterfly in front and high,
  // loop about 30° round, Rembrandt about 45° and higher, split at 90° and eye level.
  it.each([
    [0, 50, 'butterfly'],
    [-30, 30, 'loop'],
    [-45, 45, 'rembrandt'],
    [-90, 10, 'split'],
    [30, 30, 'loop'],
    [45, 45, 'rembrandt'],
    [90, 10, 'split'],
    [-70, 40, 'none'],
    [180, 20, 'none'],
    [0, 10, 'none'],
  ] as const)('a key at %i° round and %i° up draws %s', (azimuth, elevation, pattern) => {
    expect(classifyPattern({ azimuth, elevation })).toBe(pattern);
  });

  it('names the pattern of each preset the preview offers', () => {
    for (const id of ['rembrandt', 'split', 'loop', 'butterfly'] as const) expect(classifyPattern(getPreset(id).setup.key)).toBe(id);
  });

  it('is the same from either side, and agrees with patternFits', () => {
    fc.assert(
      fc.property(fc.integer({ min: -180, max: 180 }), fc.integer({ min: 0, max: 90 }), (azimuth, elevation) => {
        const shown = classifyPattern({ azimuth, elevation });
        expect(classifyPattern({ azimuth: -azimuth, elevation })).toBe(shown);
        for (const pattern of Object.keys(patternZones) as NamedPattern[]) {
          expect(patternFits(pattern, { azimuth, elevation })).toBe(shown === pattern);
        }
      }),
    );
  });
});

describe('followPattern', () => {
  it('keeps the name while the key stays in the pattern’s zone, with no note', () => {
    const moved = followPattern(rembrandt, withKey(rembrandt, { azimuth: -50, elevation: 40 }));
    expect(moved.setup.pattern).toBe('rembrandt');
    expect(moved.note).toBeUndefined();
    expect(describeLighting(moved.setup)).toMatch(/^Rembrandt lighting, /);
  });

  it('takes the name of the pattern the key moves into, and says so', () => {
    const moved = followPattern(rembrandt, withKey(rembrandt, { azimuth: -30, elevation: 30 }));
    expect(moved.setup.pattern).toBe('loop');
    expect(moved.note).toBe('Now loop lighting: the key is 30° to one side and 30° up.');
    expect(describeLighting(moved.setup)).toMatch(/^loop lighting, /);
  });

  it('drops the name between zones and says what the pattern needs', () => {
    const moved = followPattern(rembrandt, withKey(rembrandt, { azimuth: -70 }));
    expect(moved.setup.pattern).toBe('none');
    expect(moved.note).toBe('No longer Rembrandt lighting: the key is 70° to one side and 45° up, and it needs 35–60° to one side and 30–60° up.');
    expect(describeLighting(moved.setup)).not.toMatch(/Rembrandt/);
  });

  it('does not name a pattern the reader did not ask for', () => {
    const free = { ...rembrandt, pattern: 'none' as const };
    const moved = followPattern(free, withKey(free, { azimuth: -45 }));
    expect(moved.setup.pattern).toBe('none');
    expect(moved.note).toBeUndefined();
  });
});

describe('mirrorSetup', () => {
  it('sets Rembrandt, loop and split from the right, keeping the name and moving the fill', () => {
    for (const id of ['rembrandt', 'loop', 'split'] as const) {
      const preset = getPreset(id).setup;
      const mirrored = mirrorSetup(preset);
      expect(mirrored.key.azimuth).toBe(-preset.key.azimuth);
      expect(mirrored.key.azimuth).toBeGreaterThan(0);
      expect(followPattern(preset, mirrored).setup.pattern).toBe(id);
      expect(describeLighting(mirrored)).toMatch(/right/);
    }
    expect(mirrorSetup(getPreset('loop').setup).fill.side).toBe('left');
  });

  it('undoes itself, and leaves lights in front, behind and below where they are', () => {
    fc.assert(
      fc.property(fc.integer({ min: -179, max: 180 }), fc.constantFrom('left', 'right', 'below') as fc.Arbitrary<'left' | 'right' | 'below'>, (azimuth, side) => {
        const setup = { ...rembrandt, key: { ...rembrandt.key, azimuth }, fill: { ...rembrandt.fill, side } };
        expect(mirrorSetup(mirrorSetup(setup))).toEqual(setup);
      }),
    );
    expect(mirrorSetup(withKey(rembrandt, { azimuth: 180 })).key.azimuth).toBe(180);
    expect(mirrorSetup(withKey(rembrandt, { azimuth: 0 })).key.azimuth).toBe(0);
    expect(mirrorSetup({ ...rembrandt, fill: { ...rembrandt.fill, side: 'below' } }).fill.side).toBe('below');
  });
});
