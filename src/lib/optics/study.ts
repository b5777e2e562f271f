import { bokehShape, catsEyeVignetting } from './bokeh';
import { closestFocusM } from './dof';
import { getSensor } from './sensors';
import type { LensState } from './state';
import { formatLength } from './format';
import { DISTANCE_MAX_M, formatFNumber } from './stops';
import { angleOfViewDeg, blurDiscMm, blurShareOfFrame } from './view';

/**
 * The lens study render's scene, as numbers: a person (head and shoulders) at the focus distance
 * in front of a night street whose facade stands a fixed distance behind them, with lit windows
 * and street lamps. The field of view comes from the focal length and the sensor, the blur of the
 * street from blurDiscMm, and out-of-focus lamps take the aperture's shape from bokehShape.
 *
 * The street stands a fixed distance behind the subject (not a multiple of the focus distance),
 * so that a longer lens used from further back, framing the person the same, shows the street
 * larger: the compression photographers mean.
 */

/** The street's facade stands this far behind the subject (metres). */
export const STUDY_BACKGROUND_BEHIND_M = 10;
/**
 * A string of small bulbs hangs across the frame's lower corner, this share of the way from the
 * camera to the person: the foreground the lens blurs as well as the street.
 */
export const STUDY_FOREGROUND_SHARE = 0.5;
/** The camera's height and the height the frame is centred on (metres): eye level, a little below the eyes. */
export const STUDY_CAMERA_HEIGHT_M = 1.55;
/** The frame's aspect ratio: 3:2 landscape, like the full-frame sensor. */
export const LENS_STUDY_ASPECT = 3 / 2;

export interface LensStudy {
  /** Tangent of half the vertical field of view (the sensor's height across the focal length). */
  halfHeightTan: number;
  subjectDistanceM: number;
  backgroundDistanceM: number;
  /** Diameter of the street's blur disc as a share of the frame width (blurDiscMm ÷ sensor width). */
  backgroundBlurShare: number;
  foregroundDistanceM: number;
  /** Diameter of the foreground bulbs' blur disc as a share of the frame width. */
  foregroundBlurShare: number;
  blades: number;
  /** 0: a round opening; 1: the blades' polygon (bokehShape). */
  polygonality: number;
  /** 0–1: how strongly the barrel clips edge highlights into cat's eyes (catsEyeVignetting). */
  catsEye: number;
}

/** The study for a lens state. */
export function lensStudy(state: LensState): LensStudy {
  const sensor = getSensor(state.sensor);
  const subjectDistanceM = Math.min(DISTANCE_MAX_M, Math.max(state.subjectDistanceM, closestFocusM(state.focalLengthMm, state.macroLens)));
  const backgroundDistanceM = subjectDistanceM + STUDY_BACKGROUND_BEHIND_M;
  const verticalDeg = angleOfViewDeg(sensor.heightMm, state.focalLengthMm);
  const foregroundDistanceM = subjectDistanceM * STUDY_FOREGROUND_SHARE;
  const blurMm = blurDiscMm(state.focalLengthMm, state.fNumber, subjectDistanceM, backgroundDistanceM);
  const foregroundBlurMm = blurDiscMm(state.focalLengthMm, state.fNumber, subjectDistanceM, foregroundDistanceM);
  const shape = bokehShape({ blades: state.blades, fNumber: state.fNumber, maxFNumber: state.maxFNumber, roundedBlades: state.roundedBlades });
  return {
    halfHeightTan: Math.tan(((verticalDeg / 2) * Math.PI) / 180),
    subjectDistanceM,
    backgroundDistanceM,
    backgroundBlurShare: blurShareOfFrame(blurMm, sensor),
    foregroundDistanceM,
    foregroundBlurShare: blurShareOfFrame(foregroundBlurMm, sensor),
    blades: state.blades,
    polygonality: shape.polygonality,
    catsEye: catsEyeVignetting(state.fNumber, state.maxFNumber),
  };
}

/**
 * The focus distance at which another focal length frames the subject the same on the same
 * sensor: equal magnification m = f / (s − f) gives s' = f' · s / f.
 */
export function sameFramingDistanceM(fromFocalMm: number, fromDistanceM: number, toFocalMm: number): number {
  return (toFocalMm * fromDistanceM) / fromFocalMm;
}

/**
 * How the second lens of the A/B comparison is placed: where it frames the person the same (the
 * usual portrait comparison, and what links made before the choice existed show), or at the first
 * lens's distance, framing the person larger or smaller.
 */
export const compareHolds = ['framing', 'distance'] as const;
export type CompareHold = (typeof compareHolds)[number];

/**
 * Where the second lens stands: the first one's distance, or where it frames the person the same.
 * The second lens is an ordinary one (the comparisons are everyday primes), so it stops at its
 * own closest focus.
 */
export function comparisonDistanceM(from: Pick<LensState, 'focalLengthMm' | 'subjectDistanceM'>, toFocalMm: number, hold: CompareHold): number {
  const wanted = hold === 'distance' ? from.subjectDistanceM : sameFramingDistanceM(from.focalLengthMm, from.subjectDistanceM, toFocalMm);
  return Math.min(DISTANCE_MAX_M, Math.max(closestFocusM(toFocalMm, false), wanted));
}

/** The second setting of the A/B comparison, placed as `hold` says. */
export function comparisonState(from: LensState, focalLengthMm: number, fNumber: number, hold: CompareHold = 'framing'): LensState {
  // The second lens is shown beside the first; it is not itself compared with anything.
  const { compareWith: _shownBeside, compareHold: _held, ...lens } = from;
  return {
    ...lens,
    focalLengthMm,
    fNumber,
    maxFNumber: Math.min(from.maxFNumber, fNumber),
    macroLens: false,
    subjectDistanceM: comparisonDistanceM(from, focalLengthMm, hold),
  };
}

/** What a frame of the study shows, for its alt text: the person, the street behind, the lens. */
export function describeStudyFrame(state: LensState): string {
  return `A person ${formatLength(state.subjectDistanceM)} away in front of a night street ${STUDY_BACKGROUND_BEHIND_M} m behind them, with small bulbs strung across the lower corner halfway to them, through ${studySettingsLabel(state)}.`;
}

/** The settings under a frame: "85 mm f/1.8, focused at 2 m". */
export function studySettingsLabel(state: LensState): string {
  return `${Math.round(state.focalLengthMm)} mm f/${formatFNumber(state.fNumber)}, focused at ${formatLength(state.subjectDistanceM)}`;
}
