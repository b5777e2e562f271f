import { loadavg } from 'node:os';
import { expect, test } from 'vitest';
import { countWarnings, lintPrompt, readPrompt } from '../../src/lib';

/**
 * Reading and checking a prompt as the reader types: a 300-word prompt within 2 ms, a
 * 5,000-word one within 50 ms (the budgets), for the reading and for the checker's
 * findings. Working out each finding's safe fix re-checks the prompt once per fix, so a full
 * lintPrompt is measured beside them. The text is a reader's own words, not the catalogue's.
 */
const sentence =
  'A weathered fisherman in his seventies sits on an overturned crate on the harbour wall, mending a blue net with his bare hands. ' +
  'Late afternoon sun comes in low from the left, raking across the deep lines of his face, 85mm f/2, shot on a Nikon Z8. ' +
  'Behind him two kids are playing football in the rain, soft and out of focus, cinematic, 8k, with smooth flawless skin. ';
function wordsOf(count: number): string {
  const words: string[] = [];
  while (words.length < count) words.push(...sentence.split(' '));
  return words.slice(0, count).join(' ');
}
const short = wordsOf(300);
const long = wordsOf(5000);

test('reading and checking a 300-word and a 5,000-word prompt', async ({ bench }) => {
  const results = [
    await bench('readPrompt, 300 words', () => readPrompt(short)).run(),
    await bench('checker findings, 300 words', () => countWarnings(short, { model: 'flux2-klein-9b' })).run(),
    await bench('readPrompt, 5,000 words', () => readPrompt(long)).run(),
    await bench('checker findings, 5,000 words', () => countWarnings(long, { model: 'flux2-klein-9b' })).run(),
    await bench('lintPrompt with fixes, 300 words', () => lintPrompt(short, { model: 'flux2-klein-9b' })).run(),
  ];
  console.log(`load average while measuring: ${loadavg().map((l) => l.toFixed(1)).join(', ')}`);
  for (const result of results) {
    const { p50, mean, p99 } = result.latency;
    console.log(`${result.name}: median ${p50.toFixed(2)} ms, mean ${mean.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms`);
  }
  expect(results[0]!.latency.p50).toBeLessThan(2);
  expect(results[3]!.latency.p50).toBeLessThan(50);
}, 120_000);
