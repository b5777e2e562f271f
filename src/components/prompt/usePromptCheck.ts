import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { getModel, type ModelId } from '../../lib/models';
import { lintPrompt, type LintFinding } from '../../lib/prompt/lint';
import { countTokens, type TokenCount } from '../../lib/prompt/tokens';

/** Longest prompt recounted exactly on every change: the Qwen3 tokenizer runs on the main thread. */
const LIVE_EXACT_MAX_CHARS = 20_000;

type Tokenizer = 'idle' | 'loading' | 'ready' | 'failed';

export interface PromptCheck {
  /** The text that was checked: findings' offsets point into it. */
  prompt: string;
  model: ModelId;
  /** Null for an empty prompt: there is nothing to count. */
  tokens: TokenCount | null;
  findings: LintFinding[];
  /** The model reads its prompt through Qwen3, which can be counted exactly once the tokenizer loads. */
  canCountExactly: boolean;
  tokenizer: Tokenizer;
  countExactly: () => void;
}

/**
 * The checker's findings and the token count for a prompt and model. The count is an instant
 * estimate unless an exact one is known (`knownExact`, counted at build time for catalogue
 * text); for Qwen3 models the reader can load the tokenizer (about 7 MB, only on request),
 * after which the count is exact and follows every change.
 */
export function usePromptCheck(typed: string, model: ModelId, knownExact?: TokenCount | null): PromptCheck {
  // The check follows the typing a beat behind: a keystroke is never kept waiting for the checker.
  const prompt = useDeferredValue(typed);
  const canCountExactly = getModel(model).encoder.kind === 'qwen3';
  const [tokenizer, setTokenizer] = useState<Tokenizer>('idle');
  const [exact, setExact] = useState<{ prompt: string; tokens: TokenCount } | null>(null);
  // The prompt the reader asked to count; once the tokenizer is here, short prompts are counted on every change.
  const [asked, setAsked] = useState<string | null>(null);
  const empty = prompt.trim() === '';
  const live = prompt.length <= LIVE_EXACT_MAX_CHARS;
  const exactNow = (canCountExactly && exact?.prompt === prompt ? exact.tokens : undefined) ?? knownExact ?? undefined;
  const wanted = canCountExactly && !empty && !exactNow && (asked === prompt || (tokenizer === 'ready' && live));

  const countExactly = () => setAsked(prompt);

  useEffect(() => {
    if (!wanted) return;
    let current = true;
    setTokenizer((t) => (t === 'ready' ? t : 'loading'));
    import('../../lib/prompt/qwen3-tokens')
      .then(({ countQwen3Tokens }) => countQwen3Tokens(prompt))
      .then((tokens) => {
        if (!current) return;
        setExact({ prompt, tokens });
        setTokenizer('ready');
      })
      .catch(() => current && setTokenizer('failed'));
    return () => {
      current = false;
    };
  }, [wanted, prompt]);

  const { tokens, findings } = useMemo(() => {
    if (empty) return { tokens: null, findings: [] };
    const tokens = exactNow ?? countTokens(prompt, model);
    return { tokens, findings: lintPrompt(prompt, { model, tokenCount: tokens }) };
  }, [empty, exactNow, prompt, model]);

  return { prompt, model, tokens, findings, canCountExactly, tokenizer, countExactly };
}
