import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyUpgrade, builderPrompt, builderFromQuery, diffFromQuery, tidyPart, upgradePrompt } from '../../src/lib';
import { upgradeBuilderQuery, upgradeDiffQuery } from '../../src/lib/upgrade/links';
import { upgradeFromQuery } from '../../src/lib/upgrade/share-parse';
import { UPGRADE_SHARE_MAX } from '../../src/lib/limits';
import { defaultUpgradeState, upgradeToQuery } from '../../src/lib/upgrade/share';

const model = 'flux2-klein-9b' as const;
const prompts = [
  'a woman in a cafe, beautiful, 8k, masterpiece, (detailed skin:1.3), no blur',
  'product shot of a perfume bottle',
  'a rainy street at night',
  'a mountain lake at dawn.',
];

describe('where an upgrade goes next', () => {
  test.each(prompts)('the builder link for %j opens the same prompt, with any piece dropped', (prompt) => {
    const { suggestions } = upgradePrompt(prompt, { model });
    for (const kept of [suggestions, suggestions.slice(1), suggestions.filter((s) => s.kind === 'fix')]) {
      const query = upgradeBuilderQuery(prompt, model, kept);
      const parsed = builderFromQuery(query!);
      expect(parsed.message).toBeUndefined();
      // The builder tidies its parts the same way as any part typed into it (no trailing full stop).
      expect(builderPrompt(parsed.state)).toBe(tidyPart(applyUpgrade(prompt, kept)));
    }
  });

  test('the diff link puts the reader\'s prompt before and the upgrade after', () => {
    const prompt = prompts[0]!;
    const { upgraded } = upgradePrompt(prompt, { model });
    const parsed = diffFromQuery(upgradeDiffQuery(prompt, upgraded, model)!);
    expect(parsed.state).toMatchObject({ pair: null, before: prompt, after: upgraded, model });
  });

  test('words too long for one builder part make no builder link', () => {
    const prompt = 'a quiet harbour with fishing boats '.repeat(40);
    expect(upgradeBuilderQuery(prompt, model, [])).toBeNull();
  });
});

describe('the tool\'s link', () => {
  test('round-trips any state that fits in a link', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.constantFrom(model, 'flux1-dev' as const),
        fc.uniqueArray(fc.constantFrom('add:lens.wide-24mm', 'fix:0-5', 'add:color.true-to-life'), { maxLength: 3 }),
        (prompt, chosen, dropped) => {
          const state = { prompt, model: chosen, dropped };
          const query = upgradeToQuery(state)!;
          expect(upgradeFromQuery(query).state).toEqual(query === '' ? defaultUpgradeState : state);
        },
      ),
    );
  });

  test('the default state makes an empty query; a prompt too long for a link makes none', () => {
    expect(upgradeToQuery(defaultUpgradeState)).toBe('');
    expect(upgradeToQuery({ ...defaultUpgradeState, prompt: 'x'.repeat(UPGRADE_SHARE_MAX + 1) })).toBeNull();
  });

  test.each([
    ['?model=flux9', '"model" names a model this guide does not cover'],
    ['?drop=%3Cscript%3E', '"drop" names pieces in a form the tool does not make'],
    [`?prompt=${'x'.repeat(UPGRADE_SHARE_MAX + 1)}`, '"prompt" is longer than 4,000 characters'],
  ])('a malformed link %#: a message and the example', (search, reason) => {
    const parsed = upgradeFromQuery(search);
    expect(parsed.state).toEqual(defaultUpgradeState);
    expect(parsed.message).toContain(reason);
  });
});
