/**
 * The library's public API. Components, articles and tests import from here;
 * everything below src/lib is pure TypeScript (no React, no DOM, no Astro).
 */
export { fragments, getFragment, isFragmentId, fragmentsByPillar } from './fragments';
export type { FragmentId, CatalogueFragment } from './fragments';
export { pillars, promptSlots, FragmentSchema } from './fragments/schema';
export type { Pillar, PromptSlot, Fragment, FragmentSource } from './fragments/schema';
export { describeSource } from './fragments/source';
export { composePrompt, tidyPart } from './prompt/compose';
export type { PromptPart, FreeText } from './prompt/compose';
export { models, modelIds, getModel } from './models';
export type { FluxModel, ModelId } from './models';
export { promptPairs, getPromptPair } from './examples';
export type { PromptPair, PromptPairId } from './examples';
export { TrayItemSchema, parseTray, addTrayItem, removeTrayItem, serializeTray, TRAY_LIMIT } from './tray';
export type { TrayItem, TrayParseResult } from './tray';

// Articles (guide pillars, articles-a): the FLUX.2 JSON example and other tools' syntax shown as what not to write.
export { structuredPromptExample, structuredPromptJson } from './examples/structured';
export { unsupportedSyntaxExamples } from './examples/unsupported-syntax';
export type { UnsupportedSyntaxExample } from './examples/unsupported-syntax';
