import type { LensState } from '../../../lib/optics';
import { lensStudy } from '../../../lib/optics/study';
import type { Uniforms } from '../../render/shader-canvas';

/** The library's lens study as the shader's uniforms, for a width × height frame. */
export function lensStudyUniforms(state: LensState, width: number, height: number): Uniforms {
  const study = lensStudy(state);
  return {
    uResolution: { kind: 'vec2', value: [width, height] },
    uHalfTan: { kind: 'float', value: study.halfHeightTan },
    uSubjectM: { kind: 'float', value: study.subjectDistanceM },
    uBackgroundM: { kind: 'float', value: study.backgroundDistanceM },
    uBlurPx: { kind: 'float', value: study.backgroundBlurShare * width },
    uForeM: { kind: 'float', value: study.foregroundDistanceM },
    uForeBlurPx: { kind: 'float', value: study.foregroundBlurShare * width },
    uBlades: { kind: 'float', value: study.blades },
    uPoly: { kind: 'float', value: study.polygonality },
    uCatsEye: { kind: 'float', value: study.catsEye },
  };
}
