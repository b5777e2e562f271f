import { closestFocusM, magnification, ORDINARY_LENS_MAX_MAGNIFICATION } from './dof';
import { formatLength } from './format';
import { getSensor, type SensorId } from './sensors';
import { formatFNumber } from './stops';
import { depthPlanes, fieldOfView } from './view';

/** What the photographer focuses on; it decides the focus words of the fragment. */
export const focusTargets = ['eyes', 'face', 'product', 'landscape'] as const;
export type FocusTarget = (typeof focusTargets)[number];

export interface LensSettings {
  focalLengthMm: number;
  fNumber: number;
  subjectDistanceM: number;
  sensor: SensorId;
  focus: FocusTarget;
  /** A macro lens, which focuses to life size; an ordinary lens (about 1:7 at its closest) when absent. */
  macroLens?: boolean;
  /** Other words the reader plans to put in the prompt, checked against the optics. */
  otherWords?: string;
}

export interface LensDescription {
  /** The prompt fragment, in the style of PicassoIA's article: "85mm f/1.8, focus on eyes, background soft". */
  text: string;
  /** Where words (the fragment's own, the focus target's or the reader's) would contradict the optics. */
  warnings: string[];
}

const focusWords: Record<FocusTarget, string | null> = {
  eyes: 'focus on eyes',
  face: 'focus on the face',
  product: 'focus on the product',
  // A landscape names no single subject: its words are about the whole depth.
  landscape: null,
};

/**
 * Beyond a quarter of life size an ordinary lens no longer focuses, so the fragment names a
 * macro lens; at life size (1:1) it says so. Full-frame-equivalent focal lengths of 28 mm and
 * shorter are called wide-angle (BFL's vocabulary lists "24mm wide").
 */
const MACRO_MAGNIFICATION = 0.25;
const LIFE_SIZE_MAGNIFICATION = 0.95;
const WIDE_ANGLE_MAX_EQUIVALENT_MM = 28;

/** A magnification as photographers write it: "1:1 (life size)" at life size, else "1:4", "1:12"… */
export function formatMagnification(m: number): string {
  return m >= LIFE_SIZE_MAGNIFICATION ? '1:1 (life size)' : `1:${(1 / m).toFixed(m > 0.1 ? 1 : 0)}`;
}

/** Phrases a reader might add, grouped by the optics they promise. Matched whole-word, case-insensitive. */
const everythingSharpPhrases = ['everything in sharp focus', 'everything in focus', 'everything sharp', 'all in focus', 'deep focus', 'sharp from front to back'];
const backgroundSharpPhrases = ['sharp background', 'background sharp', 'background in focus', 'background in sharp focus'];
const softBackgroundPhrases = [
  'creamy bokeh',
  'bokeh',
  'blurry background',
  'blurred background',
  'background blur',
  'background soft',
  'soft background',
  'shallow depth of field',
  'out-of-focus background',
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole-phrase matchers: a letter or digit on either side means another word. */
const phraseMatcher = (phrase: string) => ({
  phrase,
  pattern: new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(phrase)}($|[^\\p{L}\\p{N}])`, 'iu'),
});
/**
 * Compiled the first time a reader's words need checking, not when the module loads: building
 * Unicode-aware patterns costs about half a millisecond each, on every page with the lens picker.
 */
const matcherCache = new Map<readonly string[], { phrase: string; pattern: RegExp }[]>();
function matchersFor(phrases: readonly string[]) {
  let matchers = matcherCache.get(phrases);
  if (!matchers) matcherCache.set(phrases, (matchers = phrases.map(phraseMatcher)));
  return matchers;
}

function findPhrases(words: string, phrases: readonly string[]): string[] {
  if (words === '') return [];
  const found = matchersFor(phrases)
    .filter(({ pattern }) => pattern.test(words))
    .map(({ phrase }) => phrase);
  // "creamy bokeh" already covers "bokeh": report the longest phrase only.
  return found.filter((phrase) => !found.some((other) => other !== phrase && other.includes(phrase)));
}

export function describeLens(settings: LensSettings): LensDescription {
  const { focalLengthMm: f, fNumber: N, subjectDistanceM: s, focus } = settings;
  const sensor = getSensor(settings.sensor);
  const { dof, planes } = depthPlanes({ focalLengthMm: f, fNumber: N, subjectDistanceM: s, sensor });
  const [foreground, , background] = planes;
  const m = magnification(f, s);
  const aperture = `f/${formatFNumber(N)}`;
  const at = `${aperture} focused at ${formatLength(s)}`;
  const sharpZone = `only ${formatLength(dof.nearM)} to ${formatLength(dof.farM)} is sharp`;

  const parts: string[] = [];
  if (m >= MACRO_MAGNIFICATION) {
    parts.push(`${Math.round(f)}mm macro lens`);
    if (m >= LIFE_SIZE_MAGNIFICATION) parts.push('1:1 magnification');
    parts.push(aperture);
  } else if (fieldOfView(f, sensor).fullFrameEquivalentMm <= WIDE_ANGLE_MAX_EQUIVALENT_MM) {
    parts.push(`${Math.round(f)}mm wide-angle lens`, aperture);
  } else {
    parts.push(`${Math.round(f)}mm ${aperture}`);
  }
  const focusPhrase = focusWords[focus];
  if (focusPhrase) parts.push(focusPhrase);

  const everythingSharp = foreground.sharpness === 'sharp' && background.sharpness === 'sharp';
  if (everythingSharp) parts.push('everything in sharp focus');
  else if (background.sharpness === 'sharp') parts.push('background sharp');
  else if (background.sharpness === 'slightly soft') parts.push('background slightly soft');
  else parts.push('background soft');

  const warnings: string[] = [];
  if (focus === 'landscape' && !everythingSharp) {
    warnings.push(
      `A landscape usually wants everything sharp, but at ${at} ${sharpZone}. BFL's vocabulary puts "everything sharp" at f/8–f/16: stop down, or focus at the hyperfocal distance (${formatLength(dof.hyperfocalM)}) so that everything from about half of it to infinity is sharp.`,
    );
  }

  const words = settings.otherWords ?? '';
  for (const phrase of findPhrases(words, everythingSharpPhrases)) {
    if (!everythingSharp) {
      warnings.push(
        `"${phrase}" contradicts the optics: at ${at} ${sharpZone}, so the ${foreground.sharpness === 'sharp' ? 'background' : 'foreground'} is ${foreground.sharpness === 'sharp' ? background.sharpness : foreground.sharpness}. Stop down (f/8–f/16) or drop the phrase.`,
      );
    }
  }
  for (const phrase of findPhrases(words, backgroundSharpPhrases)) {
    if (background.sharpness !== 'sharp') {
      warnings.push(`"${phrase}" contradicts the optics: at ${at} the background (${formatLength(background.distanceM)}) is ${background.sharpness}.`);
    }
  }
  for (const phrase of findPhrases(words, softBackgroundPhrases)) {
    if (background.sharpness === 'sharp' || background.sharpness === 'slightly soft') {
      warnings.push(
        `"${phrase}" contradicts the optics: at ${at} the background (${formatLength(background.distanceM)}) is ${background.sharpness}. For a soft background open up (BFL's vocabulary: f/1.4–f/2.8), come closer or use a longer lens.`,
      );
    }
  }
  const closest = closestFocusM(f, settings.macroLens ?? false);
  if (s < closest) {
    warnings.push(
      settings.macroLens
        ? `A ${Math.round(f)} mm macro lens focuses no closer than ${formatLength(closest)}, where it shows the subject life size.`
        : `An ordinary ${Math.round(f)} mm lens focuses no closer than about ${formatLength(closest)}; a macro lens comes closer.`,
    );
  }
  return { text: parts.join(', '), warnings };
}

/**
 * The picker's note under its focus distance: how close this lens focuses (ordinary or macro,
 * see closestFocusM) and what the subject's size on the sensor is there.
 */
export function closestFocusNote(focalLengthMm: number, macroLens: boolean): string {
  const f = Math.round(focalLengthMm);
  const closest = formatLength(closestFocusM(focalLengthMm, macroLens));
  return macroLens
    ? `From the lens. As a macro lens, this ${f} mm focuses down to ${closest}, where it shows the subject life size (1:1).`
    : `From the lens. An ordinary ${f} mm lens focuses down to about ${closest}, where the subject is about a seventh of life size (${formatMagnification(ORDINARY_LENS_MAX_MAGNIFICATION)}); a macro lens comes closer.`;
}
