import { depthOfField, magnification } from './dof';
import { formatLength } from './format';
import { lensComparisons, type LensComparisonId } from './comparisons';
import { getSensor } from './sensors';
import type { LensState } from './state';
import { formatFNumber } from './stops';
import { comparisonDistanceM, STUDY_BACKGROUND_BEHIND_M, type CompareHold } from './study';
import { blurDiscMm, blurShareOfFrame } from './view';

/**
 * Two lenses side by side, as a photographer asks the question: "for a portrait at 2 m, what
 * does a 35 mm f/1.4 give me that an 85 mm f/1.8 does not?" (the second lens's distance: see
 * comparisonDistanceM in ./study).
 */
export interface LensNumbers {
  label: string;
  focalLengthMm: number;
  fNumber: number;
  subjectDistanceM: number;
  /** Depth of field around the person, metres (Infinity past the hyperfocal distance). */
  depthOfFieldM: number;
  /** The street behind: its blur disc as a share of the frame's width. */
  backgroundBlurShare: number;
  /** Magnification at the person: how large they are on the sensor. */
  magnification: number;
}

export interface LensComparison {
  hold: CompareHold;
  a: LensNumbers;
  b: LensNumbers;
  /** One or two sentences on what differs, in a photographer's words. */
  sentence: string;
}

function numbersOf(state: Pick<LensState, 'focalLengthMm' | 'fNumber' | 'subjectDistanceM' | 'sensor'>): LensNumbers {
  const { focalLengthMm, fNumber, subjectDistanceM } = state;
  const dof = depthOfField({ focalLengthMm, fNumber, subjectDistanceM, cocMm: getSensor(state.sensor).cocMm });
  const blurMm = blurDiscMm(focalLengthMm, fNumber, subjectDistanceM, subjectDistanceM + STUDY_BACKGROUND_BEHIND_M);
  return {
    label: `${Math.round(focalLengthMm)} mm f/${formatFNumber(fNumber)}`,
    focalLengthMm,
    fNumber,
    subjectDistanceM,
    depthOfFieldM: dof.totalM,
    backgroundBlurShare: blurShareOfFrame(blurMm, getSensor(state.sensor)),
    magnification: magnification(focalLengthMm, subjectDistanceM),
  };
}

/** "2.4 times" or "about the same": a ratio as a sentence says it. */
function times(ratio: number): string {
  return `${ratio.toFixed(ratio >= 10 ? 0 : 1)} times`;
}

function compareSentence(hold: CompareHold, a: LensNumbers, b: LensNumbers): string {
  const [wide, long] = a.focalLengthMm <= b.focalLengthMm ? [a, b] : [b, a];
  const blurRatio = long.backgroundBlurShare / wide.backgroundBlurShare;
  const blur =
    blurRatio > 1.15
      ? `the ${long.label} blurs the street ${times(blurRatio)} as much as the ${wide.label}`
      : blurRatio < 1 / 1.15
        ? `the ${wide.label} blurs the street ${times(1 / blurRatio)} as much as the ${long.label}`
        : 'both blur the street about the same';
  const depth =
    Number.isFinite(a.depthOfFieldM) && Number.isFinite(b.depthOfFieldM)
      ? `their sharp zones are ${formatLength(a.depthOfFieldM)} (${a.label}) and ${formatLength(b.depthOfFieldM)} (${b.label}) deep`
      : `the ${Number.isFinite(a.depthOfFieldM) ? b.label : a.label} is sharp from near the person to infinity`;
  if (hold === 'distance') {
    const sizeRatio = long.magnification / wide.magnification;
    return `From the same ${formatLength(a.subjectDistanceM)}, the ${long.label} shows the person ${times(sizeRatio)} as large as the ${wide.label} does, and ${blur}; ${depth}.`;
  }
  return `Framing the person the same, the ${wide.label} stands ${formatLength(wide.subjectDistanceM)} away and the ${long.label} ${formatLength(long.subjectDistanceM)}; ${blur}, and ${depth}.`;
}

/** The reader's lens and a second one, with their numbers and a sentence on what differs. */
export function compareLenses(state: LensState, withId: LensComparisonId, hold: CompareHold): LensComparison {
  const other = lensComparisons.find((c) => c.id === withId);
  if (!other) throw new Error(`Unknown comparison lens "${withId}"`);
  const a = numbersOf(state);
  const b = numbersOf({ ...state, focalLengthMm: other.focalLengthMm, fNumber: other.fNumber, subjectDistanceM: comparisonDistanceM(state, other.focalLengthMm, hold) });
  return { hold, a, b, sentence: compareSentence(hold, a, b) };
}
