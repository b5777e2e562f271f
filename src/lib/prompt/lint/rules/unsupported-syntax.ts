import { getModel, type FluxModel, type ModelId } from '../../../models';
import { negativePromptNote, weightSyntaxNote } from '../../../models/front-end-notes';
import { overlapsAny } from '../../../reading';
import type { LintFinding } from '../types';

/** Other tools' syntax that FLUX reads as plain words: Stable Diffusion weights, Midjourney parameters. */

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

export function findUnsupportedSyntax(prompt: string, modelId: ModelId): LintFinding[] {
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
