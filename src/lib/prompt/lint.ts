import { fragments, getFragment, type CatalogueFragment, type FragmentId } from '../fragments';
import { getModel, type FluxModel, type ModelId } from '../models';
import { negativePromptNote, truncationNote, weightSyntaxNote } from '../models/front-end-notes';
import { mentionsPerson, recogniseSubject, type SubjectReading } from '../upgrade/subject';
import { mentionsPillar, pillarCandidates, suitsPicture, upgradePillars } from '../upgrade/picks';
import { countTokens, type TokenCount } from './tokens';
import { findFragments, findPhrase, indexWords, overlapsAny, phraseWords, type FragmentMatch, type Range, type WordIndex } from './phrase-match';

/**
 * The FLUX-aware prompt checker. Every finding has a character range in the prompt, a
 * message a newcomer understands, and, where one exists, a replacement for that range.
 *
 * Catalogue fragments are recognised first and their text is never flagged as vague or
 * negative: "no retouching" is a photography term the guide recommends, not a negative prompt.
 */

export const lintRules = [
  'negative-phrasing',
  'vague-term',
  'unsupported-syntax',
  'conflict',
  'too-long',
  'missing-pillar',
] as const;
export type LintRule = (typeof lintRules)[number];

/** What each rule is called where findings are listed. */
export const lintRuleNames: Record<LintRule, string> = {
  'negative-phrasing': 'Negative phrasing',
  'vague-term': 'Vague term',
  'unsupported-syntax': 'Unsupported syntax',
  conflict: 'Contradiction',
  'too-long': 'Too long',
  'missing-pillar': 'Missing pillar',
};
export type LintSeverity = 'error' | 'warning' | 'info';

export interface LintFinding {
  rule: LintRule;
  severity: LintSeverity;
  message: string;
  /** Character range in the prompt: [start, end). Equal for an insertion point. */
  start: number;
  end: number;
  /** Text to put in place of [start, end); an empty string means "remove it". */
  suggestion?: string;
  /** The catalogue fragment the suggestion comes from, if any. */
  fragmentId?: FragmentId;
}

export interface LintOptions {
  model: ModelId;
  /**
   * A token count made elsewhere, e.g. the exact Qwen3 count from `countQwen3Tokens`.
   * Without it the checker uses the synchronous estimate from `countTokens`.
   */
  tokenCount?: TokenCount;
}

/**
 * Past this length a prompt is far beyond every model's token limit (512 tokens is about 2,500
 * characters), so its fixes are offered as they are, without re-checking each one: that check
 * re-reads the whole prompt once per fix.
 */
const VERIFY_MAX_CHARS = 6000;

/** Checks `prompt` for things FLUX ignores or misreads. Synchronous; findings in text order. */
export function lintPrompt(prompt: string, options: LintOptions): LintFinding[] {
  const findings = findAll(prompt, options);
  if (prompt.length > VERIFY_MAX_CHARS) return findings;
  return findings.map((finding) => composeFix(prompt, finding, findings, options));
}

/** How many warnings and errors the prompt has: the findings alone, without working out their fixes. */
export function countWarnings(prompt: string, options: LintOptions): number {
  return findAll(prompt, options).filter((f) => f.severity !== 'info').length;
}

function findAll(prompt: string, options: LintOptions): LintFinding[] {
  if (prompt.trim() === '') return [];
  const words = indexWords(prompt);
  const fragmentMatches = findFragments(words);
  const fragmentRanges: Range[] = fragmentMatches;

  const syntax = findUnsupportedSyntax(prompt, options.model);
  const negatives = findNegativePhrasing(prompt, [...fragmentRanges, ...syntax], options.model);
  const vague = findVagueTerms(prompt, words, [...fragmentRanges, ...syntax, ...negatives]);
  const conflicts = findConflicts(prompt, fragmentMatches);
  const tooLong = findTooLong(prompt, options);
  const missing = findMissingPillars(prompt, fragmentMatches);

  return [...syntax, ...negatives, ...vague, ...conflicts, ...tooLong, ...missing].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
}

/**
 * Tidies the separators a fix leaves behind, so removing "--ar 16:9" or a "Negative prompt:"
 * section leaves no stray commas or doubled spaces.
 */
export function tidySeparators(text: string): string {
  return text
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+,/g, ',')
    .replace(/,(?:[ \t]*,)+/g, ',')
    .replace(/^[\s,]+|[\s,]+$/g, '');
}

/** Applies a finding's suggestion to the prompt and tidies the separators around it. */
export function applySuggestion(prompt: string, finding: Pick<LintFinding, 'start' | 'end' | 'suggestion'>): string {
  if (finding.suggestion === undefined) return prompt;
  return tidySeparators(prompt.slice(0, finding.start) + finding.suggestion + prompt.slice(finding.end));
}

const isLoud = (finding: LintFinding) => finding.severity !== 'info';

/** Loud findings by rule and flagged text, counted: positions move when a fix changes the text. */
function loudKeys(prompt: string, findings: readonly LintFinding[]): Map<string, number> {
  const keys = new Map<string, number>();
  for (const f of findings) {
    if (!isLoud(f)) continue;
    // By the flagged words alone: a fix may move a phrase from one rule to another ("no people" is
    // vague after a comma, a negation after a word), which is not a new problem.
    const key = prompt.slice(f.start, f.end).toLowerCase();
    keys.set(key, (keys.get(key) ?? 0) + 1);
  }
  return keys;
}

/** True when applying `text` for `finding` brings no warning or error the prompt did not already have. */
function fixIsClean(prompt: string, finding: LintFinding, text: string, before: Map<string, number>, options: LintOptions): boolean {
  const fixed = applySuggestion(prompt, { ...finding, suggestion: text });
  const after = loudKeys(fixed, findAll(fixed, options));
  const allowed = new Map(before);
  if (isLoud(finding)) {
    const own = prompt.slice(finding.start, finding.end).toLowerCase();
    allowed.set(own, (allowed.get(own) ?? 0) - 1);
  }
  for (const [key, count] of after) if (count > (allowed.get(key) ?? 0)) return false;
  // A fragment the prompt already holds is not added twice.
  const added = text.replace(/^,\s*/, '').trim().toLowerCase();
  const rest = (prompt.slice(0, finding.start) + '\n' + prompt.slice(finding.end)).toLowerCase();
  return added === '' || !rest.includes(added);
}

/**
 * The suggestion with the checker's fixes applied to it where it stands in the prompt (a
 * weight's words may themselves be vague, and what fits depends on the rest of the picture).
 */
function fixedWithin(prompt: string, finding: LintFinding, text: string, options: LintOptions): string {
  let current = prompt.slice(0, finding.start) + text + prompt.slice(finding.end);
  const start = finding.start;
  let end = start + text.length;
  for (let round = 0; round < 4; round += 1) {
    const fix = findAll(current, options).find((f) => isLoud(f) && f.suggestion !== undefined && f.start >= start && f.end <= end);
    if (!fix) break;
    current = current.slice(0, fix.start) + fix.suggestion + current.slice(fix.end);
    end += fix.suggestion!.length - (fix.end - fix.start);
  }
  return current.slice(start, end).trim();
}

/**
 * Makes a finding's fix safe to click: no fix may bring a new warning (a replacement that
 * contradicts the prompt, a weight whose words are themselves vague, a fragment already there).
 * Tries the suggestion, then the suggestion with its own problems fixed, then removing the
 * flagged words; if none is clean, the finding keeps no fix.
 */
function composeFix(prompt: string, finding: LintFinding, all: readonly LintFinding[], options: LintOptions): LintFinding {
  if (finding.suggestion === undefined) return finding;
  const before = loudKeys(prompt, all);
  const candidates = [finding.suggestion];
  if (finding.suggestion.trim() !== '' && finding.start < finding.end) candidates.push(fixedWithin(prompt, finding, finding.suggestion, options));
  if (finding.rule !== 'missing-pillar' && finding.start < finding.end) candidates.push('');
  for (const [index, candidate] of candidates.entries()) {
    const text = candidate;
    if (index > 0 && text === finding.suggestion) continue;
    if (!fixIsClean(prompt, finding, text, before, options)) continue;
    if (index === 0) return finding;
    const { fragmentId: _dropped, ...rest } = finding;
    if (text === '') {
      return { ...rest, message: `${finding.message} Here the suggested words would clash with the rest of the prompt, so the fix removes the phrase.`, suggestion: '' };
    }
    const bare = text.replace(/^,\s*/, '');
    const fragment = findFragments(bare).find((m) => m.start === 0 && m.end === bare.length)?.fragment;
    return { ...rest, suggestion: text, ...(fragment ? { fragmentId: fragment.id } : {}) };
  }
  const { suggestion: _none, fragmentId: _id, ...rest } = finding;
  return rest;
}

// ---------------------------------------------------------------------------
// unsupported-syntax: other tools' syntax that FLUX reads as plain words

interface SyntaxRule {
  pattern: RegExp;
  message: (match: RegExpMatchArray, model: FluxModel) => string;
  suggestion: (match: RegExpMatchArray) => string;
}

const syntaxRules: SyntaxRule[] = [
  {
    // "Negative prompt: blurry, text" (Stable Diffusion UIs), to the end of the line.
    pattern: /negative prompt\s*:[^\n]*/giu,
    message: (_m, model) =>
      `Written into the prompt, a "Negative prompt:" section is read as part of the prompt, so what it lists may appear. Remove it and describe what you want instead. ${negativePromptNote(model)}`,
    suggestion: () => '',
  },
  {
    pattern: /\(([^():\n]+):\s*-?\d+(?:\.\d+)?\)/gu,
    message: (m, model) =>
      `"${m[0]}" is a Stable Diffusion weight. ${weightSyntaxNote(model)} To stress something in any front end, put it early and describe it precisely.`,
    suggestion: (m) => m[1]!.trim(),
  },
  {
    pattern: /\({2,}([^()\n]+)\){2,}/gu,
    message: (m) =>
      `Stacked brackets like "${m[0]}" add emphasis in Stable Diffusion; diffusers and BFL's API pass them to FLUX as text. To stress something, say it early and describe it precisely.`,
    suggestion: (m) => m[1]!.trim(),
  },
  {
    // [word] lowers a word's weight in Stable Diffusion. An ALL-CAPS [SLOT] is a template placeholder: left alone.
    pattern: /\[([^[\]\n]*\p{Ll}[^[\]\n]*)\]/gu,
    message: (m) =>
      `Square brackets like "${m[0]}" lower a word's weight in Stable Diffusion; FLUX reads them as text. Keep the words, drop the brackets.`,
    suggestion: (m) => m[1]!.trim(),
  },
  {
    pattern: /(?<=^|\s)--no\s+[^\n]*?(?=\s--|\n|$)/giu,
    message: (_m, model) =>
      `Midjourney's "--no" is read as words by FLUX, so what follows it may even appear. Remove it and describe what should be there instead. ${negativePromptNote(model)}`,
    suggestion: () => '',
  },
  {
    pattern: /(?<=^|\s)--(?!no\b)[a-z]+(?:\s+(?!--)[^\s,]+)?/giu,
    message: (m) =>
      `"${m[0]}" is a Midjourney parameter; FLUX reads it as words.${/^--ar\b/i.test(m[0]) ? ' Set the width and height in your FLUX tool instead.' : ' Set the option in your FLUX tool, or describe the effect in words.'}`,
    suggestion: () => '',
  },
  {
    pattern: /::\s*-?\d*(?:\.\d+)?/gu,
    message: (m) => `"${m[0]}" is a Midjourney weight; FLUX does not split or weight prompts this way.`,
    suggestion: () => ' ',
  },
];

function findUnsupportedSyntax(prompt: string, modelId: ModelId): LintFinding[] {
  const findings: LintFinding[] = [];
  const model = getModel(modelId);
  for (const rule of syntaxRules) {
    for (const match of prompt.matchAll(rule.pattern)) {
      const range = { start: match.index, end: match.index + match[0].length };
      if (overlapsAny(range, findings)) continue;
      findings.push({
        rule: 'unsupported-syntax',
        severity: 'warning',
        message: rule.message(match, model),
        ...range,
        suggestion: rule.suggestion(match),
      });
    }
  }
  return findings;
}

// ---------------------------------------------------------------------------
// negative-phrasing: FLUX attends to whatever is named, negated or not

const negationPattern =
  /(?<![\p{L}\p{N}])(?:no|not|without|never|avoid(?:ing)?|(?:do not|don['’]t) (?:show|include|add|want))\s+(?=((?:[\p{L}\p{N}'’-]+[ \t]*){1,3}))/giu;

/** Words that end the negated object: "no people in the background" negates "people". */
const objectStop = new Set(['in', 'on', 'at', 'and', 'or', 'with', 'for', 'from', 'to', 'of', 'the', 'but', 'behind', 'near']);

/**
 * BFL's strategy: replace the negation with what fills the space. "no people" →
 * "empty, deserted, solitary" is BFL's own example; the others follow the same idea.
 */
const positiveReplacements: { words: RegExp; replacement: string | FragmentId; person?: true }[] = [
  { words: /^(people|person|persons|humans?|crowds?|pedestrians|tourists|one|anyone|figures?)$/, replacement: 'empty, deserted, solitary' },
  { words: /^(blurr?y?|blurred|blurriness|out-of-focus)$/, replacement: 'in sharp focus' },
  { words: /^(glasses|eyeglasses|sunglasses|spectacles)$/, replacement: 'bare face, eyes clearly visible', person: true },
  { words: /^(text|words|letters|lettering|watermarks?|logos?|signatures?|writing|captions?)$/, replacement: 'plain, unmarked surfaces' },
  { words: /^(makeup|make-up|airbrushing|smoothing|filters?)$/, replacement: 'skin.natural-texture', person: true },
  { words: /^(noise|grain|noisy|grainy)$/, replacement: 'lens.iso-100-clean' },
  { words: /^(clouds?|cloudy)$/, replacement: 'clear sky' },
  { words: /^(cars?|traffic|vehicles?)$/, replacement: 'a quiet, empty road' },
];

function replacementFor(object: string, hasPerson: () => boolean): { text: string; fragmentId?: FragmentId } | undefined {
  const words = object.toLowerCase().split(/\s+/);
  for (const { words: pattern, replacement, person } of positiveReplacements) {
    if (!words.some((w) => pattern.test(w))) continue;
    if (person && !hasPerson()) return undefined;
    if (replacement.includes('.') && fragments.some((f) => f.id === replacement)) {
      const fragment = getFragment(replacement as FragmentId);
      return { text: fragment.text, fragmentId: fragment.id };
    }
    return { text: replacement };
  }
  return undefined;
}

function findNegativePhrasing(prompt: string, excluded: readonly Range[], modelId: ModelId): LintFinding[] {
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
      if (positiveReplacements.some((r) => r.words.test(word[0].toLowerCase()))) {
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
    const replacement = replacementFor(object, () => mentionsPerson(prompt));
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
function fittingFragment(fragment: CatalogueFragment | undefined, reading: () => SubjectReading, prompt: string): CatalogueFragment | undefined {
  if (!fragment || suitsPicture(fragment, reading())) return fragment;
  const pillar = upgradePillars.find((p) => p === fragment.pillar);
  return pillar ? pillarCandidates(pillar, reading(), prompt)[0] : undefined;
}

function findVagueTerms(prompt: string, index: WordIndex, excluded: readonly Range[]): LintFinding[] {
  const findings: LintFinding[] = [];
  let reading: SubjectReading | undefined;
  const readPicture = () => (reading ??= recogniseSubject(prompt));
  for (const { words, fragment: listed, praise } of getVaguePhrases()) {
    for (const range of findPhrase(index, words)) {
      if (overlapsAny(range, excluded) || overlapsAny(range, findings)) continue;
      const fragment = fittingFragment(listed, readPicture, prompt);
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

// ---------------------------------------------------------------------------
// conflict: two instructions that cannot both be true in one photograph

function findConflicts(prompt: string, fragmentMatches: readonly FragmentMatch[]): LintFinding[] {
  const findings: LintFinding[] = [];
  // The fix keeps the earlier instruction and removes the later one that contradicts it.
  const add = (finding: Omit<LintFinding, 'rule' | 'severity'>) => {
    if (!overlapsAny(finding, findings)) findings.push({ rule: 'conflict', severity: 'warning', suggestion: '', ...finding });
  };

  // Catalogue fragments that list each other in `conflictsWith`; reported at the later one.
  const seen = new Map<string, FragmentMatch>();
  for (const later of fragmentMatches) {
    const earlier = [...conflictsOf(later.fragment.id)].map((id) => seen.get(id)).find((m) => m !== undefined);
    if (earlier) {
      add({
        message: `"${later.fragment.text}" contradicts "${earlier.fragment.text}" earlier in the prompt: FLUX cannot render both, so it may pick one or blend them. Keep one.`,
        start: later.start,
        end: later.end,
      });
    }
    if (!seen.has(later.fragment.id)) seen.set(later.fragment.id, later);
  }

  // The key light from the left in one clause and from the right in another.
  const keySides: { side: string; range: Range }[] = [];
  const bothSides = /\bleft\b/i.test(prompt) && /\bright\b/i.test(prompt);
  for (const clause of bothSides ? clauses(prompt) : []) {
    const side = keyLightSide(clause.text);
    if (side) keySides.push({ side, range: clause });
  }
  // Every key light that disagrees with the first one is reported, so fixing one uncovers no other.
  const first = keySides[0];
  for (const later of keySides.filter((k) => first && k.side !== first.side)) {
    add({
      message: `The main light comes from the ${later.side === 'left' ? 'right' : 'left'} earlier in the prompt, and from the ${later.side} here. One key light casts one set of shadows: pick one side (a weaker fill from the other side is fine if you call it a fill).`,
      start: later.range.start,
      end: later.range.end,
    });
  }

  // A wide aperture (shallow depth of field) with "everything in sharp focus".
  const wide = [...prompt.matchAll(/(?<![\p{L}\p{N}])f\/\s?(\d+(?:\.\d+)?)/giu)].find((m) => Number(m[1]) <= 2.8);
  if (wide) {
    for (const sharp of prompt.matchAll(/everything (?:is )?(?:in )?sharp(?: focus)?|all in (?:sharp )?focus|sharp from front to back|deep focus/giu)) {
      add({
        message: `"${wide[0]}" is a wide aperture that blurs the background, but "${sharp[0]}" asks for everything sharp (that takes around f/8–f/16). Choose one.`,
        start: sharp.index,
        end: sharp.index + sharp[0].length,
      });
    }
  }

  // Overcast light is soft and diffused: it does not cast hard shadows.
  const overcast = /(?<![\p{L}])overcast(?![\p{L}])/iu.exec(prompt);
  if (overcast) {
    for (const hard of prompt.matchAll(/(?<![\p{L}])(?:hard|harsh|crisp|sharp|hard-edged)(?:[- ]edged)? shadows?(?![\p{L}])/giu)) {
      add({
        message: `"overcast" light is soft and diffused, with gradual shadows, so "${hard[0]}" contradicts it. For hard shadows describe direct sun; for overcast, drop the hard shadows.`,
        start: hard.index,
        end: hard.index + hard[0].length,
      });
    }
  }
  // Two times of day: one photograph has one sun (or none).
  const times = timeMentions(prompt);
  for (const later of times) {
    const earlier = times.find((t) => t.start < later.start && clashingTimes.has(`${t.time}|${later.time}`));
    if (!earlier) continue;
    add({
      message: `"${prompt.slice(later.start, later.end)}" and "${prompt.slice(earlier.start, earlier.end)}" earlier in the prompt are different times of day, with different light: FLUX may blend them into light no real day has. Keep one.`,
      start: later.start,
      end: later.end,
    });
  }
  return findings;
}

type TimeOfDay = 'golden' | 'midday' | 'night' | 'blue';

// A leading "at" or "during" belongs to the mention, so removing it leaves no stray word.
const timeSources: Record<TimeOfDay, string> = {
  golden: String.raw`(?:(?:at|during) (?:the )?)?(?:(?:low )?golden[ -]hour(?: sun(?:light)?| light)?|sunset|sunrise)`,
  midday: String.raw`(?:(?:at|during) )?(?:(?:(?:harsh|bright|direct|high|hard) )*(?:midday|noon(?:time)?)(?: sun(?:light)?)?|harsh (?:direct )?sun(?:light)?|overhead sun(?:light)?)`,
  night: String.raw`(?:(?:at|late at) )?(?:night(?:time)?|midnight)|after dark`,
  blue: String.raw`(?:(?:at|during) (?:the )?)?(?:blue[ -]hour(?: twilight)?|twilight)`,
};
const clashingTimes = new Set(
  [
    ['golden', 'midday'],
    ['golden', 'night'],
    ['midday', 'night'],
    ['midday', 'blue'],
    ['golden', 'blue'],
  ].flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]),
);
const timeNames = Object.keys(timeSources) as TimeOfDay[];
const timePattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${timeNames.map((name) => `(${timeSources[name]})`).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** Each mention of a time of day, in text order. */
function timeMentions(prompt: string): (Range & { time: TimeOfDay })[] {
  const names = timeNames;
  return [...prompt.matchAll(timePattern)].map((m) => ({
    time: names[m.slice(1).findIndex((group) => group !== undefined)]!,
    start: m.index,
    end: m.index + m[0].length,
  }));
}

let conflictMap: Map<string, Set<string>> | undefined;

/** The fragments that conflict with `id`, in either direction of `conflictsWith`. */
function conflictsOf(id: string): ReadonlySet<string> {
  if (!conflictMap) {
    conflictMap = new Map(fragments.map((f) => [f.id, new Set<string>()]));
    for (const fragment of fragments) {
      for (const other of fragment.conflictsWith ?? []) {
        conflictMap.get(fragment.id)!.add(other);
        conflictMap.get(other)?.add(fragment.id);
      }
    }
  }
  return conflictMap.get(id) ?? new Set();
}

/** The prompt split at commas, full stops, semicolons and line breaks, with positions. */
function clauses(prompt: string): (Range & { text: string })[] {
  return [...prompt.matchAll(/[^,.;\n]+/gu)].map((m) => {
    const leading = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    return { text, start: m.index + leading, end: m.index + leading + text.length };
  });
}

/** "left" or "right" if the clause puts a main light on that side; fills, rims and reflectors don't count. */
function keyLightSide(clause: string): 'left' | 'right' | undefined {
  if (!/\b(?:light|lit|lighting|lamp|sun|sunlight|window|key)\b/i.test(clause)) return undefined;
  if (/\b(?:fill|card|reflector|bounce|rim|backlight|back light|kicker|hair light)\b/i.test(clause)) return undefined;
  const side = /\bfrom (?:the )?(?:upper |lower |top |bottom |camera )?(left|right)\b/i.exec(clause);
  return side ? (side[1]!.toLowerCase() as 'left' | 'right') : undefined;
}

// ---------------------------------------------------------------------------
// too-long: past the model's token limit the pipeline silently cuts the text

function findTooLong(prompt: string, options: LintOptions): LintFinding[] {
  const tokens = options.tokenCount ?? countTokens(prompt, options.model);
  if (tokens.limit === null || tokens.count <= tokens.limit) return [];
  const model = getModel(options.model);
  const counted = tokens.exact ? `${tokens.count} tokens` : `about ${tokens.count} tokens (an estimate)`;
  return [
    {
      rule: 'too-long',
      severity: tokens.exact ? 'error' : 'warning',
      message: `This prompt is ${counted}. ${truncationNote(model, tokens.limit)} Shorten it, and put what matters most first.`,
      // A count made on a longer text (the widget checks the first part live) can cut past this one.
      start: Math.min(tokens.cutAt ?? 0, prompt.length),
      end: prompt.length,
    },
  ];
}

// ---------------------------------------------------------------------------
// missing-pillar: the realism pillars the prompt says nothing about (info only)

const pillarWhy: Record<(typeof upgradePillars)[number], string> = {
  skin: 'The prompt has a person in it but says nothing about their skin, so FLUX may smooth it into a plastic look.',
  light: 'The prompt says nothing about light; where it comes from and what it is like has the greatest single effect on the result.',
  material: 'The prompt names no material or surface, so FLUX may render clean, generic surfaces.',
  lens: 'The prompt names no camera, lens or aperture; a named camera and lens reads as more authentic than "professional photo".',
  color: 'The prompt says nothing about colour, so FLUX may drift toward over-saturated colour.',
};

/**
 * One info finding per empty pillar, with the catalogue fragment that suits this picture
 * (../upgrade/picks): a night street is offered neon glow, a product a key light. A pillar with
 * no fragment that suits the picture (material for an open sky) gets no finding.
 */
function findMissingPillars(prompt: string, fragmentMatches: readonly FragmentMatch[]): LintFinding[] {
  const present = new Set<string>(fragmentMatches.map((m) => m.fragment.pillar));
  const presentIds = new Set<string>(fragmentMatches.map((m) => m.fragment.id));
  const reading = recogniseSubject(prompt);
  const findings: LintFinding[] = [];
  for (const pillar of upgradePillars) {
    if (present.has(pillar) || mentionsPillar(prompt, pillar)) continue;
    const starter = pillarCandidates(pillar, reading, prompt).find(
      (fragment) => ![...conflictsOf(fragment.id)].some((id) => presentIds.has(id)),
    );
    if (!starter) continue;
    findings.push({
      rule: 'missing-pillar',
      severity: 'info',
      message: `${pillarWhy[pillar]} A place to start: "${starter.text}".`,
      start: prompt.length,
      end: prompt.length,
      suggestion: `, ${starter.text}`,
      fragmentId: starter.id,
    });
  }
  return findings;
}
