import { describe, expect, it } from 'vitest';
import { defaultLensState, lensPresets, lightingPresets, matchingLensPreset, matchingLightingPreset, mirrorSetup } from '../../src/lib';

describe('which preset a widget shows as picked', () => {
  it('every lighting preset matches itself, lit from either side, and no longer once the light moves', () => {
    for (const preset of lightingPresets) {
      expect(matchingLightingPreset(preset.setup)).toBe(preset.id);
      expect(matchingLightingPreset(mirrorSetup(preset.setup))).toBe(preset.id);
      expect(matchingLightingPreset({ ...preset.setup, key: { ...preset.setup.key, elevation: preset.setup.key.elevation + 1 } })).toBeUndefined();
    }
  });

  it('every lens preset matches whatever the blades, and no longer once the aperture changes', () => {
    for (const preset of lensPresets) {
      const state = { ...defaultLensState, ...preset.state, blades: 9, roundedBlades: true };
      expect(matchingLensPreset(state)).toBe(preset.id);
      expect(matchingLensPreset({ ...state, fNumber: state.fNumber === 4 ? 5.6 : 4 })).toBeUndefined();
    }
  });
});
