import { closestFocusM } from './dof';
import type { LensSettings } from './describe';
import type { SensorId } from './sensors';
import { DISTANCE_MAX_M, DISTANCE_MIN_M } from './stops';
import type { FocusTarget } from './describe';
import type { LensComparisonId } from './comparisons';
import type { CompareHold } from './study';

/** Everything the lens picker shows, as a reader would share it in a link. */
export interface LensState {
  focalLengthMm: number;
  fNumber: number;
  /** The lens's widest aperture (its maximum), which decides when the blades start to show. */
  maxFNumber: number;
  subjectDistanceM: number;
  /** A macro lens focuses to life size; an ordinary one stops at about 1:7 (closestFocusM). */
  macroLens: boolean;
  sensor: SensorId;
  focus: FocusTarget;
  blades: number;
  roundedBlades: boolean;
  /** A second lens shown beside the first; none when absent. */
  compareWith?: LensComparisonId;
  /** Where the second lens stands: at this lens's distance, or (when absent) framing the person the same. */
  compareHold?: CompareHold;
}

export interface LensPreset {
  id: 'portrait' | 'environmental' | 'street' | 'landscape' | 'product' | 'macro';
  label: string;
  state: Omit<LensState, 'blades' | 'roundedBlades'>;
}

export const lensPresets: readonly LensPreset[] = [
  {
    id: 'portrait',
    label: 'Portrait: 85 mm f/1.8',
    state: { focalLengthMm: 85, fNumber: 1.8, maxFNumber: 1.8, subjectDistanceM: 2, macroLens: false, sensor: 'full-frame', focus: 'eyes' },
  },
  {
    id: 'environmental',
    label: 'Environmental: 35 mm f/2.8',
    state: { focalLengthMm: 35, fNumber: 2.8, maxFNumber: 1.4, subjectDistanceM: 3, macroLens: false, sensor: 'full-frame', focus: 'face' },
  },
  {
    id: 'street',
    label: 'Street: 28 mm f/8',
    state: { focalLengthMm: 28, fNumber: 8, maxFNumber: 2.8, subjectDistanceM: 3, macroLens: false, sensor: 'full-frame', focus: 'face' },
  },
  {
    id: 'landscape',
    label: 'Landscape: 24 mm f/11',
    state: { focalLengthMm: 24, fNumber: 11, maxFNumber: 1.4, subjectDistanceM: 2, macroLens: false, sensor: 'full-frame', focus: 'landscape' },
  },
  {
    id: 'product',
    label: 'Product: 100 mm macro f/8',
    state: { focalLengthMm: 100, fNumber: 8, maxFNumber: 2.8, subjectDistanceM: 0.5, macroLens: true, sensor: 'full-frame', focus: 'product' },
  },
  {
    id: 'macro',
    label: 'Macro 1:1: 100 mm f/11',
    // Life size (1:1) for a thin lens: the subject at twice the focal length.
    state: { focalLengthMm: 100, fNumber: 11, maxFNumber: 2.8, subjectDistanceM: 0.2, macroLens: true, sensor: 'full-frame', focus: 'product' },
  },
];

export const defaultLensState: Readonly<LensState> = Object.freeze({
  ...lensPresets[0]!.state,
  blades: 7,
  roundedBlades: false,
});

/** The preset a state matches in every setting a preset sets (blades aside), or undefined. */
export function matchingLensPreset(state: LensState): LensPreset['id'] | undefined {
  return lensPresets.find((preset) => (Object.keys(preset.state) as (keyof LensPreset['state'])[]).every((key) => state[key] === preset.state[key]))?.id;
}

export function lensSettingsOf(state: LensState, otherWords?: string): LensSettings {
  const { focalLengthMm, fNumber, subjectDistanceM, sensor, focus, macroLens } = state;
  return { focalLengthMm, fNumber, subjectDistanceM, sensor, focus, macroLens, ...(otherWords ? { otherWords } : {}) };
}

/**
 * Keeps a state physically possible after a change: the aperture cannot open wider than the
 * lens's widest aperture (so that follows it), and the focus cannot come closer than the lens
 * allows (life size for a macro lens, about 1:7 for an ordinary one).
 */
export function constrainLensState(state: LensState): LensState {
  const next = { ...state };
  if (next.fNumber < next.maxFNumber) next.maxFNumber = next.fNumber;
  next.subjectDistanceM = Math.min(DISTANCE_MAX_M, Math.max(next.subjectDistanceM, closestFocusM(next.focalLengthMm, next.macroLens), DISTANCE_MIN_M));
  return next;
}
