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

// Prompt checker and token counts (issue 6). The exact Qwen3 counter loads its ~7 MB
// tokenizer with a dynamic import on first call, so exporting it here adds nothing to a page.
export { lintPrompt, applySuggestion, lintRules } from './prompt/lint';
export type { LintFinding, LintRule, LintSeverity, LintOptions } from './prompt/lint';
export { countTokens, estimateMethod, QWEN3_TEMPLATE_OVERHEAD } from './prompt/tokens';
export type { TokenCount } from './prompt/tokens';
export { countQwen3Tokens, qwen3ChatText, QWEN3_MAX_SEQUENCE_LENGTH } from './prompt/qwen3-tokens';
export { findFragments } from './prompt/phrase-match';
export type { FragmentMatch } from './prompt/phrase-match';

// Prompt diff (issue 6)
export { diffPrompts, describePillarCounts, tokenizePrompt } from './diff';
export type { PromptDiff, DiffSegment, DiffKind, PillarFragments } from './diff';
export { diffPieces } from './diff/render';
export type { DiffPiece, DiffView, MarkRange } from './diff/render';
export { parseDiffQuery, serializeDiffQuery, stateForPair, defaultDiffState, SHARE_MAX_CHARS } from './diff/url-state';
export type { DiffToolState, ParsedDiffQuery } from './diff/url-state';
