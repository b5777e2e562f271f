import { fragments, getFragment, type CatalogueFragment, type FragmentId } from '../../../fragments';
import { findPhrase, fittingFragments, overlapsAny, phraseWords, suitsPicture, upgradePillars, type Range } from '../../../reading';
import type { LintContext } from '../context';
import type { LintFinding } from '../types';

// ---------------------------------------------------------------------------
// vague-term: phrases a catalogue fragment improves on (its `replaces` list), and empty praise

/**
 * Words that judge the picture instead of describing it: nothing in them is a thing a camera
 * sees. Where the catalogue lists one in a fragment's `replaces`, the fix is that fragment;
 * otherwise the fix removes it. The "realistic" family shares the fragment that replaces
 * "realistic", so "ultra realistic" is replaced whole, not as "ultra" plus a fragment.
 */
export const emptyQualityTerms = [
  'beautiful',
  'stunning',
  'gorgeous',
  'flawless',
  'breathtaking',
  'best quality',
  'highest quality',
  'top quality',
  'high quality',
  'masterpiece',
  'award winning',
  'award-winning',
  'trending on artstation',
  '8k',
  '4k',
  '16k',
  'uhd',
  'ultra hd',
  'highly detailed',
  'ultra detailed',
  'hyper detailed',
  'hyperdetailed',
  'extremely detailed',
  'intricate details',
  'realistic',
  'photorealistic',
  'photo realistic',
  'ultra realistic',
  'ultra-realistic',
  'hyperrealistic',
  'hyper realistic',
  'hyper-realistic',
  'super realistic',
] as const;

/** The catalogue phrase a term shares its fix with. */
const realisticFamily = /realistic$/;

/**
 * Catalogue fragments that are themselves a negation ("no retouching"): a fix that writes one
 * in would name the very thing it removes, so the checker offers the positive one instead.
 */
const positiveInstead: Partial<Record<FragmentId, FragmentId>> = {
  'skin.no-retouching': 'skin.natural-texture',
};

interface VaguePhrase {
  words: string[];
  /** The fragment to use instead; none for empty praise the catalogue has no fragment for. */
  fragment?: CatalogueFragment;
  praise: boolean;
}

let vaguePhrases: VaguePhrase[] | undefined;

function getVaguePhrases(): VaguePhrase[] {
  if (vaguePhrases) return vaguePhrases;
  const replacing = new Map<string, CatalogueFragment>();
  for (const fragment of fragments) {
    const instead = positiveInstead[fragment.id];
    for (const phrase of fragment.replaces ?? []) {
      if (!replacing.has(phrase)) replacing.set(phrase, instead ? getFragment(instead) : fragment);
    }
  }
  const praise = new Set<string>(emptyQualityTerms);
  const phrases: VaguePhrase[] = [...replacing].map(([phrase, fragment]) => ({ words: phraseWords(phrase), fragment, praise: praise.has(phrase) }));
  for (const term of emptyQualityTerms) {
    if (replacing.has(term)) continue;
    const fragment = replacing.get(realisticFamily.test(term) ? 'realistic' : term);
    phrases.push({ words: phraseWords(term), praise: true, ...(fragment ? { fragment } : {}) });
  }
  // Longest first, so "ultra realistic" and "beautiful skin" win over "realistic" and "beautiful".
  vaguePhrases = phrases.sort((a, b) => b.words.length - a.words.length);
  return vaguePhrases;
}

/**
 * The fragment a vague phrase's fix writes in, for this picture: a person-only fragment (the
 * portrait lens for "blurry background") gives way to what suits the picture in the same
 * pillar (the product's lens), or to nothing.
 */
function fittingFragment(fragment: CatalogueFragment | undefined, context: LintContext): CatalogueFragment | undefined {
  if (!fragment || suitsPicture(fragment, context.picture())) return fragment;
  const gap = upgradePillars.find((p) => p === fragment.pillar);
  return gap ? fittingFragments(gap, context.reading, context.picture())[0] : undefined;
}

/**
 * What a reader names as a problem becomes its fix, phrase and all: "smooth flawless skin",
 * "plastic skin" and "not plastic-looking, realistic skin" all become the skin fragment, so no
 * stray "skin," is left behind.
 */
const problemFixes: Record<string, { fragment?: FragmentId; text?: string; why: string }> = {
  'plastic-skin': { fragment: 'skin.natural-texture', why: 'names the plastic look it wants to avoid, and FLUX draws what is named' },
  blurry: { text: 'in sharp focus', why: 'asks for a fault instead of the sharpness it hopes for' },
  'ai-look': { why: 'names the look to avoid, and FLUX draws what is named' },
};

function findProblems(prompt: string, context: LintContext): LintFinding[] {
  return context.reading.claims
    .filter((claim) => claim.facet === 'problem')
    .map((claim) => {
      const fix = problemFixes[claim.value]!;
      // Skin words fix skin only where there is a person: "airbrushed" on a product is removed.
      const fragment = fix.fragment && (claim.value !== 'plastic-skin' || context.picture().hasPerson) ? getFragment(fix.fragment) : undefined;
      const text = fragment?.text ?? (fix.fragment ? '' : (fix.text ?? ''));
      const phrase = prompt.slice(claim.start, claim.end);
      return {
        rule: 'vague-term' as const,
        severity: 'warning' as const,
        message: `"${phrase}" ${fix.why}. ${text ? `Say what a camera would see instead: "${text}".` : 'Remove it, and describe the light, the lens and the surfaces instead.'}`,
        start: claim.start,
        end: claim.end,
        suggestion: text,
        ...(fragment ? { fragmentId: fragment.id } : {}),
      };
    });
}

export function findVagueTerms(prompt: string, context: LintContext, excluded: readonly Range[]): LintFinding[] {
  const findings: LintFinding[] = findProblems(prompt, context).filter((f) => !overlapsAny(f, excluded));
  for (const { words, fragment: listed, praise } of getVaguePhrases()) {
    for (const range of findPhrase(context.words, words)) {
      if (overlapsAny(range, excluded) || overlapsAny(range, findings)) continue;
      const fragment = fittingFragment(listed, context);
      // "a rainy street" becomes "wet cobblestones…", not "a wet cobblestones…": the article goes with the phrase it introduced.
      const article = fragment ? /(?<![\p{L}\p{N}])(?:a|an|the)\s+$/iu.exec(prompt.slice(Math.max(0, range.start - 5), range.start)) : null;
      if (article && !overlapsAny({ start: range.start - article[0].length, end: range.start }, [...excluded, ...findings])) {
        range.start -= article[0].length;
      }
      const phrase = prompt.slice(range.start, range.end);
      const lead = praise
        ? `"${phrase}" judges the picture instead of describing it: it names nothing a camera would see.`
        : `"${phrase}" is vague: FLUX has to guess what it looks like.`;
      findings.push({
        rule: 'vague-term',
        severity: 'warning',
        message: fragment
          ? `${lead} Say what a camera would see, for example "${fragment.text}"${
              fragment.label.toLowerCase() === fragment.text.toLowerCase() ? '' : ` (${fragment.label})`
            }.`
          : `${lead} Remove it, and describe what makes the picture work: the light, the lens, the surfaces.`,
        ...range,
        suggestion: fragment ? fragment.text : '',
        ...(fragment ? { fragmentId: fragment.id } : {}),
      });
    }
  }
  return findings;
}

/** True when the phrase is empty praise ("beautiful", "8k", "ultra realistic") rather than a vague description. */
export function isEmptyQualityTerm(phrase: string): boolean {
  const words = phraseWords(phrase).join(' ');
  return emptyQualityTerms.some((term) => phraseWords(term).join(' ') === words);
}
