/**
 * The values the controls step through. Apertures are the marked third stops from f/1 to f/22
 * (each third stop multiplies the f-number by about 2^(1/6)), with f/0.95, the widest common
 * marking, in front of them.
 */
export const apertureStops = [
  0.95, 1, 1.1, 1.2, 1.4, 1.6, 1.8, 2, 2.2, 2.5, 2.8, 3.2, 3.5, 4, 4.5, 5, 5.6, 6.3, 7.1, 8, 9, 10, 11, 13, 14, 16, 18,
  20, 22,
] as const;

/** Focal lengths from 14 to 600 mm: the common primes, so a slider lands on real lenses. */
export const focalLengthStops = [
  14, 16, 20, 24, 28, 35, 40, 50, 60, 85, 100, 105, 135, 180, 200, 300, 400, 500, 600,
] as const;
export const FOCAL_LENGTH_MIN_MM = 14;
export const FOCAL_LENGTH_MAX_MM = 600;

/** Focus distances (metres) for the slider; the number box takes anything in between. */
export const distanceStops = [
  0.03, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.7, 1, 1.5, 2, 3, 4, 5, 7, 10, 15, 20, 30, 50, 100, 200, 500, 1000,
] as const;
export const DISTANCE_MIN_M = 0.03;
export const DISTANCE_MAX_M = 1000;

export const BLADES_MIN = 5;
export const BLADES_MAX = 16;

/** The index of the stop nearest `value`, measured on a log scale (stops are roughly geometric). */
export function nearestStopIndex(stops: readonly number[], value: number): number {
  let best = 0;
  for (let i = 1; i < stops.length; i++) {
    if (Math.abs(Math.log(stops[i]! / value)) < Math.abs(Math.log(stops[best]! / value))) best = i;
  }
  return best;
}

/** How many stops (factors of two in light) `fNumber` is below `widestFNumber`. */
export function stopsDown(fNumber: number, widestFNumber: number): number {
  return Math.max(0, 2 * Math.log2(fNumber / widestFNumber));
}

/** "1.8", "0.95", "16": how an f-number is written after "f/". */
export function formatFNumber(fNumber: number): string {
  return String(Number(fNumber.toFixed(2)));
}
