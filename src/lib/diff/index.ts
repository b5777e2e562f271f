/** The prompt diff: word-level changes between two prompts, the fragments each side adds, and the tool's share link. */
export { diffPrompts, tokenizePrompt, describePillarCounts, DIFF_BUDGET_MS } from './diff';
export type { DiffKind, DiffSegment, PillarFragments, PromptDiff } from './diff';
export { diffPieces } from './render';
export { relatedPromptPairs } from './related-pairs';
export type { DiffPiece, DiffView, MarkRange } from './render';
export { diffToQuery, stateForPair, defaultDiffState, diffQueryKeys, DEFAULT_MODEL, DEFAULT_PAIR, MODEL_OF_A_LINK_WITHOUT_ONE } from './share';
export type { DiffToolState } from './share';
