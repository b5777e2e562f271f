import { expect, test } from 'vitest';
import { apertureStops, bokehShape, depthPlanes, describeLens, getSensor } from '../../src/lib';

/**
 * What one slider drag costs: 200 successive positions, each recomputing what the picker
 * recomputes on every input event. Run with `npx vitest bench --run tests/bench/optics.bench.ts`.
 */
const sensor = getSensor('full-frame');
const steps = Array.from({ length: 200 }, (_, i) => ({
  fNumber: apertureStops[i % apertureStops.length]!,
  // Focus sweeps from 0.5 m to 50 m on a log scale while the aperture steps through its stops.
  subjectDistanceM: 0.5 * 100 ** (i / 199),
}));

/** A frame at 60 Hz lasts about 16.7 ms; one step of the drag must leave most of it for React and the browser. */
const ONE_FRAME_MS = 1000 / 60;

test('slider drag: 200 successive aperture and distance values', async ({ bench }) => {
  const results = await bench.compare(
    bench('depthPlanes + bokehShape', () => {
      let sink = 0;
      for (const { fNumber, subjectDistanceM } of steps) {
        sink += depthPlanes({ focalLengthMm: 85, fNumber, subjectDistanceM, sensor }).dof.nearM;
        sink += bokehShape({ blades: 7, fNumber, maxFNumber: 1.8, roundedBlades: false }).points.length;
      }
      if (!Number.isFinite(sink)) throw new Error('unreachable');
    }),
    bench('… + rounded blades + describeLens', () => {
      let sink = 0;
      for (const { fNumber, subjectDistanceM } of steps) {
        sink += depthPlanes({ focalLengthMm: 85, fNumber, subjectDistanceM, sensor }).dof.nearM;
        sink += bokehShape({ blades: 9, fNumber, maxFNumber: 1.4, roundedBlades: true }).points.length;
        sink += describeLens({ focalLengthMm: 85, fNumber, subjectDistanceM, sensor: 'full-frame', focus: 'eyes', otherWords: 'creamy bokeh' })
          .text.length;
      }
      if (!Number.isFinite(sink)) throw new Error('unreachable');
    }),
  );
  const perStepMs = results.get('… + rounded blades + describeLens').latency.mean / steps.length;
  expect(perStepMs).toBeLessThan(ONE_FRAME_MS / 10);
});
