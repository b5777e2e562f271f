import { test } from 'vitest';
import { defaultSetup, getPreset, PREVIEW_HEIGHT, PREVIEW_WIDTH, shadeLighting, type LightingSetup } from '../../src/lib';

/**
 * One full shading pass of the light set-up preview at its default canvas size. The target is
 * one frame (under 16 ms). Vitest 5's `bench` fixture prints the timings; nothing is asserted,
 * because a timing assertion would fail on a busy machine rather than on slow code.
 * Run: npx vitest bench --run tests/bench/lighting.bench.ts
 */
const buffer = new Uint8ClampedArray(PREVIEW_WIDTH * PREVIEW_HEIGHT * 4);
const pass = (setup: LightingSetup) => () => {
  shadeLighting(setup, PREVIEW_WIDTH, PREVIEW_HEIGHT, buffer);
};

test(`light set-up preview, one shading pass at ${PREVIEW_WIDTH}×${PREVIEW_HEIGHT}`, async ({ bench }) => {
  await bench.compare(
    bench('default set-up (hard key, cast shadow)', pass(defaultSetup)),
    bench('mixed window and tungsten (two lights)', pass(getPreset('mixed').setup)),
    bench('rim preset (three lights)', pass(getPreset('rim').setup)),
    { time: 1500 },
  );
});
