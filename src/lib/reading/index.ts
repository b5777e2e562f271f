/**
 * What a prompt says about the photograph: subjects, setting, time and weather, light, camera
 * and intent, each with the words it came from. The checker (../prompt/lint) and the upgrade
 * (../upgrade) are both built on it, and neither imports the other.
 */
export { facets } from './claims';
export type { Claim, Facet } from './claims';
export { readPrompt, claimsOf, hasClaim, clauses, READ_MAX_CHARS } from './read';
export type { PromptReading } from './read';
export { findContradictions, contradictsReading } from './contradictions';
export type { Contradiction } from './contradictions';
export { describePicture, subjectKinds, subjectLabels } from './picture';
export type { Picture, Place, SubjectKind } from './picture';
export { upgradePillars, gapNames, coversGap, fittingFragments, openGaps, isPersonOnly, suitsPicture } from './fit';
export type { UpgradePillar } from './fit';
export { refusedThings, refusedThingOf } from './refused';
export type { RefusedThing } from './refused';
export { findFragments, findPhrase, indexWords, overlaps, overlapsAny, phraseWords } from './phrase-match';
export type { FragmentMatch, Range, WordIndex } from './phrase-match';
