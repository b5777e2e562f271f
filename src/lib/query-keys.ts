import { builderQueryKeys } from './builder/share';
import { diffQueryKeys } from './diff/share';
import { lightingQueryKeys } from './light/share';
import { lensQueryKeys } from './optics/share';
import { upgradeQueryKeys } from './upgrade/share';

/**
 * The keys of every widget's share link, by widget: the tests send markup in each of them, and
 * two widgets on one page must not read each other's keys. Widgets import their own keys from
 * their area's share.ts, not from here, so a page loads only its own.
 */
export const widgetQueryKeys = {
  builder: builderQueryKeys,
  diff: diffQueryKeys,
  lighting: lightingQueryKeys,
  lens: lensQueryKeys,
  upgrade: upgradeQueryKeys,
} as const;
