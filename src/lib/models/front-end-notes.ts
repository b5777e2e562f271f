import { formatWholeNumber } from '../numbers';
import type { FluxModel, FrontEnd, FrontEndFacts } from './types';

/**
 * The sentences that tell a reader what each front end does with a model's prompt: its
 * negative prompt, `(word:1.2)` weights and length. Written from the model catalogue's
 * per-front-end facts, so the checker's messages and the model table say the same thing.
 */

export const frontEndNames: Record<FrontEnd, string> = { diffusers: 'diffusers', comfyui: 'ComfyUI', bflApi: 'BFL’s API' };

/** The front ends the model runs in, with their facts (none for a model that takes no text). */
export function frontEndsOf(model: FluxModel): { name: string; facts: FrontEndFacts }[] {
  return (Object.keys(frontEndNames) as FrontEnd[]).flatMap((key) => {
    const facts = model.frontEnds[key];
    return facts ? [{ name: frontEndNames[key], facts }] : [];
  });
}

/** A list as a reader says it: "a", "a and b", "a, b and c". */
export function spokenList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function lowerFirst(text: string): string {
  // Names ("FluxPipeline", "ComfyUI’s", "BFL’s", "FLUX.2") stay as they are: only a plain capitalised word is lowered.
  return /^[A-Z][a-z]+\b(?![’'])/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** What the model does with a negative prompt, front end by front end. */
export function negativePromptNote(model: FluxModel): string {
  const fronts = frontEndsOf(model);
  if (fronts.length === 0) return `${model.name}: ${model.acceptsNegativePrompt.note}`;
  const notes = fronts.map(({ name, facts }) => (facts.note.includes(name) ? facts.note : `In ${name}, ${lowerFirst(facts.note)}`));
  return `${model.name}: ${notes.join(' ')}`;
}

/**
 * What the model's front ends do with "(word:1.2)". ComfyUI and Forge parse weights for FLUX.1
 * (their T5 and CLIP tokenizers); ComfyUI's FLUX.2 tokenizers turn weights off, so there the
 * brackets and number are words. Forge runs FLUX.1 only, so it is named only beside a parsing ComfyUI.
 */
export function weightSyntaxNote(model: FluxModel): string {
  const fronts = frontEndsOf(model);
  const parsed = fronts.filter((f) => f.facts.weights === 'parsed').map((f) => f.name);
  const literal = fronts.filter((f) => f.facts.weights === 'literal').map((f) => f.name);
  const parts: string[] = [];
  if (parsed.length > 0) parts.push(`${spokenList(parsed)} (and Forge) parse it and scale those words, more weakly than on Stable Diffusion`);
  if (literal.length > 0) parts.push(`${spokenList(literal)} pass${literal.length === 1 ? 'es' : ''} the brackets and number to FLUX as text`);
  return parts.length > 0 ? `With ${model.name}, ${parts.join('; ')}.` : 'FLUX reads the brackets and number as text.';
}

/**
 * Who cuts a long prompt where: the limit is a front end's setting (diffusers'
 * max_sequence_length), not the model's own, so the sentence names each front end, and says
 * whether the cut is logged (FluxPipeline) or silent (the FLUX.2 pipelines).
 */
export function truncationNote(model: FluxModel, limit: number): string {
  const { diffusers, comfyui, bflApi } = model.frontEnds;
  const sentences: string[] = [];
  if (diffusers?.tokenLimit != null) {
    const tokens = formatWholeNumber(diffusers.tokenLimit);
    const cut = diffusers.truncation === 'warning' ? 'it cuts the text from about here on and logs a warning' : 'it cuts the text from about here on without a warning';
    const schnell = model.id === 'flux1-schnell' ? ` once you pass max_sequence_length=${tokens} (the pipeline’s default is 512, more than [schnell] takes; this guide’s script passes it)` : '';
    const template = model.family === 'FLUX.2' ? ', and its chat template’s own tokens count against the same limit' : '';
    sentences.push(`In diffusers, ${tokens} is the ${model.name} pipeline’s max_sequence_length: ${cut}${schnell}${template}.`);
  }
  if (comfyui) {
    sentences.push(
      comfyui.tokenLimit === null
        ? `ComfyUI does not cut ${model.name}’s prompt at that length${model.family === 'FLUX.1' ? ' (CLIP’s part always stops at 77 tokens)' : ''}.`
        : `ComfyUI reads ${formatWholeNumber(comfyui.tokenLimit)} tokens.`,
    );
  }
  if (bflApi?.tokenLimit != null) sentences.push(`BFL’s API reads up to ${formatWholeNumber(bflApi.tokenLimit)} tokens.`);
  if (sentences.length === 0) sentences.push(`${model.name} reads at most ${formatWholeNumber(limit)}, from about here on the rest is dropped.`);
  return sentences.join(' ');
}

/**
 * One front end's answers for one model, as short phrases a table cell can hold: how much of the
 * prompt it reads, what it does with `(word:1.2)`, the negative prompt, the guidance and its
 * own default steps. The front-end table in the prompts chapter prints these.
 */
export function frontEndSummary(facts: FrontEndFacts): { length: string; weights: string; negative: string; guidance: string } {
  const tokens = facts.tokenLimit === null ? null : formatWholeNumber(facts.tokenLimit);
  const length =
    tokens === null
      ? /not given by our sources/.test(facts.sources.length)
        ? 'Limit not published'
        : 'Not cut'
      : facts.truncation === 'none'
        ? `Up to ${tokens} tokens`
        : `${tokens} tokens, then cut ${facts.truncation === 'warning' ? 'with a warning' : 'silently'}`;
  const weights = facts.weights === 'parsed' ? '(word:1.2) parsed' : '(word:1.2) read as words';
  const negative = facts.negativePrompt ? 'Negative prompt used' : 'No negative prompt';
  const value = facts.defaultGuidance === null ? '' : ` ${facts.defaultGuidance}`;
  const kind =
    facts.guidance === 'distilled'
      ? `Distilled guidance${value}`
      : facts.guidance === 'real-cfg'
        ? `Real CFG${value}`
        : facts.guidance === 'none'
          ? 'No guidance'
          : facts.defaultGuidance === null
            ? 'Guidance set by BFL'
            : `Guidance${value}`;
  const steps = facts.defaultSteps === null ? '' : `, ${facts.defaultSteps} steps`;
  return { length, weights, negative, guidance: `${kind}${steps}` };
}
