import { describe, expect, test } from 'vitest';
import { fragments, getPromptPair, lintPrompt, modelIds, promptPairs } from '../../src/lib';

/**
 * The checker must raise no warning or error on the library's own text: every catalogue
 * fragment and every example pair's "after" prompt (missing-pillar info is allowed, since a
 * single fragment covers one pillar). The templates add their filled prompts to `libraryText`.
 */
const libraryText: { name: string; prompt: string }[] = [
  ...fragments.map((f) => ({ name: `fragment ${f.id}`, prompt: f.text })),
  ...promptPairs.map((p) => ({ name: `pair ${p.id} (after)`, prompt: p.afterPrompt })),
];

describe('the checker is silent on the library', () => {
  test.each(libraryText)('$name', ({ prompt }) => {
    for (const model of modelIds) {
      const loud = lintPrompt(prompt, { model }).filter((f) => f.severity !== 'info');
      expect(loud).toEqual([]);
    }
  });

  test('the only info findings are missing pillars', () => {
    for (const { prompt } of libraryText) {
      const rules = new Set(lintPrompt(prompt, { model: 'flux1-dev' }).map((f) => f.rule));
      rules.delete('missing-pillar');
      expect([...rules]).toEqual([]);
    }
  });

  test('…and it is not silent on the "before" prompts it should improve', () => {
    for (const pair of promptPairs) {
      expect(lintPrompt(pair.before, { model: 'flux1-dev' }).length, pair.id).toBeGreaterThan(0);
    }
    // The seed article's four vague phrases are caught as vague terms, with a fragment to use instead.
    for (const id of ['material.rainy-street', 'lens.blurry-background', 'light.flat-product', 'skin.plain-portrait'] as const) {
      const rules = lintPrompt(getPromptPair(id).before, { model: 'flux1-dev' }).map((f) => f.rule);
      expect(rules, id).toContain('vague-term');
    }
  });
});
