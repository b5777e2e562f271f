/** "Make it photographic": the upgrade and the names the tool shows. */
export { upgradePrompt } from './upgrade';
export { applyUpgrade, additionsInOrder, upgradeNotices, DEFAULT_UPGRADE_MODEL } from './result';
export type { UpgradeResult, UpgradeSuggestion, UpgradeOptions } from './result';
export { UPGRADE_INPUT_MAX } from '../limits';
export { subjectKinds, subjectLabels, upgradePillars } from '../reading';
export type { SubjectKind, UpgradePillar } from '../reading';
