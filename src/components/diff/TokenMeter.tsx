import { useEffect, useState } from 'react';
import { getModel, type ModelId } from '../../lib/models';
import type { TokenCount } from '../../lib/prompt/tokens';
import { formatWholeNumber } from '../../lib/numbers';

/**
 * The after prompt's token count against the model's limit. The estimate is instant; for
 * FLUX.2 [klein] the reader can load the Qwen3 tokenizer (about 7 MB, only on request) for
 * an exact count, which then follows every change.
 */
interface Props {
  prompt: string;
  model: ModelId;
  count: TokenCount;
  onExactCount: (count: TokenCount) => void;
}

type Loading = 'idle' | 'loading' | 'ready' | 'failed';

/** Longest prompt recounted exactly on every change; longer ones are counted on request. */
const AUTO_COUNT_MAX_CHARS = 20_000;

export function TokenMeter({ prompt, model, count, onExactCount }: Props) {
  const [tokenizer, setTokenizer] = useState<Loading>('idle');
  const { name } = getModel(model);
  const canCountExactly = count.encoder === 'qwen3';

  const countExactly = async () => {
    setTokenizer((t) => (t === 'ready' ? t : 'loading'));
    try {
      const { countQwen3Tokens } = await import('../../lib/prompt/qwen3-tokens');
      onExactCount(await countQwen3Tokens(prompt));
      setTokenizer('ready');
    } catch {
      setTokenizer('failed');
    }
  };

  // Once the tokenizer is here, keep the exact count current (for prompts short enough to count
  // on every change; tokenizing runs on the main thread).
  const live = prompt.length <= AUTO_COUNT_MAX_CHARS;
  useEffect(() => {
    if (tokenizer === 'ready' && canCountExactly && !count.exact && live) void countExactly();
    // countExactly reads the current prompt; re-run only when the count goes stale.
  }, [tokenizer, canCountExactly, count.exact, live, prompt]);

  const over = count.limit !== null && count.count > count.limit;
  return (
    <div className={`fpg-token-meter${over ? ' fpg-token-meter--over' : ''}`}>
      <p>
        {count.exact ? (
          <strong>{formatWholeNumber(count.count)} tokens</strong>
        ) : (
          <strong>About {formatWholeNumber(count.count)} tokens (estimate)</strong>
        )}{' '}
        {count.limit === null
          ? `— no published token limit for ${name}.`
          : `of ${formatWholeNumber(count.limit)} that ${name} reads${over ? ': over the limit, the rest is cut.' : '.'}`}
      </p>
      <details>
        <summary>How is this counted?</summary>
        <p>{count.method}</p>
      </details>
      {canCountExactly && !count.exact && (tokenizer !== 'ready' || !live) && (
        <p>
          <button type="button" className="fpg-button" onClick={countExactly} disabled={tokenizer === 'loading'}>
            Count exactly (loads the 7 MB Qwen3 tokenizer)
          </button>
        </p>
      )}
      <p role="status" className="fpg-token-meter__status">
        {tokenizer === 'loading' && 'Loading the Qwen3 tokenizer…'}
        {tokenizer === 'failed' && 'The tokenizer could not be loaded; the estimate above still applies.'}
      </p>
    </div>
  );
}
