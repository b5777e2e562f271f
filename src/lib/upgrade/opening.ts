import { upgradePrompt, type UpgradeResult } from './index';
import { defaultUpgradeState } from './url-state';

/** The upgrade of the tool's example prompt, computed when the page is built and handed to the tool. */
export function upgradeOpening(): UpgradeResult {
  return upgradePrompt(defaultUpgradeState.prompt, { model: defaultUpgradeState.model });
}
