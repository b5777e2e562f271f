/** "Make it photographic": the upgrade and the names the tool shows. */
export { upgradePrompt, applyUpgrade, additionsInOrder, upgradeNotices, DEFAULT_UPGRADE_MODEL, UPGRADE_INPUT_MAX } from './upgrade';
export type { UpgradeResult, UpgradeSuggestion, UpgradeOptions } from './upgrade';
export { subjectKinds, subjectLabels, upgradePillars } from '../reading';
export type { SubjectKind, UpgradePillar } from '../reading';
