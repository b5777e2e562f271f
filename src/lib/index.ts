/**
 * The library's public API. Components, articles and tests import from here;
 * everything below src/lib is pure TypeScript (no React, no DOM, no Astro).
 */
export { fragments, getFragment, isFragmentId, fragmentsByPillar } from './fragments';
export type { FragmentId, CatalogueFragment } from './fragments';
export { pillars, pillarLabels, promptSlots } from './fragments/types';
export type { Pillar, PromptSlot, Fragment, FragmentSource } from './fragments/types';
export { describeSource, ARTICLE_NAME } from './fragments/source';
export { composePrompt, joinInOrder, tidyPart } from './prompt/compose';
export type { PromptPart, FreeText } from './prompt/compose';
export { models, modelIds, getModel, DEFAULT_MODEL_ID } from './models';
export { modelAbout } from './models/about';
export type { FluxModel, ModelId, FrontEnd, FrontEndFacts } from './models';
export type { RunFacts, ComfyFile } from './run/types';
export { promptPairs, getPromptPair } from './examples';
export type { PromptPair, PromptPairId } from './examples';
export { addTrayItem, removeTrayItem, serializeTray } from './tray';
export { TrayItemSchema, parseTray } from './tray/parse';
export type { TrayItem, TrayParseResult } from './tray';
// Lists kept in browser storage (tray, saved prompts): one copy per page, changes applied in order.
export { createStoredList, EMPTY_STORED_LIST } from './storage';
export type { ListStorage, StoredList, StoredListChange, StoredListOptions, StoredListRead, StoredListSnapshot } from './storage';
// The workflow chapter's experiment notes sheet.
export { experimentNotesTemplate } from './examples/experiment-notes';

// Whole numbers as the guide writes them ("12,000"), without Intl's start-up cost in the browser.
export { formatWholeNumber } from './numbers';

// Optics: the lens and aperture picker (src/lib/optics)
export * from './optics';
export { lensFromQuery, LensQuerySchema } from './optics/share-parse';

// Prompt checker and token counts. The exact Qwen3 counter loads its ~7 MB
// tokenizer with a dynamic import on first call, so exporting it here adds nothing to a page.
export { lintPrompt, applySuggestion, lintRules } from './prompt/lint';
export type { LintFinding, LintRule, LintSeverity, LintOptions } from './prompt/lint';
export { countTokens, estimateMethod, knownQwen3Count, QWEN3_TEMPLATE_OVERHEAD } from './prompt/tokens';
export type { TokenCount } from './prompt/tokens';
export { countQwen3Tokens, qwen3ChatText, QWEN3_MAX_SEQUENCE_LENGTH } from './prompt/qwen3-tokens';
export { findFragments } from './reading/phrase-match';
export type { FragmentMatch } from './reading/phrase-match';

// Templates
export {
  templates,
  getTemplate,
  isTemplateId,
  fillTemplate,
  templateParts,
  templateFragmentIds,
  templateFragmentTexts,
  resolveValues,
  defaultValues,
} from './templates';
export { templateNotes } from './templates/notes';
export type {
  PromptTemplate,
  TemplateId,
  TemplateValues,
  SlotDefinition,
  TextSlotDefinition,
  ChoiceSlotDefinition,
  TemplateBodyPart,
  TemplateDefinition,
  TemplateNotes,
} from './templates';

// Prompt builder: state, share URL, saved prompts, exports
export {
  blankBuilderState,
  defaultBuilderState,
  DEFAULT_BUILDER_TEMPLATE,
  stateFromTemplate,
  builderPrompt,
  builderPromptParts,
  resolvePart,
  addPart,
  movePart,
  removePart,
  setSlotValue,
  checkBuilderPart,
  DEFAULT_BUILDER_MODEL,
  builderPictureShape,
} from './builder/state';
export type { BuilderPart, BuilderState } from './builder/state';
export { BuilderPartSchema, BuilderStateSchema, parseBuilderState } from './builder/state-schema';
export { builderToQuery, builderQueryKeys } from './builder/share';
export { builderFromQuery } from './builder/share-parse';
export { serializeSavedStore, serializeSavedFile, upsertSaved, mergeSaved, removeSaved, SAVED_FILE_KIND } from './builder/saved';
export type { SavedPrompt, SavedParseResult } from './builder/saved';
export { SavedPromptSchema, SavedFileSchema, parseSavedStore, parseSavedFile } from './builder/saved-schema';
export {
  toStructuredPrompt,
  toStructuredPromptJson,
  structuredToPrompt,
  structuredToParts,
} from './prompt/export';
export { StructuredPromptSchema, parseStructuredPrompt } from './prompt/export-schema';
export type { StructuredPrompt } from './prompt/export';
// Running a prompt: run settings and the ComfyUI, diffusers and BFL API exports (src/lib/run)
export * from './run';
// Prompt diff
export { diffPrompts, describePillarCounts, tokenizePrompt, relatedPromptPairs } from './diff';
export type { PromptDiff, DiffSegment, DiffKind, PillarFragments } from './diff';
export { diffPieces } from './diff/render';
export type { DiffPiece, DiffView, MarkRange } from './diff/render';
export { diffToQuery, stateForPair, defaultDiffState, diffQueryKeys } from './diff/share';
export type { DiffToolState } from './diff/share';
export { diffFromQuery } from './diff/share-parse';

// Lighting: Kelvin colours, the light-type catalogue, set-ups and their prompt text, preview shading.
export * from './light';
export { LightingSetupSchema } from './light/setup-schema';
export { lightingFromQuery } from './light/share-parse';

// Articles: the FLUX.2 JSON example and other tools' syntax shown as what not to write.
export { structuredPromptExample, structuredPromptJson } from './examples/structured';
export { unsupportedSyntaxExamples } from './examples/unsupported-syntax';
export type { UnsupportedSyntaxExample } from './examples/unsupported-syntax';

// "Make it photographic": the reader's prompt with the checker's fixes and one fitting fragment per empty pillar.
export { upgradePrompt, applyUpgrade, upgradeNotices, DEFAULT_UPGRADE_MODEL, UPGRADE_INPUT_MAX, additionsInOrder } from './upgrade';
export type { UpgradeResult, UpgradeSuggestion, UpgradeOptions } from './upgrade';

// What a prompt says about the photograph, below both the checker and the upgrade.
export {
  readPrompt,
  findContradictions,
  describePicture,
  openGaps,
  fittingFragments,
  subjectKinds,
  subjectLabels,
  upgradePillars,
  isPersonOnly,
  suitsPicture,
} from './reading';
export type { PromptReading, Claim, Facet, Contradiction, Picture, SubjectKind, UpgradePillar } from './reading';
export { upgradeToQuery, defaultUpgradeState, upgradeQueryKeys, UPGRADE_EXAMPLE_PROMPT } from './upgrade/share';
export type { UpgradeToolState } from './upgrade/share';
export { upgradeFromQuery } from './upgrade/share-parse';

// Share links, one shape for every widget (src/lib/share-link.ts), and every length limit.
export { queryCarriesAny, queryValues } from './share-link';
export type { ShareLinkRead } from './share-link';
export { widgetQueryKeys } from './query-keys';
export * from './limits';
export { upgradeBuilderQuery, upgradeDiffQuery } from './upgrade/links';
export { tidySeparators, emptyQualityTerms, isEmptyQualityTerm, countWarnings } from './prompt/lint';

// The reader's own pictures: what a picture file says about how it was made, and the experiment log.
export { readImageBytes, readMessages, readComfyGraph, readParametersText, parseExactJson, sourceLabels, MAX_FILE_BYTES } from './images';
export type { ImageReading, ReadRun, FileFacts, ImageFormat, MetadataSource, LoraUse } from './images';
export { compareSettings, settingLabels, verdictFor, ONE_CHANGE_SECTION, modelForFile, upgradeLink, diffLink, builderLink, planMerge, describeMerge } from './experiments';
export type { SettingRow, Verdict, PromptChange, ToolLink, Experiment, SavedPicture, MergePlan } from './experiments';
