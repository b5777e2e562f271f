/**
 * The FLUX models the guide covers: their definitions and front-end facts (./definitions), what a
 * page may show about each (./about, server-only) and the front ends' sentences (./front-end-notes).
 */
export type { FluxModel, FrontEnd, FrontEndFacts, GuidanceKind, ModelAbout, ModelLicence, TextEncoder } from './types';
export { DEFAULT_MODEL_ID, getModel, kleinRepo, modelIds, models, modelSources } from './definitions';
export type { KleinSize, ModelId } from './definitions';
