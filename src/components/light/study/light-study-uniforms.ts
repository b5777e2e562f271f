import type { LightingSetup } from '../../../lib/light';
import { linearColour, studyScene, type StudyLight, type StudyMaterial } from '../../../lib/light/study';
import type { Uniforms } from '../../render/shader-canvas';

/** The shader measures in tenths of a metre. */
const UNITS_PER_M = 10;

const off: StudyLight = {
  direction: { x: 0, y: 1, z: 0 },
  distanceM: Infinity,
  radiusM: 0,
  angularRadius: 0,
  aspect: 1,
  colour: [0, 0, 0],
  intensity: 0,
  castsShadow: false,
};

/** The library's study scene as the shader's uniforms. */
export function lightStudyUniforms(setup: LightingSetup, material: StudyMaterial, width: number, height: number, samples: number, draft = false): Uniforms {
  const scene = studyScene(setup, material);
  const lights = [scene.key, scene.fill ?? off, scene.rim ?? off];
  return {
    uResolution: { kind: 'vec2', value: [width, height] },
    uSamples: { kind: 'int', value: samples },
    uDraft: { kind: 'float', value: draft ? 1 : 0 },
    uLightDir: { kind: 'vec3[]', value: lights.flatMap((l) => [l.direction.x, l.direction.y, l.direction.z]) },
    uLightDist: { kind: 'float[]', value: lights.map((l) => (Number.isFinite(l.distanceM) ? l.distanceM * UNITS_PER_M : 0)) },
    uLightColour: { kind: 'vec3[]', value: lights.flatMap((l) => l.colour.map((c) => c * l.intensity)) },
    uLightSize: { kind: 'float[]', value: lights.map((l) => Math.tan(l.angularRadius)) },
    uLightShadow: { kind: 'float[]', value: lights.map((l) => (l.castsShadow ? 1 : 0)) },
    uAmbient: { kind: 'vec3', value: scene.ambient },
    uLightAspect: { kind: 'float[]', value: lights.map((l) => l.aspect) },
    uVeil: { kind: 'float', value: scene.veil },
    uVeilColour: { kind: 'vec3', value: linearColour(setup.key.kelvin) },
  };
}
