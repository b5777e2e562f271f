import { findFragments } from './phrase-match';
import type { Claim, Facet } from './claims';
import { lexicon, type WordFacet } from './lexicon';
import { readApertures, readFocalLengths, readHeadcount, readIso, readKelvin, readShutterSpeeds } from './numbers';
import { refusedThingOf } from './refused';

/** What a prompt says about the photograph: every claim, in text order, and what could not be read. */
export interface PromptReading {
  /** The text that was read (the prompt, or its first READ_MAX_CHARS characters). */
  text: string;
  claims: Claim[];
  /** Sentences for the reader about what the reading left out (a very long paste, a script it does not read). */
  unread: string[];
}

/**
 * Far past every model's token limit (512 tokens is about 2,500 characters): the rest of a longer
 * paste is not read, so reading stays quick on anything a reader can paste.
 */
export const READ_MAX_CHARS = 20_000;

const compiled = (Object.entries(lexicon) as [WordFacet, Record<string, string>][]).map(([facet, values]) => {
  const names = Object.keys(values);
  const source = names.map((name) => `(${values[name]})`).join('|');
  return { facet, names, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'giu') };
});

/** Values whose words already carry their negation ("not plastic-looking" names the problem). */
const negationInWords = new Set<string>(['plastic-skin']);
const negatedBefore = /(?:^|[^\p{L}])(?:no|not|non|without|avoid|avoiding|never|zero|lacking|instead of)\s+((?:[\p{L}'’-]+\s+)?)$/iu;
/** A phrase that opens with a preposition starts afresh: in "without glasses at night" the night is not negated. */
const opensWithPreposition = /^(?:at|in|on|during|under|by|with|from|near|behind|before|after)\s/iu;

/**
 * Where the words between a no/not/without and `start` begin, when such a negator in the same
 * clause, a word or two before, reaches the words at `start`; undefined when none does.
 */
function negationReach(text: string, start: number): number | undefined {
  if (opensWithPreposition.test(text.slice(start, start + 8))) return undefined;
  const before = text.slice(Math.max(0, start - 40), start);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1);
  const m = negatedBefore.exec(clause);
  return m ? start - m[1]!.length : undefined;
}

/**
 * True when a no/not/without governs the claim's words. A negator governs the first thing it
 * names: in "no blur black and white" the blur is refused, not the black and white after it.
 */
function isNegated(text: string, claim: Claim, all: readonly Claim[]): boolean {
  if (negationInWords.has(claim.value)) return false;
  const reach = negationReach(text, claim.start);
  if (reach === undefined) return false;
  const between = text.slice(reach, claim.start).trim();
  const refusesSomethingBefore = (between !== '' && refusedThingOf(between) !== undefined) || all.some((other) => other.start >= reach && other.end <= claim.start);
  return !refusesSomethingBefore;
}

function readWords(text: string): Claim[] {
  const found: Claim[] = [];
  for (const { facet, names, pattern } of compiled) {
    for (const m of text.matchAll(pattern)) {
      const group = m.slice(1).findIndex((g) => g !== undefined);
      if (group < 0 || m[0] === '') continue;
      found.push({ facet, value: names[group]!, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  // The camera's own words name no subject: the drone in "drone shot" is where the camera is.
  const cameraPlaces = found.filter((claim) => claim.facet === 'camera-height');
  const isCameraWord = (claim: Claim) => claim.facet === 'subject' && cameraPlaces.some((place) => place.start <= claim.start && place.end >= claim.end);
  return found.filter((claim) => !isCameraWord(claim) && !isNegated(text, claim, found));
}

/** The prompt split into clauses (at commas, semicolons, line breaks and full stops, but not the one in "f/1.8"), with positions. */
export function clauses(text: string): { text: string; start: number; end: number }[] {
  return [...text.matchAll(/(?:[^,.;\n]|\.(?=\S))+/gu)].map((m) => {
    const leading = m[0].length - m[0].trimStart().length;
    const clause = m[0].trim();
    return { text: clause, start: m.index + leading, end: m.index + leading + clause.length };
  });
}

/** "left" or "right" if the clause puts a main light on that side; fills, rims and reflectors don't count. */
function keyLightSide(clause: string): 'left' | 'right' | undefined {
  if (!/\b(?:light|lit|lighting|lamp|sun|sunlight|window|key)\b/i.test(clause)) return undefined;
  if (/\b(?:fill|card|reflector|bounce|rim|backlight|back light|kicker|hair light|accent)\b/i.test(clause)) return undefined;
  const side = /\bfrom (?:the )?(?:upper |lower |top |bottom |camera |frame |far )?(left|right)\b/i.exec(clause);
  return side ? (side[1]!.toLowerCase() as 'left' | 'right') : undefined;
}

function readKeySides(text: string): Claim[] {
  if (!/\bleft\b/i.test(text) || !/\bright\b/i.test(text)) return [];
  return clauses(text).flatMap((clause) => {
    const side = keyLightSide(clause.text);
    return side ? [{ facet: 'key-side' as const, value: side, start: clause.start, end: clause.end, text: clause.text }] : [];
  });
}

/** At f/2.8 and wider most subjects stand out of a soft background; from f/11 most scenes are sharp throughout. */
export const SHALLOW_AT_OR_WIDER = 2.8;
export const DEEP_AT_OR_NARROWER = 11;

/**
 * Depth of field read from the aperture, where the aperture settles it: not in a macro picture
 * (at life size even f/16 is shallow) nor with a long telephoto, whose background blurs at f/11.
 */
function depthFromApertures(claims: readonly Claim[]): Claim[] {
  const macro = claims.some((c) => c.facet === 'magnification');
  const longLens = claims.some((c) => (c.facet === 'focal' && (c.number ?? 0) >= 135) || (c.facet === 'focal' && c.value === 'tele'));
  return claims.flatMap((c): Claim[] => {
    if (c.facet !== 'aperture' || c.number === undefined) return [];
    if (c.number <= SHALLOW_AT_OR_WIDER && !macro) return [{ ...c, facet: 'depth', value: 'shallow' }];
    if (c.number >= DEEP_AT_OR_NARROWER && !macro && !longLens) return [{ ...c, facet: 'depth', value: 'deep' }];
    return [];
  });
}

/** Reads a prompt. Pure; never throws for any string. */
export function readPrompt(prompt: string): PromptReading {
  const unread: string[] = [];
  let text = prompt;
  if (prompt.length > READ_MAX_CHARS) {
    text = prompt.slice(0, READ_MAX_CHARS);
    unread.push(`Only the first ${READ_MAX_CHARS.toLocaleString('en')} characters were read; no model reads further than that.`);
  }
  if (/[\p{L}]/u.test(text) && !/\p{Script=Latin}/u.test(text)) {
    unread.push('This prompt has no English words, so what it says about the picture could not be read; FLUX reads English best.');
  }
  const numeric = [readFocalLengths, readApertures, readShutterSpeeds, readIso, readKelvin, readHeadcount].flatMap((read) =>
    read(text).map((claim) => ({ ...claim, text: text.slice(claim.start, claim.end) })),
  );
  const words = readWords(text);
  const fragments: Claim[] = findFragments(text).map((match) => ({
    facet: 'fragment',
    value: match.fragment.id,
    fragmentId: match.fragment.id,
    start: match.start,
    end: match.end,
    text: text.slice(match.start, match.end),
  }));
  const claims = [...numeric, ...words, ...readKeySides(text), ...fragments];
  claims.push(...depthFromApertures(claims));
  claims.sort((a, b) => a.start - b.start || b.end - a.end);
  return { text, claims, unread };
}

/** The claims of one facet, in text order. */
export function claimsOf(reading: PromptReading, facet: Facet): Claim[] {
  return reading.claims.filter((c) => c.facet === facet);
}

export function hasClaim(reading: PromptReading, facet: Facet, value?: string): boolean {
  return reading.claims.some((c) => c.facet === facet && (value === undefined || c.value === value));
}
