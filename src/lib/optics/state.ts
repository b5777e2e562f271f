import '../zod-setup';
import { z } from 'zod/mini';
import { closestFocusM } from './dof';
import { focusTargets, type LensSettings } from './describe';
import { sensorIds, type SensorId } from './sensors';
import {
  apertureStops,
  BLADES_MAX,
  BLADES_MIN,
  DISTANCE_MAX_M,
  DISTANCE_MIN_M,
  FOCAL_LENGTH_MAX_MM,
  FOCAL_LENGTH_MIN_MM,
  formatFNumber,
} from './stops';
import type { FocusTarget } from './describe';

/** Everything the lens picker shows, as a reader would share it in a link. */
export interface LensState {
  focalLengthMm: number;
  fNumber: number;
  /** The lens's widest aperture (its maximum), which decides when the blades start to show. */
  maxFNumber: number;
  subjectDistanceM: number;
  sensor: SensorId;
  focus: FocusTarget;
  blades: number;
  roundedBlades: boolean;
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
    state: { focalLengthMm: 85, fNumber: 1.8, maxFNumber: 1.8, subjectDistanceM: 2, sensor: 'full-frame', focus: 'eyes' },
  },
  {
    id: 'environmental',
    label: 'Environmental: 35 mm f/2.8',
    state: { focalLengthMm: 35, fNumber: 2.8, maxFNumber: 1.4, subjectDistanceM: 3, sensor: 'full-frame', focus: 'face' },
  },
  {
    id: 'street',
    label: 'Street: 28 mm f/8',
    state: { focalLengthMm: 28, fNumber: 8, maxFNumber: 2.8, subjectDistanceM: 3, sensor: 'full-frame', focus: 'face' },
  },
  {
    id: 'landscape',
    label: 'Landscape: 24 mm f/11',
    state: { focalLengthMm: 24, fNumber: 11, maxFNumber: 1.4, subjectDistanceM: 2, sensor: 'full-frame', focus: 'landscape' },
  },
  {
    id: 'product',
    label: 'Product: 100 mm macro f/8',
    state: { focalLengthMm: 100, fNumber: 8, maxFNumber: 2.8, subjectDistanceM: 0.5, sensor: 'full-frame', focus: 'product' },
  },
  {
    id: 'macro',
    label: 'Macro 1:1: 100 mm f/11',
    // Life size (1:1) for a thin lens: the subject at twice the focal length.
    state: { focalLengthMm: 100, fNumber: 11, maxFNumber: 2.8, subjectDistanceM: 0.2, sensor: 'full-frame', focus: 'product' },
  },
];

export const defaultLensState: Readonly<LensState> = Object.freeze({
  ...lensPresets[0]!.state,
  blades: 7,
  roundedBlades: false,
});

export function lensSettingsOf(state: LensState, otherWords?: string): LensSettings {
  const { focalLengthMm, fNumber, subjectDistanceM, sensor, focus } = state;
  return { focalLengthMm, fNumber, subjectDistanceM, sensor, focus, ...(otherWords ? { otherWords } : {}) };
}

/**
 * Keeps a state physically possible after a change: the aperture cannot open wider than the
 * lens's widest aperture (so that follows it), and the focus cannot come closer than life size.
 */
export function constrainLensState(state: LensState): LensState {
  const next = { ...state };
  if (next.fNumber < next.maxFNumber) next.maxFNumber = next.fNumber;
  next.subjectDistanceM = Math.min(DISTANCE_MAX_M, Math.max(next.subjectDistanceM, closestFocusM(next.focalLengthMm), DISTANCE_MIN_M));
  return next;
}

// ---- The URL query string ------------------------------------------------------------

// zod's small "mini" build: the picker parses its URL on load, so the schema ships to the browser.
const apertureParam = z.pipe(
  z.string().check(z.regex(/^\d+(\.\d+)?$/, 'a plain number')),
  z.pipe(
    z.transform(Number),
    z.number().check(z.refine((n) => (apertureStops as readonly number[]).includes(n), 'an aperture from f/0.95 to f/22 in third stops')),
  ),
);

const numberParam = (min: number, max: number, integer = false) =>
  z.pipe(
    z.string().check(z.regex(integer ? /^\d+$/ : /^\d+(\.\d+)?$/, integer ? 'a whole number' : 'a plain number')),
    z.pipe(z.transform(Number), z.number().check(z.minimum(min), z.maximum(max))),
  );

export const LensQuerySchema = z
  .partial(
    z.object({
      focal: numberParam(FOCAL_LENGTH_MIN_MM, FOCAL_LENGTH_MAX_MM, true),
      f: apertureParam,
      widest: apertureParam,
      distance: numberParam(DISTANCE_MIN_M, DISTANCE_MAX_M),
      sensor: z.enum(sensorIds),
      focus: z.enum(focusTargets),
      blades: numberParam(BLADES_MIN, BLADES_MAX, true),
      rounded: z.pipe(z.enum(['0', '1']), z.transform((v) => v === '1')),
    }),
  )
  .check(
    z.superRefine((q, ctx) => {
      const focal = q.focal ?? defaultLensState.focalLengthMm;
      if (q.distance !== undefined && q.distance < closestFocusM(focal)) {
        ctx.addIssue({ code: 'custom', path: ['distance'], message: `at least ${closestFocusM(focal)} m for a ${focal} mm lens`, input: q });
      }
      const f = q.f ?? defaultLensState.fNumber;
      if (q.widest !== undefined && q.widest > f) {
        ctx.addIssue({ code: 'custom', path: ['widest'], message: 'the widest aperture cannot be narrower than the aperture in use', input: q });
      }
    }),
  );

export type LensQueryResult = { state: LensState; error?: string };

const queryKeys = ['focal', 'f', 'widest', 'distance', 'sensor', 'focus', 'blades', 'rounded'] as const;

/**
 * Reads the picker's state from a query string ("?focal=85&f=1.8…"). Missing values take the
 * defaults; anything malformed yields the whole default state and a message, never an exception.
 */
export function parseLensQuery(search: string): LensQueryResult {
  const params = new URLSearchParams(search);
  const raw: Record<string, string> = {};
  for (const key of queryKeys) {
    const value = params.get(key);
    if (value !== null) raw[key] = value;
  }
  if (Object.keys(raw).length === 0) return { state: { ...defaultLensState } };
  const parsed = LensQuerySchema.safeParse(raw);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? 'settings')))];
    return {
      state: { ...defaultLensState },
      error: `This link's lens settings could not be read (${fields.join(', ')}), so the picker shows its defaults instead.`,
    };
  }
  const q = parsed.data;
  const state: LensState = {
    focalLengthMm: q.focal ?? defaultLensState.focalLengthMm,
    fNumber: q.f ?? defaultLensState.fNumber,
    maxFNumber: q.widest ?? Math.min(defaultLensState.maxFNumber, q.f ?? defaultLensState.fNumber),
    subjectDistanceM: q.distance ?? defaultLensState.subjectDistanceM,
    sensor: q.sensor ?? defaultLensState.sensor,
    focus: q.focus ?? defaultLensState.focus,
    blades: q.blades ?? defaultLensState.blades,
    roundedBlades: q.rounded ?? defaultLensState.roundedBlades,
  };
  return { state: constrainLensState(state) };
}

/** The query string that restores `state` (without the leading "?"). */
export function lensQuery(state: LensState): string {
  return new URLSearchParams({
    focal: String(Math.round(state.focalLengthMm)),
    f: formatFNumber(state.fNumber),
    widest: formatFNumber(state.maxFNumber),
    distance: String(Number(state.subjectDistanceM.toFixed(3))),
    sensor: state.sensor,
    focus: state.focus,
    blades: String(state.blades),
    rounded: state.roundedBlades ? '1' : '0',
  }).toString();
}
