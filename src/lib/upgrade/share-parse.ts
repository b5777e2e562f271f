import '../zod-setup';
import { z } from 'zod/mini';
import { modelIds } from '../models';
import { UPGRADE_DROP_MAX, UPGRADE_SHARE_MAX } from '../limits';
import { formatWholeNumber } from '../numbers';
import { issueReasons, queryValues, type ShareLinkRead } from '../share-link';
import { DEFAULT_UPGRADE_MODEL } from './index';
import { defaultUpgradeState, upgradeQueryKeys, type UpgradeToolState } from './share';

/**
 * Reads the upgrade tool's state back from a link. It needs zod, so the tool imports this
 * module on demand, when the page's URL carries the tool's keys.
 */

const dropId = /^(?:fix:\d{1,5}-\d{1,5}|add:[a-z]+\.[a-z0-9-]+)$/;

const QuerySchema = z.object({
  prompt: z.optional(z.string().check(z.maxLength(UPGRADE_SHARE_MAX, { error: `is longer than ${formatWholeNumber(UPGRADE_SHARE_MAX)} characters` }))),
  model: z.optional(z.enum(modelIds, { error: 'names a model this guide does not cover' })),
  drop: z.optional(
    z
      .string()
      .check(
        z.maxLength(UPGRADE_DROP_MAX * 40, { error: 'lists too many pieces' }),
        z.refine((value) => value === '' || value.split(',').every((id) => dropId.test(id)), { error: 'names pieces in a form the tool does not make' }),
      ),
  ),
});

export function upgradeFromQuery(query: string): ShareLinkRead<UpgradeToolState> {
  const raw = queryValues(query, upgradeQueryKeys);
  if (Object.keys(raw).length === 0) return { state: defaultUpgradeState };
  const parsed = QuerySchema.safeParse(raw);
  if (!parsed.success) {
    return { state: defaultUpgradeState, message: `This link could not be read (${issueReasons(parsed.error.issues)}), so the tool shows its example prompt instead.` };
  }
  const { prompt = defaultUpgradeState.prompt, model = DEFAULT_UPGRADE_MODEL, drop = '' } = parsed.data;
  return { state: { prompt, model, dropped: drop === '' ? [] : [...new Set(drop.split(','))] } };
}
