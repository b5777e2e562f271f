import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyUpgrade, countTokens, getFragment, isPersonOnly, lintPrompt, upgradePrompt, type ModelId } from '../../src/lib';

/**
 * The upgrade's rules, over generated prompts: a subject, then stated facts (lens, time,
 * light, colour), praise, negatives and other tools' syntax in any order.
 */

const people = ['a woman in a cafe', 'portrait of an old fisherman', 'two friends on a beach', 'a chef in a kitchen', 'a man walking down a street'];
const things = [
  'product shot of a perfume bottle', 'a bowl of ramen', 'a mountain lake', 'a rainy street at night', 'a brutalist concrete building',
  'a cozy living room', 'a red fox in a forest', 'macro shot of a dewdrop', 'a red vintage car', 'a teapot on a shelf', 'a lighthouse on a cliff',
];
const stated = [
  '35mm', 'f/2.8', '50mm f/8', 'golden hour', 'at night', 'at midday', 'blue hour', 'at dawn', 'overcast sky', 'window light from the left',
  'candlelight', 'warm tones', 'muted colours', 'moody', 'black and white',
];
const noise = [
  'beautiful', 'stunning', '8k', 'masterpiece', 'ultra realistic', 'best quality', 'high quality', 'trending on artstation', 'no blur',
  'no people', 'without glasses', '(detailed skin:1.3)', '(dramatic sky:1.2)', '((sharp eyes))', '--ar 16:9', 'airbrushed', 'nice lighting',
  'blurry background', 'vibrant colors', 'rainy street', 'in the afternoon', 'with a small dog',
];

const prompt = (subjects: readonly string[]) =>
  fc
    .tuple(fc.constantFrom(...subjects), fc.array(fc.constantFrom(...stated, ...noise), { maxLength: 5 }), fc.constantFrom(', ', ' '))
    .map(([subject, rest, separator]) => [subject, ...rest].join(separator));
const anyPrompt = prompt([...people, ...things]);
const models = fc.constantFrom<ModelId>('flux2-klein-9b', 'flux1-dev', 'flux1-schnell', 'flux2-pro');
const runs = { numRuns: 120 };
const TIMEOUT = 90_000;

const timeClashes: [RegExp, RegExp][] = [
  [/golden hour/, /night|midday|noon|blue hour|twilight|dawn|morning|overcast/],
  [/at night/, /golden hour|sunlight|midday|noon|blue hour|dawn|morning|daylight|sky/],
  [/midday/, /golden hour|night|blue hour|twilight|dawn|morning|overcast/],
  [/blue hour/, /golden hour|sunlight|midday|noon|night|dawn|morning/],
  [/dawn/, /golden hour|midday|noon|night|blue hour|twilight/],
  [/overcast/, /golden hour|sunlight|midday|harsh|clear blue sky/],
];

const loud = (text: string, model: ModelId) => lintPrompt(text, { model }).filter((f) => f.severity !== 'info');
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** True when `needle` appears in `haystack` in order (not necessarily next to each other). */
function inOrder(needle: readonly string[], haystack: readonly string[]): boolean {
  let at = 0;
  for (const word of haystack) if (word === needle[at]) at += 1;
  return at === needle.length;
}

describe('upgradePrompt properties', () => {
  test('idempotent: upgrading the result suggests nothing more', () => {
    fc.assert(
      fc.property(anyPrompt, models, (text, model) => {
        const { upgraded, notice } = upgradePrompt(text, { model });
        if (notice) return;
        expect(upgradePrompt(upgraded, { model }).suggestions, `${text} → ${upgraded}`).toEqual([]);
      }),
      runs,
    );
  }, TIMEOUT);

  test("the reader's words stay, in their order, except those a fix replaces", () => {
    fc.assert(
      fc.property(anyPrompt, models, (text, model) => {
        const { upgraded, suggestions } = upgradePrompt(text, { model });
        let kept = '';
        let from = 0;
        for (const s of suggestions.filter((s) => s.replaces).sort((a, b) => a.replaces!.start - b.replaces!.start)) {
          kept += `${text.slice(from, s.replaces!.start)} `;
          from = s.replaces!.end;
        }
        kept += text.slice(from);
        expect(inOrder(words(kept), words(upgraded)), `${text} → ${upgraded}`).toBe(true);
      }),
      runs,
    );
  }, TIMEOUT);

  test('the result passes the checker with no warning or error of its own, within the token limit', () => {
    fc.assert(
      fc.property(anyPrompt, models, (text, model) => {
        const { upgraded, conflicts } = upgradePrompt(text, { model });
        // The reader's own contradictions stay, shown beside the result; nothing else may warn.
        const warnings = loud(upgraded, model);
        expect(warnings.filter((f) => f.rule !== 'conflict'), `${text} → ${upgraded}`).toEqual([]);
        expect(warnings.filter((f) => f.rule === 'conflict').length, `${text} → ${upgraded}`).toBeLessThanOrEqual(conflicts.length);
        const tokens = countTokens(upgraded, model);
        if (tokens.limit !== null) expect(tokens.count).toBeLessThanOrEqual(tokens.limit);
      }),
      runs,
    );
  }, TIMEOUT);

  test('never contradicts a stated aperture, focal length, time of day, light or colour', () => {
    fc.assert(
      fc.property(anyPrompt, (text) => {
        const { suggestions, upgraded } = upgradePrompt(text, { model: 'flux2-klein-9b' });
        // What the prompt states once the checker has removed its own contradictions ("at night, at midday").
        const stated = applyUpgrade(text, suggestions.filter((s) => s.kind === 'fix'));
        const added = suggestions.filter((s) => s.kind === 'add');
        const addedText = added.map((s) => s.text).join(' | ');
        if (/f\/\d/.test(stated)) expect(addedText, upgraded).not.toMatch(/f\/\d/);
        if (/\d+\s?mm/.test(stated)) expect(addedText, upgraded).not.toMatch(/\d+\s?mm/);
        // A stated time of day: nothing added names another.
        for (const [time, others] of timeClashes) {
          if (time.test(stated)) expect(addedText, upgraded).not.toMatch(others);
        }
        // A stated light source: no light is added.
        if (/window light|candlelight|golden hour|overcast|midday/.test(stated)) expect(added.map((s) => s.pillar), upgraded).not.toContain('light');
        if (/warm tones|muted colours|moody|black and white/.test(stated)) expect(added.map((s) => s.pillar), upgraded).not.toContain('color');
      }),
      runs,
    );
  }, TIMEOUT);

  test('at most one fragment per pillar, and none for a pillar the prompt covers', () => {
    fc.assert(
      fc.property(anyPrompt, (text) => {
        const { suggestions } = upgradePrompt(text, { model: 'flux2-klein-9b' });
        const pillars = suggestions.filter((s) => s.kind === 'add').map((s) => s.pillar);
        expect(new Set(pillars).size).toBe(pillars.length);
        for (const s of suggestions.filter((s) => s.kind === 'add')) {
          expect(suggestions.some((f) => f.kind === 'fix' && f.fragmentId && getFragment(f.fragmentId).pillar === s.pillar)).toBe(false);
        }
      }),
      runs,
    );
  }, TIMEOUT);

  test('no person-only fragment (skin, portrait lens) for a picture without a person or animal', () => {
    const nobody = fc
      .tuple(
        fc.constantFrom(...things.filter((t) => !/fox/.test(t))),
        fc.array(fc.constantFrom(...stated, ...noise.filter((n) => !/glasses|skin|eyes|dog/.test(n))), { maxLength: 5 }),
      )
      .map(([subject, rest]) => [subject, ...rest].join(', '));
    fc.assert(
      fc.property(nobody, (text) => {
        for (const s of upgradePrompt(text, { model: 'flux2-klein-9b' }).suggestions) {
          if (s.fragmentId) expect(isPersonOnly(getFragment(s.fragmentId)), `${text}: ${s.fragmentId}`).toBe(false);
        }
      }),
      runs,
    );
  }, TIMEOUT);

  test('never throws, whatever the text (any Unicode, markup, right-to-left)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom('שלום <b>עולם</b>', '<script>alert(1)</script>', ')(:1.2', '[[[', '--no')), (text) => {
        const result = upgradePrompt(text, { model: 'flux1-dev' });
        expect(typeof result.upgraded).toBe('string');
      }),
      { numRuns: 200 },
    );
  }, TIMEOUT);
});
