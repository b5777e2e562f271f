import type { Claim } from './claims';
import { relations, roles } from './lexicon';

/**
 * Numbers are words too: "f/16" asks for deep focus, "1/4000 s" for frozen motion, "2700K" for
 * warm light. Each reader returns claims with the number and the words it came from.
 */

type NumberClaim = Omit<Claim, 'text'>;

const notAfterWord = '(?<![\\p{L}\\p{N}/.])';
const notBeforeWord = '(?![\\p{L}\\p{N}])';

/** Film gauges people name as "35mm": "35mm film", "shot on 35mm" mean the medium, not a focal length. */
const filmAfter = /^\s*(?:film|analog|analogue|photo(?:graph)?s?|negatives?|slides?|format|stills?|frames?|kodak|fuji|portra|cinestill|ilford)\b/iu;
const filmGauges = new Set([8, 16, 35, 65, 70, 120]);

const focalPattern = new RegExp(`${notAfterWord}(\\d{1,4}(?:\\.\\d+)?)(?:\\s?[-–]\\s?(\\d{1,4}))?[\\s-]?mm${notBeforeWord}`, 'giu');

export function readFocalLengths(text: string): NumberClaim[] {
  const claims: NumberClaim[] = [];
  for (const m of text.matchAll(focalPattern)) {
    const start = m.index;
    const end = start + m[0].length;
    const mm = Number(m[1]);
    const after = text.slice(end, end + 24);
    const before = text.slice(Math.max(0, start - 12), start);
    const bareShotOn = /\bon\s+$/i.test(before) && /^\s*(?:[,.;]|$)/u.test(after);
    if (filmGauges.has(mm) && (filmAfter.test(after) || bareShotOn)) {
      claims.push({ facet: 'medium', value: 'film', start, end: end + (filmAfter.exec(after)?.[0].length ?? 0) });
      continue;
    }
    // A zoom range ("24-70mm") is a lens, not one focal length.
    if (m[2] !== undefined) {
      claims.push({ facet: 'focal', value: 'zoom', start, end });
      continue;
    }
    if (mm < 4 || mm > 2000) continue;
    claims.push({ facet: 'focal', value: String(mm), number: mm, start, end });
  }
  return claims;
}

const commonStops = '1\\.0|1\\.2|1\\.4|1\\.7|1\\.8|2|2\\.0|2\\.5|2\\.8|3\\.5|4|4\\.5|5\\.6|6\\.3|8|9|10|11|13|14|16|18|20|22|32|45|64';
const aperturePattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:[fƒ]\\s?\\/\\s?(\\d{1,2}(?:\\.\\d{1,2})?)|f\\s?(${commonStops})|aperture (?:of |at )?f?(${commonStops}))(?![\\p{N}]|\\.\\d|\\p{L})`,
  'giu',
);

export function readApertures(text: string): NumberClaim[] {
  const claims: NumberClaim[] = [];
  for (const m of text.matchAll(aperturePattern)) {
    const f = Number(m[1] ?? m[2] ?? m[3]);
    if (!(f >= 0.7 && f <= 128)) continue;
    claims.push({ facet: 'aperture', value: String(f), number: f, start: m.index, end: m.index + m[0].length });
  }
  return claims;
}

/** Shutter speeds photographers write as fractions without a unit. */
const commonDenominators = new Set([2, 3, 4, 5, 8, 10, 15, 20, 25, 30, 40, 50, 60, 80, 100, 125, 160, 200, 250, 320, 400, 500, 640, 800, 1000, 1250, 1600, 2000, 3200, 4000, 8000, 16000]);
const fractionPattern = /(?<![\p{L}\p{N}/.])1\s?\/\s?(\d{1,5})(\s?(?:s|sec|secs|seconds?)(?![\p{L}\p{N}]))?(?![\p{L}\p{N}/])/giu;
const secondsPattern =
  /(?<![\p{L}\p{N}/.])(\d{1,3}(?:\.\d+)?)[ -]?(?:s|sec|secs|seconds?)(?:[ -]long)?[ -](?:exposure|shutter)(?![\p{L}])|(?<![\p{L}\p{N}])(?:exposure|shutter speed|shutter)(?: of|:)? (\d{1,3}(?:\.\d+)?) ?(?:s|sec|secs|seconds?)(?![\p{L}\p{N}])/giu;

/** 1/250 s and faster freeze most motion; 1/60 s and slower blur it (or, panned, streak the background). */
export const FROZEN_AT_OR_FASTER_S = 1 / 250;
export const BLURS_AT_OR_SLOWER_S = 1 / 60;

function shutterValue(seconds: number): string {
  if (seconds <= FROZEN_AT_OR_FASTER_S) return 'frozen';
  if (seconds >= BLURS_AT_OR_SLOWER_S) return 'slow';
  return 'moderate';
}

export function readShutterSpeeds(text: string): NumberClaim[] {
  const claims: NumberClaim[] = [];
  for (const m of text.matchAll(fractionPattern)) {
    const denominator = Number(m[1]);
    const context = text.slice(Math.max(0, m.index - 24), m.index);
    if (m[2] === undefined && !commonDenominators.has(denominator) && !/shutter|exposure|speed/i.test(context)) continue;
    if (m[2] === undefined && !/shutter|exposure|speed|\bat\s*$/i.test(context) && denominator < 15) continue;
    const seconds = 1 / denominator;
    claims.push({ facet: 'shutter', value: shutterValue(seconds), number: seconds, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(secondsPattern)) {
    const seconds = Number(m[1] ?? m[2]);
    if (!(seconds > 0)) continue;
    claims.push({ facet: 'shutter', value: shutterValue(seconds), number: seconds, start: m.index, end: m.index + m[0].length });
  }
  return claims;
}

/** ISO 200 and below gives a clean file; ISO 1600 and above shows noise or grain. */
export const CLEAN_AT_OR_BELOW_ISO = 200;
export const GRAINY_AT_OR_ABOVE_ISO = 1600;
const isoPattern = /(?<![\p{L}\p{N}])iso[ -]?(\d{2,6})(?![\p{L}\p{N}])/giu;

export function readIso(text: string): NumberClaim[] {
  const claims: NumberClaim[] = [];
  for (const m of text.matchAll(isoPattern)) {
    const iso = Number(m[1]);
    if (iso < 25 || iso > 409_600) continue;
    const range = { start: m.index, end: m.index + m[0].length };
    claims.push({ facet: 'iso', value: String(iso), number: iso, ...range });
    if (iso <= CLEAN_AT_OR_BELOW_ISO) claims.push({ facet: 'grain', value: 'clean', ...range });
    if (iso >= GRAINY_AT_OR_ABOVE_ISO) claims.push({ facet: 'grain', value: 'grainy', ...range });
  }
  return claims;
}

const kelvinPattern = /(?<![\p{L}\p{N}])(\d{1,2},?\d{3})\s?(?:k|kelvin)(?![\p{L}\p{N}])/giu;

/** Below about 4000 K light reads warm (tungsten is 2700–3200 K); above about 6000 K it reads cool (shade, overcast sky). */
export function readKelvin(text: string): NumberClaim[] {
  const claims: NumberClaim[] = [];
  for (const m of text.matchAll(kelvinPattern)) {
    const kelvin = Number(m[1]!.replace(',', ''));
    if (kelvin < 1000 || kelvin > 20_000) continue;
    const value = kelvin < 4000 ? 'warm' : kelvin > 6000 ? 'cool' : 'neutral';
    claims.push({ facet: 'warmth', value, number: kelvin, start: m.index, end: m.index + m[0].length });
  }
  return claims;
}

const countWords: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  'a couple of': 2,
  'a pair of': 2,
  'a few': 3,
  several: 4,
  'a group of': 5,
  'a handful of': 4,
  'a dozen': 12,
  'dozens of': 24,
  'a crowd of': 30,
  many: 10,
  hundreds: 100,
};
const peopleNouns =
  'people|persons|women|men|girls|boys|children|kids|friends|teenagers|teens|sisters|brothers|siblings|adults|ladies|guys|figures|' +
  `colleagues|twins|bridesmaids|parents|grandparents|(?:${roles})s?`;
const peoplePattern = new RegExp(
  `(?<![\\p{L}\\p{N}/.])(${Object.keys(countWords).join('|')}|\\d{1,3}) (?:(?!(?:no|not|without|of) )[\\p{L}-]+ ){0,2}?(?:${peopleNouns})(?![\\p{L}\\p{N}])`,
  'giu',
);
const pairPattern = /(?<![\p{L}\p{N}])(?:bride and groom|newlyweds|a couple|the couple|couple|mother and (?:daughter|son)|father and (?:daughter|son)|twins|two of them)(?![\p{L}\p{N}])/giu;
/** Two people named together: "a grandfather and his grandson", "a chef with her apprentice". */
const someone = `(?:${relations}|(?:${roles})s?)`;
const namedPairPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])${someone} (?:and|with) (?:a |an |the |her |his |their |my |its )?${someone}(?![\\p{L}\\p{N}])`,
  'giu',
);
const crowdPattern = /(?<![\p{L}\p{N}])(?:crowds?|audience|packed|throngs?|busy street|bustling)(?![\p{L}\p{N}])/giu;

/** How many people the words name, where they say. */
export function readHeadcount(text: string): NumberClaim[] {
  const claims: NumberClaim[] = [];
  for (const m of text.matchAll(peoplePattern)) {
    const word = m[1]!.toLowerCase();
    const count = countWords[word] ?? Number(word);
    if (!(count > 0)) continue;
    claims.push({ facet: 'people', value: String(count), number: count, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(pairPattern)) claims.push({ facet: 'people', value: '2', number: 2, start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(namedPairPattern)) claims.push({ facet: 'people', value: '2', number: 2, start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(crowdPattern)) claims.push({ facet: 'people', value: 'crowd', number: 30, start: m.index, end: m.index + m[0].length });
  return claims;
}
