/** Optics for the lens picker: depth of field, field of view, blur disc, bokeh shape and the words for them. */
export { depthOfField, hyperfocalMm, magnification, closestFocusM, ORDINARY_LENS_MAX_MAGNIFICATION, MACRO_LENS_MAX_MAGNIFICATION, FULL_FRAME_COC_MM } from './dof';
export type { DepthOfField, DepthOfFieldInput } from './dof';
export { sensorFormats, sensorIds, getSensor } from './sensors';
export type { SensorFormat, SensorId } from './sensors';
export {
  angleOfViewDeg,
  fieldOfView,
  blurDiscMm,
  blurShareOfFrame,
  sharpnessOf,
  sharpnessLevels,
  depthPlanes,
  FOREGROUND_FACTOR,
  BACKGROUND_FACTOR,
} from './view';
export type { FieldOfView, Sharpness, DepthPlane, PlaneName } from './view';
export { bokehShape, catsEyeClip, catsEyeVignetting, outlinePath } from './bokeh';
export type { BokehShape, BokehShapeInput, Point } from './bokeh';
export {
  apertureStops,
  focalLengthStops,
  distanceStops,
  FOCAL_LENGTH_MIN_MM,
  FOCAL_LENGTH_MAX_MM,
  DISTANCE_MIN_M,
  DISTANCE_MAX_M,
  BLADES_MIN,
  BLADES_MAX,
  nearestStopIndex,
  stopsDown,
  formatFNumber,
} from './stops';
export { formatLength, formatDegrees } from './format';
export { describeLens, closestFocusNote, focusTargets, formatMagnification } from './describe';
export type { LensSettings, LensDescription, FocusTarget } from './describe';
export {
  lensPresets,
  defaultLensState,
  lensSettingsOf,
  constrainLensState,
  matchingLensPreset,
} from './state';
export type { LensState, LensPreset } from './state';
export { lensToQuery, lensQueryKeys } from './share';
// The share-link parser (./share-parse) is not re-exported here: it brings zod, so widgets
// import it on demand and the public API (src/lib/index.ts) exports it separately.
export {
  lensStudy,
  sameFramingDistanceM,
  comparisonState,
  comparisonDistanceM,
  compareHolds,
  describeStudyFrame,
  studySettingsLabel,
  STUDY_BACKGROUND_BEHIND_M,
  STUDY_CAMERA_HEIGHT_M,
  LENS_STUDY_ASPECT,
} from './study';
export type { LensStudy, CompareHold } from './study';
export { lensComparisons, lensComparisonIds } from './comparisons';
export { compareLenses } from './compare';
export type { LensComparison, LensNumbers } from './compare';
export type { LensComparisonId } from './comparisons';
