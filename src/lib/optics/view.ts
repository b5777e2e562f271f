import { depthOfField, magnification, type DepthOfField } from './dof';
import type { SensorFormat } from './sensors';

/** Angle of view in degrees across one sensor dimension, for a lens focused at infinity: 2·atan(d / 2f). */
export function angleOfViewDeg(sensorDimensionMm: number, focalLengthMm: number): number {
  return (2 * Math.atan(sensorDimensionMm / (2 * focalLengthMm)) * 180) / Math.PI;
}

export interface FieldOfView {
  horizontalDeg: number;
  verticalDeg: number;
  diagonalDeg: number;
  /** The focal length that gives the same view on full frame. */
  fullFrameEquivalentMm: number;
}

export function fieldOfView(focalLengthMm: number, sensor: SensorFormat): FieldOfView {
  return {
    horizontalDeg: angleOfViewDeg(sensor.widthMm, focalLengthMm),
    verticalDeg: angleOfViewDeg(sensor.heightMm, focalLengthMm),
    diagonalDeg: angleOfViewDeg(Math.hypot(sensor.widthMm, sensor.heightMm), focalLengthMm),
    fullFrameEquivalentMm: focalLengthMm * sensor.cropFactor,
  };
}

/**
 * Diameter on the sensor (mm) of the blur disc of a point at `pointDistanceM` when the lens
 * is focused at `subjectDistanceM`: b = (f·m / N) · |d − s| / d, with m = f / (s − f).
 */
export function blurDiscMm(focalLengthMm: number, fNumber: number, subjectDistanceM: number, pointDistanceM: number): number {
  if (!Number.isFinite(pointDistanceM)) return (focalLengthMm * magnification(focalLengthMm, subjectDistanceM)) / fNumber;
  const s = subjectDistanceM * 1000;
  const d = pointDistanceM * 1000;
  return ((focalLengthMm * magnification(focalLengthMm, subjectDistanceM)) / fNumber) * (Math.abs(d - s) / d);
}

/** The blur disc as a share (0–1) of the frame's width, which is how big it looks in the picture. */
export function blurShareOfFrame(blurMm: number, sensor: SensorFormat): number {
  return blurMm / sensor.widthMm;
}

/** How sharp a plane looks, in words: inside the depth of field it is sharp, outside by blur disc size. */
export const sharpnessLevels = ['sharp', 'slightly soft', 'soft', 'very soft'] as const;
export type Sharpness = (typeof sharpnessLevels)[number];

export function sharpnessOf(distanceM: number, dof: DepthOfField, blurMm: number, cocMm: number): Sharpness {
  if (distanceM >= dof.nearM && distanceM <= dof.farM) return 'sharp';
  const ratio = blurMm / cocMm;
  // Thresholds in circles of confusion (1 c ≈ 1/1200 of the frame width): up to ten is a gentle
  // softening where shapes stay readable; beyond forty, detail dissolves into discs.
  if (ratio <= 10) return 'slightly soft';
  if (ratio <= 40) return 'soft';
  return 'very soft';
}

export type PlaneName = 'foreground' | 'subject' | 'background';

export interface DepthPlane {
  name: PlaneName;
  distanceM: number;
  blurMm: number;
  /** Blur disc as a share of the frame width (0–1). */
  blurShare: number;
  sharpness: Sharpness;
}

/**
 * The three planes the diagram and the fragment reason about: a foreground at half the focus
 * distance, the subject at the focus distance, a background at four times it.
 */
export const FOREGROUND_FACTOR = 0.5;
export const BACKGROUND_FACTOR = 4;

export interface PlaneInput {
  focalLengthMm: number;
  fNumber: number;
  subjectDistanceM: number;
  sensor: SensorFormat;
}

export function depthPlanes({ focalLengthMm, fNumber, subjectDistanceM, sensor }: PlaneInput): {
  dof: DepthOfField;
  planes: [DepthPlane, DepthPlane, DepthPlane];
} {
  const dof = depthOfField({ focalLengthMm, fNumber, subjectDistanceM, cocMm: sensor.cocMm });
  const plane = (name: PlaneName, distanceM: number): DepthPlane => {
    const blurMm = blurDiscMm(focalLengthMm, fNumber, subjectDistanceM, distanceM);
    return {
      name,
      distanceM,
      blurMm,
      blurShare: blurShareOfFrame(blurMm, sensor),
      sharpness: name === 'subject' ? 'sharp' : sharpnessOf(distanceM, dof, blurMm, sensor.cocMm),
    };
  };
  return {
    dof,
    planes: [
      plane('foreground', subjectDistanceM * FOREGROUND_FACTOR),
      plane('subject', subjectDistanceM),
      plane('background', subjectDistanceM * BACKGROUND_FACTOR),
    ],
  };
}
