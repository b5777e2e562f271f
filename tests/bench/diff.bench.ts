import { loadavg } from 'node:os';
import { expect, test } from 'vitest';
import { diffPrompts, fragments, lintPrompt, promptPairs } from '../../src/lib';

/**
 * The budget: diff and lint of two 5,000-word prompts within 50 ms.
 * Both prompts are catalogue text: `before` cycles through the fragments; `after` swaps every
 * seventh fragment for another one and weaves in the example pairs' vague prompts, so the
 * diff and the checker both have real work to do. Run with `npx vitest bench --run`.
 */
function wordsOf(texts: readonly string[], count: number): string {
  const words: string[] = [];
  for (let i = 0; words.length < count; i += 1) words.push(...texts[i % texts.length]!.split(' '), ',');
  return words.slice(0, count).join(' ');
}
const texts = fragments.map((f) => f.text);
const changed = texts.map((text, i) => (i % 7 === 3 ? texts[(i * 13) % texts.length]! : text));
changed.splice(10, 0, ...promptPairs.map((p) => p.before));
const before = wordsOf(texts, 5000);
const after = wordsOf(changed, 5000);
const BUDGET_MS = 50;

test('the inputs are two different 5,000-word prompts', () => {
  expect(before.split(' ')).toHaveLength(5000);
  expect(after.split(' ')).toHaveLength(5000);
  expect(diffPrompts(before, after).coarse).toBe(false);
});

test('diff and lint of two 5,000-word prompts', async ({ bench }) => {
  const diff = await bench('diffPrompts', () => {
    diffPrompts(before, after);
  }).run();
  const lint = await bench('lintPrompt (after, FLUX.1 [dev])', () => {
    lintPrompt(after, { model: 'flux1-dev' });
  }).run();
  const both = await bench('diffPrompts + lintPrompt', () => {
    diffPrompts(before, after);
    lintPrompt(after, { model: 'flux1-dev' });
  }).run();
  console.log(`load average while measuring: ${loadavg().map((l) => l.toFixed(1)).join(', ')}`);
  for (const result of [diff, lint, both]) {
    const { p50, mean, p99 } = result.latency;
    console.log(`${result.name}: median ${p50.toFixed(2)} ms, mean ${mean.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms`);
  }
  // The median, not the mean: the machine is shared, and a few runs stall for reasons outside this code.
  expect(both.latency.p50).toBeLessThan(BUDGET_MS);
});
