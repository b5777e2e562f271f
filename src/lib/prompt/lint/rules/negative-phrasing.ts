import { fragments, getFragment, type FragmentId } from '../../../fragments';
import { getModel, type ModelId } from '../../../models';
import { negativePromptNote } from '../../../models/front-end-notes';
import { overlapsAny, refusedThingOf, type Range, type RefusedThing } from '../../../reading';
import type { LintFinding } from '../types';

/** FLUX attends to whatever is named, negated or not: "no people" may bring people. */

const negationPattern =
  /(?<![\p{L}\p{N}])(?:no|not|without|never|avoid(?:ing)?|(?:do not|don['’]t) (?:show|include|add|want))\s+(?=((?:[\p{L}\p{N}'’-]+[ \t]*){1,3}))/giu;

/** Words that end the negated object: "no people in the background" negates "people". */
const objectStop = new Set(['in', 'on', 'at', 'and', 'or', 'with', 'for', 'from', 'to', 'of', 'the', 'but', 'behind', 'near']);

/**
 * BFL's strategy: replace the negation with what fills the space. "no people" →
 * "empty, deserted, solitary" is BFL's own example; the others follow the same idea.
 */
const positiveReplacements: Record<RefusedThing, { replacement: string | FragmentId; person?: true }> = {
  people: { replacement: 'empty, deserted, solitary' },
  blur: { replacement: 'in sharp focus' },
  glasses: { replacement: 'bare face, eyes clearly visible', person: true },
  text: { replacement: 'plain, unmarked surfaces' },
  retouching: { replacement: 'skin.natural-texture', person: true },
  noise: { replacement: 'lens.iso-100-clean' },
  clouds: { replacement: 'clear sky' },
  traffic: { replacement: 'a quiet, empty road' },
};

function replacementFor(object: string, hasPerson: () => boolean): { text: string; fragmentId?: FragmentId } | undefined {
  const named = new Set(object.split(/\s+/).map(refusedThingOf));
  for (const thing of Object.keys(positiveReplacements) as RefusedThing[]) {
    if (!named.has(thing)) continue;
    const { replacement, person } = positiveReplacements[thing];
    if (person && !hasPerson()) return undefined;
    if (replacement.includes('.') && fragments.some((f) => f.id === replacement)) {
      const fragment = getFragment(replacement as FragmentId);
      return { text: fragment.text, fragmentId: fragment.id };
    }
    return { text: replacement };
  }
  return undefined;
}

export function findNegativePhrasing(prompt: string, excluded: readonly Range[], modelId: ModelId, hasPerson: () => boolean): LintFinding[] {
  const findings: LintFinding[] = [];
  const model = getModel(modelId);
  for (const match of prompt.matchAll(negationPattern)) {
    // The object is read ahead, not consumed, so "no people no people" finds both negations.
    const objectStart = match.index + match[0].length;
    let objectEnd = objectStart;
    const objectWords: string[] = [];
    let knownEnd: number | undefined;
    for (const word of match[1]!.matchAll(/\S+/gu)) {
      // A number starts something else the reader stated ("no blur 35mm"): the negation ends before it.
      if (objectStop.has(word[0].toLowerCase()) || /\d/.test(word[0])) break;
      objectWords.push(word[0]);
      objectEnd = objectStart + word.index + word[0].length;
      // A word with a known positive replacement ends the object: "without glasses black and white" negates only the glasses.
      if (refusedThingOf(word[0]) !== undefined) {
        knownEnd = objectWords.length;
        break;
      }
    }
    if (knownEnd !== undefined) objectWords.length = knownEnd;
    if (objectWords.length === 0) continue;
    const object = objectWords.join(' ');
    const start = match.index;
    const end = objectEnd;
    const range = { start, end };
    if (overlapsAny(range, excluded)) continue;
    const phrase = prompt.slice(start, end);
    // "Bare face, eyes clearly visible" only fits a picture with someone in it.
    const replacement = replacementFor(object, hasPerson);
    findings.push({
      rule: 'negative-phrasing',
      severity: 'warning',
      message:
        `"${phrase}" names "${object}", and FLUX draws what the prompt names, negated or not, so it may appear. ` +
        (replacement
          ? `Describe what fills the space instead, for example "${replacement.text}".`
          : 'Remove it, and describe what should be there instead.') +
        ` ${negativePromptNote(model)}`,
      ...range,
      suggestion: replacement ? replacement.text : '',
      ...(replacement?.fragmentId ? { fragmentId: replacement.fragmentId } : {}),
    });
  }
  return findings;
}
