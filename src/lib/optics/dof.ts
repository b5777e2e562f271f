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
 * How large a lens can show its subject at its closest focus. An ordinary prime stops at about a
 * seventh of life size: Canon's EF 50mm f/1.8 II focuses to 0.45 m and its EF 85mm f/1.8 to
 * 0.85 m, both from the sensor (Wikipedia, "Canon EF 50mm lens" and "Canon EF 85mm lens"), which
 * for a thin lens is 0.15× and 0.13×; newer designs reach a little further (Sony's FE 35mm F1.8:
 * 0.22× at 22 cm). A macro lens focuses to life size, 1:1 (Wikipedia, "Macro photography").
 */
export const ORDINARY_LENS_MAX_MAGNIFICATION = 0.15;
export const MACRO_LENS_MAX_MAGNIFICATION = 1;

/**
 * The closest a lens focuses, measured from the lens as every distance in this tool is: where a
 * thin lens reaches its largest magnification m, s = f (1 + 1/m). An ordinary lens stops at
 * about 1:7 (0.15×); a macro lens reaches life size at twice its focal length.
 */
export function closestFocusM(focalLengthMm: number, macroLens: boolean): number {
  const m = macroLens ? MACRO_LENS_MAX_MAGNIFICATION : ORDINARY_LENS_MAX_MAGNIFICATION;
  return Number(((focalLengthMm * (1 + 1 / m)) / 1000).toFixed(3));
}
