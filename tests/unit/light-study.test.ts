import { describe, expect, it } from 'vitest';
import { defaultSetup, getPreset, kelvinToRgb, type LightingSetup } from '../../src/lib/light';
import {
  describeStudy,
  inverseSquare,
  keySourceGeometry,
  linearColour,
  penumbraWidthM,
  projectStudyPoint,
  STUDY_CAMERA,
  BACKDROP_BEHIND_M,
  studyMaterials,
  studyScene,
  SUN_ANGULAR_RADIUS,
} from '../../src/lib/light/study';

const withKey = (key: Partial<LightingSetup['key']>): LightingSetup => ({ ...defaultSetup, key: { ...defaultSetup.key, ...key } });

describe('lighting study scene', () => {
  it('gives a soft box a larger source than a bare studio light at every hardness, and harder means smaller', () => {
    for (const hardness of [0, 0.3, 0.5, 0.8, 1]) {
      expect(keySourceGeometry('soft-box', hardness).angularRadius).toBeGreaterThan(keySourceGeometry('studio', hardness).angularRadius);
    }
    expect(keySourceGeometry('studio', 0.9).radiusM).toBeLessThan(keySourceGeometry('studio', 0.2).radiusM);
  });

  it('uses the sun’s 0.53° disc when the sun is hard, and a whole-sky dome for overcast', () => {
    expect(keySourceGeometry('sun', 1).angularRadius).toBeCloseTo(SUN_ANGULAR_RADIUS, 10);
    expect((SUN_ANGULAR_RADIUS * 2 * 180) / Math.PI).toBeCloseTo(0.53, 2);
    expect(keySourceGeometry('overcast', 1).angularRadius).toBeGreaterThan(1);
  });

  it('computes the penumbra by similar triangles, wider for a bigger or closer source', () => {
    // A 10 cm radius source 1 m away, occluder 0.5 m in front of the surface: 2·0.1·0.5 / 0.5.
    expect(penumbraWidthM({ distanceM: 1, radiusM: 0.1, angularRadius: Math.atan(0.1) }, 0.5)).toBeCloseTo(0.2, 10);
    const gap = 0.03;
    const softBox = penumbraWidthM(keySourceGeometry('soft-box', 0.5), gap);
    const bare = penumbraWidthM(keySourceGeometry('studio', 0.5), gap);
    expect(softBox).toBeGreaterThan(2 * bare);
    // At infinity the angle decides: the sun's 0.53° over 3 cm is about 0.28 mm.
    expect(penumbraWidthM(keySourceGeometry('sun', 1), gap) * 1000).toBeCloseTo(0.277, 2);
  });

  it('falls off with the inverse square of distance, and not at all for the sun', () => {
    expect(inverseSquare(1.5, 3)).toBeCloseTo(0.25, 10);
    expect(inverseSquare(2, 1)).toBeCloseTo(4, 10);
    expect(inverseSquare(Infinity, 50)).toBe(1);
  });

  it('colours the key from kelvinToRgb in linear light', () => {
    const rgb = kelvinToRgb(2000);
    expect(linearColour(2000)[0]).toBeCloseTo(Math.pow(rgb.r / 255, 2.2), 10);
    const warm = studyScene(withKey({ kelvin: 2000 })).key.colour;
    const cool = studyScene(withKey({ kelvin: 6500 })).key.colour;
    expect(warm[0] / warm[2]).toBeGreaterThan(cool[0] / cool[2]);
  });

  it('builds fill and rim only when the set-up has them; a card bounces the key’s colour', () => {
    expect(studyScene(defaultSetup).fill).toBeNull();
    expect(studyScene(defaultSetup).rim).toBeNull();
    const loop = studyScene(getPreset('loop').setup);
    expect(loop.fill?.colour).toEqual(loop.key.colour);
    const mixed = studyScene(getPreset('mixed').setup);
    expect(mixed.fill?.colour).toEqual(linearColour(6500));
    const rim = studyScene(getPreset('rim').setup);
    expect(rim.rim?.direction.z).toBeLessThan(0);
    // Between the subject and the backdrop (1.2 m behind), and brighter than the key.
    expect(rim.rim!.distanceM * -rim.rim!.direction.z).toBeLessThan(BACKDROP_BEHIND_M);
    expect(rim.rim!.intensity).toBeGreaterThan(rim.key.intensity);
  });

  it('gives a window a tall face (its highlight on the glaze is tall) and round sources a round one', () => {
    expect(studyScene(withKey({ source: 'window' })).key.aspect).toBeGreaterThan(1.5);
    expect(studyScene(withKey({ source: 'soft-box' })).key.aspect).toBe(1);
    expect(studyScene(withKey({ source: 'studio' })).key.aspect).toBe(1);
  });

  it('projects the camera’s target to the frame centre and frame-right points to the right', () => {
    const centre = projectStudyPoint(STUDY_CAMERA.target, 320, 400);
    expect(centre.x).toBeCloseTo(160, 6);
    expect(centre.y).toBeCloseTo(200, 6);
    const right = projectStudyPoint({ ...STUDY_CAMERA.target, x: 1 }, 320, 400);
    expect(right.x).toBeGreaterThan(160);
    const up = projectStudyPoint({ ...STUDY_CAMERA.target, y: 0 }, 320, 400);
    expect(up.y).toBeLessThan(200);
  });

  it('describes the render in words from the same set-up', () => {
    expect(describeStudy(defaultSetup, 'plaster')).toContain('The left side of the face is lit');
    expect(describeStudy(getPreset('rembrandt').setup, 'skin')).toContain('Rembrandt');
    expect(describeStudy(getPreset('overcast').setup, 'plaster')).toContain('from the whole sky');
  });

  it('describes the glazed bust and what its highlights show of the source', () => {
    expect(studyMaterials).toContain('glazed');
    const bare = describeStudy(withKey({ source: 'studio' }), 'glazed');
    expect(bare).toContain('glazed ceramic');
    expect(bare).toContain('small, sharp');
    expect(describeStudy(withKey({ source: 'soft-box' }), 'glazed')).toContain('broad highlights with soft edges');
    expect(describeStudy(withKey({ source: 'window' }), 'glazed')).toContain('tall highlights');
    expect(describeStudy(withKey({ source: 'soft-box' }), 'plaster')).not.toContain('highlights');
  });
});
