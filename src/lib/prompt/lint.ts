import { fragments, getFragment, type CatalogueFragment, type FragmentId } from '../fragments';
import type { Pillar } from '../fragments/types';
import { getModel, type ModelId } from '../models';
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

/** Checks `prompt` for things FLUX ignores or misreads. Synchronous; findings in text order. */
export function lintPrompt(prompt: string, options: LintOptions): LintFinding[] {
  if (prompt.trim() === '') return [];
  const words = indexWords(prompt);
  const fragmentMatches = findFragments(words);
  const fragmentRanges: Range[] = fragmentMatches;

  const syntax = findUnsupportedSyntax(prompt);
  const negatives = findNegativePhrasing(prompt, [...fragmentRanges, ...syntax]);
  const vague = findVagueTerms(prompt, words, [...fragmentRanges, ...syntax, ...negatives]);
  const conflicts = findConflicts(prompt, fragmentMatches);
  const tooLong = findTooLong(prompt, options);
  const missing = findMissingPillars(prompt, fragmentMatches);

  return [...syntax, ...negatives, ...vague, ...conflicts, ...tooLong, ...missing].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
}

/**
 * Applies a finding's suggestion to the prompt and tidies the separators around it,
 * so removing "--ar 16:9" or a "Negative prompt:" section leaves no stray commas.
 */
export function applySuggestion(prompt: string, finding: Pick<LintFinding, 'start' | 'end' | 'suggestion'>): string {
  if (finding.suggestion === undefined) return prompt;
  const joined = prompt.slice(0, finding.start) + finding.suggestion + prompt.slice(finding.end);
  return joined
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+,/g, ',')
    .replace(/,(?:[ \t]*,)+/g, ',')
    .replace(/^[\s,]+|[\s,]+$/g, '');
}

// ---------------------------------------------------------------------------
// unsupported-syntax: other tools' syntax that FLUX reads as plain words

interface SyntaxRule {
  pattern: RegExp;
  message: (match: RegExpMatchArray) => string;
  suggestion: (match: RegExpMatchArray) => string;
}

const syntaxRules: SyntaxRule[] = [
  {
    // "Negative prompt: blurry, text" (Stable Diffusion UIs), to the end of the line.
    pattern: /negative prompt\s*:[^\n]*/giu,
    message: () =>
      'FLUX has no negative prompt: this section is read as part of the prompt, so what it lists may appear. Remove it and describe what you want instead.',
    suggestion: () => '',
  },
  {
    pattern: /\(([^():\n]+):\s*-?\d+(?:\.\d+)?\)/gu,
    message: (m) =>
      `"${m[0]}" is a Stable Diffusion weight. FLUX reads the brackets and number as text and does not weight words; put important words early in the prompt instead.`,
    suggestion: (m) => m[1]!.trim(),
  },
  {
    pattern: /\({2,}([^()\n]+)\){2,}/gu,
    message: (m) =>
      `Stacked brackets like "${m[0]}" add emphasis in Stable Diffusion, not in FLUX. To stress something, say it early and describe it precisely.`,
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
    message: () =>
      'Midjourney\'s "--no" does nothing in FLUX, which has no negative prompt; the words after it may even appear. Remove it and describe what should be there instead.',
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

function findUnsupportedSyntax(prompt: string): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const rule of syntaxRules) {
    for (const match of prompt.matchAll(rule.pattern)) {
      const range = { start: match.index, end: match.index + match[0].length };
      if (overlapsAny(range, findings)) continue;
      findings.push({
        rule: 'unsupported-syntax',
        severity: 'warning',
        message: rule.message(match),
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
  /(?<![\p{L}\p{N}])(?:no|not|without|never|avoid(?:ing)?|(?:do not|don['’]t) (?:show|include|add|want))\s+((?:[\p{L}\p{N}'’-]+[ \t]*){1,3})/giu;

/** Words that end the negated object: "no people in the background" negates "people". */
const objectStop = new Set(['in', 'on', 'at', 'and', 'or', 'with', 'for', 'from', 'to', 'of', 'the', 'but', 'behind', 'near']);

/**
 * BFL's strategy: replace the negation with what fills the space. "no people" →
 * "empty, deserted, solitary" is BFL's own example; the others follow the same idea.
 */
const positiveReplacements: { words: RegExp; replacement: string | FragmentId }[] = [
  { words: /^(people|person|persons|humans?|crowds?|pedestrians|tourists|one|anyone|figures?)$/, replacement: 'empty, deserted, solitary' },
  { words: /^(blurr?y?|blurred|blurriness|out-of-focus)$/, replacement: 'in sharp focus' },
  { words: /^(glasses|eyeglasses|sunglasses|spectacles)$/, replacement: 'bare face, eyes clearly visible' },
  { words: /^(text|words|letters|lettering|watermarks?|logos?|signatures?|writing|captions?)$/, replacement: 'plain, unmarked surfaces' },
  { words: /^(makeup|make-up|airbrushing|smoothing|filters?)$/, replacement: 'skin.natural-texture' },
  { words: /^(noise|grain|noisy|grainy)$/, replacement: 'lens.iso-100-clean' },
  { words: /^(clouds?|cloudy)$/, replacement: 'clear sky' },
  { words: /^(cars?|traffic|vehicles?)$/, replacement: 'a quiet, empty road' },
];

function replacementFor(object: string): { text: string; fragmentId?: FragmentId } | undefined {
  const words = object.toLowerCase().split(/\s+/);
  for (const { words: pattern, replacement } of positiveReplacements) {
    if (!words.some((w) => pattern.test(w))) continue;
    if (replacement.includes('.') && fragments.some((f) => f.id === replacement)) {
      const fragment = getFragment(replacement as FragmentId);
      return { text: fragment.text, fragmentId: fragment.id };
    }
    return { text: replacement };
  }
  return undefined;
}

function findNegativePhrasing(prompt: string, excluded: readonly Range[]): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const match of prompt.matchAll(negationPattern)) {
    const objectStart = match.index + match[0].length - match[1]!.length;
    let objectEnd = objectStart;
    const objectWords: string[] = [];
    for (const word of match[1]!.matchAll(/\S+/gu)) {
      if (objectStop.has(word[0].toLowerCase())) break;
      objectWords.push(word[0]);
      objectEnd = objectStart + word.index + word[0].length;
    }
    if (objectWords.length === 0) continue;
    const object = objectWords.join(' ');
    const start = match.index;
    const end = objectEnd;
    const range = { start, end };
    if (overlapsAny(range, excluded)) continue;
    const phrase = prompt.slice(start, end);
    const replacement = replacementFor(object);
    findings.push({
      rule: 'negative-phrasing',
      severity: 'warning',
      message:
        `FLUX has no negative prompt: "${phrase}" makes the model think about "${object}", so it may appear. ` +
        (replacement
          ? `Describe what fills the space instead, for example "${replacement.text}".`
          : 'Describe what should be there instead.'),
      ...range,
      ...(replacement ? { suggestion: replacement.text } : {}),
      ...(replacement?.fragmentId ? { fragmentId: replacement.fragmentId } : {}),
    });
  }
  return findings;
}

// ---------------------------------------------------------------------------
// vague-term: phrases a catalogue fragment improves on (its `replaces` list)

let vaguePhrases: { words: string[]; fragment: CatalogueFragment }[] | undefined;

function getVaguePhrases() {
  vaguePhrases ??= fragments.flatMap((fragment) =>
    (fragment.replaces ?? []).map((phrase) => ({ words: phraseWords(phrase), fragment })),
  );
  return vaguePhrases;
}

function findVagueTerms(prompt: string, index: WordIndex, excluded: readonly Range[]): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const { words, fragment } of getVaguePhrases()) {
    for (const range of findPhrase(index, words)) {
      if (overlapsAny(range, excluded) || overlapsAny(range, findings)) continue;
      const phrase = prompt.slice(range.start, range.end);
      findings.push({
        rule: 'vague-term',
        severity: 'warning',
        message: `"${phrase}" is vague: FLUX has to guess what it looks like. Say what a camera would see, for example "${fragment.text}"${
          fragment.label.toLowerCase() === fragment.text.toLowerCase() ? '' : ` (${fragment.label})`
        }.`,
        ...range,
        suggestion: fragment.text,
        fragmentId: fragment.id,
      });
    }
  }
  return findings;
}

// ---------------------------------------------------------------------------
// conflict: two instructions that cannot both be true in one photograph

function findConflicts(prompt: string, fragmentMatches: readonly FragmentMatch[]): LintFinding[] {
  const findings: LintFinding[] = [];
  const add = (finding: Omit<LintFinding, 'rule' | 'severity'>) => {
    if (!overlapsAny(finding, findings)) findings.push({ rule: 'conflict', severity: 'warning', ...finding });
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
  const firstLeft = keySides.find((k) => k.side === 'left');
  const firstRight = keySides.find((k) => k.side === 'right');
  if (firstLeft && firstRight) {
    const later = firstLeft.range.start > firstRight.range.start ? firstLeft : firstRight;
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
  return findings;
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
      message: `This prompt is ${counted}; ${model.name} reads at most ${tokens.limit} and silently drops the rest, from about here on. Shorten it, and put what matters most first.`,
      // A count made on a longer text (the widget checks the first part live) can cut past this one.
      start: Math.min(tokens.cutAt ?? 0, prompt.length),
      end: prompt.length,
    },
  ];
}

// ---------------------------------------------------------------------------
// missing-pillar: the realism pillars the prompt says nothing about (info only)

const personPattern =
  /\b(?:woman|women|man|men|person|portrait|face|girl|boy|child|children|kid|bride|groom|couple|craftsman|worker|model|he|she|his|her)\b/i;

const pillarChecks: { pillar: Pillar; mentions: RegExp; starter: FragmentId; why: string }[] = [
  {
    pillar: 'skin',
    mentions: /\b(?:skin|pores?|freckles?|wrinkles?|complexion|blemish\w*|scars?|retouch\w*|vellus)\b/i,
    starter: 'skin.natural-texture',
    why: 'The prompt has a person in it but says nothing about their skin, so FLUX may smooth it into a plastic look.',
  },
  {
    pillar: 'light',
    mentions: /light|\b(?:lit|sun\w*|shadows?|golden hour|blue hour|overcast|backlit|lamps?|candle\w*|soft ?box|glow\w*|twilight|dusk|dawn|chiaroscuro|rembrandt|illuminat\w*|flash)\b/i,
    starter: 'light.window-light-right',
    why: 'The prompt says nothing about light; where it comes from and what it is like has the greatest single effect on the result.',
  },
  {
    pillar: 'material',
    mentions: /\b(?:textur\w*|grain|wood\w*|stone\w*|concrete|marble|granite|fabric|leather|metal\w*|chrome|glass\w*|velvet|linen|cotton|wool|weave|patina|wet|matte|gloss\w*|cobblestones?|brass|steel|ceramic|paper|plastic|rust\w*|worn|wear)\b/i,
    starter: 'material.fabric-weave',
    why: 'The prompt names no material or surface, so FLUX may render clean, generic surfaces.',
  },
  {
    pillar: 'lens',
    mentions: /\b\d+\s?mm\b|\bf\/\s?\d|\b(?:lens|aperture|bokeh|focus|iso\s?\d|depth of field|shot on\b|telephoto|wide-angle|macro|close-up|camera)/i,
    starter: 'lens.fujifilm-x-t5-35mm',
    why: 'The prompt names no camera, lens or aperture; a named camera and lens reads as more authentic than "professional photo".',
  },
  {
    pillar: 'color',
    mentions: /\b(?:colou?r\w*|tones?|grade[ds]?|grading|palette|hues?|saturat\w*|muted|warm|cool|amber|teal|monochrome|black and white)\b|#[0-9a-f]{3,8}\b/i,
    starter: 'color.true-to-life',
    why: 'The prompt says nothing about colour, so FLUX may drift toward over-saturated colour.',
  },
];

function findMissingPillars(prompt: string, fragmentMatches: readonly FragmentMatch[]): LintFinding[] {
  const present = new Set(fragmentMatches.map((m) => m.fragment.pillar));
  const hasPerson = personPattern.test(prompt);
  return pillarChecks
    .filter((check) => (check.pillar !== 'skin' || hasPerson) && !present.has(check.pillar) && !check.mentions.test(prompt))
    .map((check) => {
      const starter = getFragment(check.starter);
      return {
        rule: 'missing-pillar' as const,
        severity: 'info' as const,
        message: `${check.why} A place to start: "${starter.text}".`,
        start: prompt.length,
        end: prompt.length,
        suggestion: `, ${starter.text}`,
        fragmentId: starter.id,
      };
    });
}
