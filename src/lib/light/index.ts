export { kelvinToRgb, kelvinToHex, rgbToHex, temperatureFeel, KELVIN_MIN, KELVIN_MAX, WARM_BELOW_K, COOL_ABOVE_K } from './kelvin';
export type { Rgb, TemperatureFeel } from './kelvin';
export { lightTypes, getLightType, lightFeels, articleRatings, articleRatingRank, lightSettings } from './catalogue';
export type { LightType, ArticleRating, LightSetting } from './catalogue';
export {
  defaultSetup,
  describeLighting,
  directionPhrase,
  horizontalSide,
  temperatureWords,
  hardnessName,
  lightingPresets,
  matchingLightingPreset,
  getPreset,
  presetIds,
  keySources,
  fillKinds,
  fillSides,
  ambients,
  patterns,
} from './setup';
export type { LightingSetup, LightingPreset, PresetId, KeySource, FillKind, FillSide, Ambient, Pattern } from './setup';
export { patternZones, patternNames, patternFits, classifyPattern, patternZoneWords, followPattern, mirrorSetup } from './patterns';
export type { PatternZone, NamedPattern, PatternChange } from './patterns';
export { recogniseLighting } from './recognise';
export type { RecognisedFragment } from './recognise';
export { setupToQuery, lightingToQuery, lightingQueryKeys, DEFAULT_SURFACE } from './share';
export type { LightingLink } from './share';
// The share-link parser and the set-up schema (./share-parse, ./setup-schema) bring zod, so
// widgets import them on demand; the public API (src/lib/index.ts) exports them separately.
export {
  lightDirection,
  lightColour,
  mixLightColours,
  castShadowDirection,
  pixelToScene,
  shadeLighting,
  describePreview,
  PREVIEW_WIDTH,
  PREVIEW_HEIGHT,
} from './shading';
export type { Vec3, Surface, ScenePoint, PixelBuffer } from './shading';
export {
  lightTableRows,
  nextSort,
  defaultLightTableQuery,
  ratingFilterLabels,
  feelFilterLabels,
  settingFilterLabels,
} from './table';
export type { LightTableQuery, LightSortKey, SortDirection, RatingFilter, FeelFilter, SettingFilter } from './table';
export {
  studyScene,
  studyMaterials,
  keySourceGeometry,
  penumbraWidthM,
  inverseSquare,
  linearColour,
  describeStudy,
  projectStudyPoint,
  STUDY_CAMERA,
  BACKDROP_BEHIND_M,
  SUN_ANGULAR_RADIUS,
  SKY_ANGULAR_RADIUS,
} from './study';
export type { StudyLight, StudyScene, StudyMaterial } from './study';
