import '../zod-setup';
import { z } from 'zod/mini';
import { lensComparisonIds } from './comparisons';
import { closestFocusM } from './dof';
import { compareHolds } from './study';
import { focusTargets } from './describe';
import { sensorIds } from './sensors';
import { queryValues, type ShareLinkRead } from '../share-link';
import { lensQueryKeys } from './share';
import { constrainLensState, defaultLensState, type LensState } from './state';
import { apertureStops, BLADES_MAX, BLADES_MIN, DISTANCE_MAX_M, DISTANCE_MIN_M, FOCAL_LENGTH_MAX_MM, FOCAL_LENGTH_MIN_MM } from './stops';

/**
 * Reads the lens picker's state back from a share link. This is the only optics module that
 * needs zod, so the picker imports it on demand, when the page's URL carries lens settings.
 */

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
      macro: z.pipe(z.enum(['0', '1']), z.transform((v) => v === '1')),
      sensor: z.enum(sensorIds),
      focus: z.enum(focusTargets),
      blades: numberParam(BLADES_MIN, BLADES_MAX, true),
      rounded: z.pipe(z.enum(['0', '1']), z.transform((v) => v === '1')),
      cmp: z.enum(lensComparisonIds),
      hold: z.enum(compareHolds),
    }),
  )
  .check(
    z.superRefine((q, ctx) => {
      const focal = q.focal ?? defaultLensState.focalLengthMm;
      const closest = closestFocusM(focal, q.macro ?? true);
      if (q.distance !== undefined && q.distance < closest) {
        ctx.addIssue({ code: 'custom', path: ['distance'], message: `at least ${closest} m for a ${focal} mm ${q.macro === false ? 'ordinary' : 'macro'} lens`, input: q });
      }
      const f = q.f ?? defaultLensState.fNumber;
      if (q.widest !== undefined && q.widest > f) {
        ctx.addIssue({ code: 'custom', path: ['widest'], message: 'the widest aperture cannot be narrower than the aperture in use', input: q });
      }
    }),
  );

/**
 * Reads the picker's state from a query string ("?focal=85&f=1.8…"). Missing values take the
 * defaults; anything malformed yields the whole default state and a message, never an exception.
 */
export function lensFromQuery(query: string): ShareLinkRead<LensState> {
  const raw = queryValues(query, lensQueryKeys);
  if (Object.keys(raw).length === 0) return { state: { ...defaultLensState } };
  const parsed = LensQuerySchema.safeParse(raw);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? 'settings')))];
    return {
      state: { ...defaultLensState },
      message: `This link's lens settings could not be read (${fields.join(', ')}), so the picker shows its defaults instead.`,
    };
  }
  const q = parsed.data;
  const state: LensState = {
    focalLengthMm: q.focal ?? defaultLensState.focalLengthMm,
    fNumber: q.f ?? defaultLensState.fNumber,
    maxFNumber: q.widest ?? Math.min(defaultLensState.maxFNumber, q.f ?? defaultLensState.fNumber),
    subjectDistanceM: q.distance ?? defaultLensState.subjectDistanceM,
    // Links from before the lens type existed: a distance closer than an ordinary lens focuses
    // can only be a macro lens's.
    macroLens: q.macro ?? (q.distance !== undefined && q.distance < closestFocusM(q.focal ?? defaultLensState.focalLengthMm, false)),
    sensor: q.sensor ?? defaultLensState.sensor,
    focus: q.focus ?? defaultLensState.focus,
    blades: q.blades ?? defaultLensState.blades,
    roundedBlades: q.rounded ?? defaultLensState.roundedBlades,
    ...(q.cmp ? { compareWith: q.cmp } : {}),
    ...(q.hold === 'distance' ? { compareHold: q.hold } : {}),
  };
  return { state: constrainLensState(state) };
}
