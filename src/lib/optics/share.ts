import type { LensState } from './state';
import { formatFNumber } from './stops';

/**
 * The lens picker's share link (the shape every widget's link has: src/lib/share-link.ts).
 * ./share-parse reads it back with zod, on demand.
 */

/** The picker's own query keys. */
export const lensQueryKeys = ['focal', 'f', 'widest', 'distance', 'macro', 'sensor', 'focus', 'blades', 'rounded', 'cmp', 'hold'] as const;

/**
 * The query string that restores `state`, without "?". Always short enough for a link; the
 * study render also tags its frames with it, so a reader of the pixels knows what they show.
 */
export function lensToQuery(state: LensState): string {
  return new URLSearchParams({
    focal: String(Math.round(state.focalLengthMm)),
    f: formatFNumber(state.fNumber),
    widest: formatFNumber(state.maxFNumber),
    distance: String(Number(state.subjectDistanceM.toFixed(3))),
    // Written only for a macro lens: a link without it is an ordinary lens (or, when its distance
    // is closer than an ordinary lens focuses, a link from before the choice existed: a macro lens).
    ...(state.macroLens ? { macro: '1' } : {}),
    sensor: state.sensor,
    focus: state.focus,
    blades: String(state.blades),
    rounded: state.roundedBlades ? '1' : '0',
    ...(state.compareWith ? { cmp: state.compareWith } : {}),
    ...(state.compareWith && state.compareHold === 'distance' ? { hold: 'distance' } : {}),
  }).toString();
}
