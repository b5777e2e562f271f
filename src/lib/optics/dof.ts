/**
 * Depth of field with the thin-lens formulas (Greenleaf, "Photographic Optics", 1950;
 * the form on Wikipedia's "Depth of field" page). Lengths are millimetres inside the formulas
 * and metres at the edges of the API.
 */

export interface DepthOfFieldInput {
  focalLengthMm: number;
  fNumber: number;
  /** Distance from the lens to the plane of sharpest focus, in metres. */
  subjectDistanceM: number;
  /** Circle of confusion in millimetres: 0.03 for full frame. */
  cocMm?: number;
}

export interface DepthOfField {
  nearM: number;
  /** `Infinity` when focused at or beyond the hyperfocal distance. */
  farM: number;
  /** `Infinity` when focused at or beyond the hyperfocal distance. */
  totalM: number;
  hyperfocalM: number;
}

/** The full-frame circle of confusion (8×10 in print at normal viewing distance). */
export const FULL_FRAME_COC_MM = 0.03;

function assertPositive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a positive number, got ${value}`);
}

/** H = f² / (N·c) + f, in millimetres. */
export function hyperfocalMm(focalLengthMm: number, fNumber: number, cocMm = FULL_FRAME_COC_MM): number {
  return (focalLengthMm * focalLengthMm) / (fNumber * cocMm) + focalLengthMm;
}

export function depthOfField({
  focalLengthMm,
  fNumber,
  subjectDistanceM,
  cocMm = FULL_FRAME_COC_MM,
}: DepthOfFieldInput): DepthOfField {
  assertPositive('focalLengthMm', focalLengthMm);
  assertPositive('fNumber', fNumber);
  assertPositive('subjectDistanceM', subjectDistanceM);
  assertPositive('cocMm', cocMm);
  const f = focalLengthMm;
  const s = subjectDistanceM * 1000;
  // A thin lens only forms a real image of something further away than its focal length.
  if (s <= f) throw new RangeError(`The subject (${s} mm) must be further away than the focal length (${f} mm)`);

  const H = hyperfocalMm(f, fNumber, cocMm);
  const nearMm = (s * (H - f)) / (H + s - 2 * f);
  const farMm = s < H ? (s * (H - f)) / (H - s) : Infinity;
  return {
    nearM: nearMm / 1000,
    farM: farMm / 1000,
    totalM: (farMm - nearMm) / 1000,
    hyperfocalM: H / 1000,
  };
}

/** Magnification of a thin lens focused at `subjectDistanceM`: m = f / (s − f). */
export function magnification(focalLengthMm: number, subjectDistanceM: number): number {
  return focalLengthMm / (subjectDistanceM * 1000 - focalLengthMm);
}

/**
 * The closest focus this tool allows: twice the focal length, where a thin lens images
 * at life size (1:1). Closer than that the magnification exceeds 1:1, beyond macro lenses.
 */
export function closestFocusM(focalLengthMm: number): number {
  return (2 * focalLengthMm) / 1000;
}
