import { useEffect, useState } from 'react';
import { countQwen3Tokens } from '../../lib/prompt/qwen3-tokens';
import { countTokens, type TokenCount } from '../../lib/prompt/tokens';
import { getModel, type ModelId } from '../../lib/models';
import { resultFor, type PromptCheckResult } from '../../lib/prompt/check';
import { lintPrompt } from '../../lib/prompt/lint';

interface Props {
  prompt: string;
  model: ModelId;
  /** The check of the builder's opening prompt, made at build time (see checkPrompt). */
  initialCheck?: PromptCheckResult;
}

/**
 * The token count and the checker's findings for the current prompt and model. The count is
 * a light estimate; for FLUX.2 [klein] the reader can load the exact Qwen3 tokenizer (~7 MB)
 * on demand, after which counts are exact.
 */
export function PromptCheck({ prompt, model, initialCheck }: Props) {
  const isQwen3 = getModel(model).encoder.kind === 'qwen3';
  const [exactEnabled, setExactEnabled] = useState(false);
  const [exact, setExact] = useState<{ prompt: string; tokens: TokenCount } | null>(null);
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState('');

  useEffect(() => {
    if (!exactEnabled || !isQwen3) return;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      setLoading(true);
      countQwen3Tokens(prompt)
        .then((tokens) => !cancelled && setExact({ prompt, tokens }))
        .catch(() => !cancelled && setLoadError('The Qwen3 tokenizer could not be loaded; the count below is an estimate.'))
        .finally(() => !cancelled && setLoading(false));
    }, 250);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [exactEnabled, isQwen3, prompt]);

  const exactNow = isQwen3 && exact?.prompt === prompt ? exact.tokens : undefined;
  const known = exactNow ? undefined : resultFor(initialCheck, prompt, model);
  const tokens = exactNow ?? known?.tokens ?? countTokens(prompt, model);
  const findings = known?.findings ?? lintPrompt(prompt, { model, tokenCount: exactNow });
  const over = tokens.limit !== null && tokens.count > tokens.limit;

  return (
    <div className="builder__check">
      <p className="builder__tokens" data-testid="token-count">
        <strong>{tokens.exact ? `${tokens.count} tokens` : `About ${tokens.count} tokens`}</strong>
        {tokens.limit !== null ? ` of ${tokens.limit}` : ' (no published limit)'}
        {tokens.exact ? ' — exact, Qwen3 tokenizer' : ' — estimate'}
        {over && <strong className="builder__over"> — over the limit: the end of the prompt is cut off</strong>}
      </p>
      {isQwen3 && !exactEnabled && (
        <p className="builder__hint">
          <button type="button" className="fpg-button" onClick={() => setExactEnabled(true)}>
            Count exactly
          </button>{' '}
          loads the Qwen3 tokenizer (about 7 MB) once.
        </p>
      )}
      {isQwen3 && exactEnabled && loading && !exactNow && <p className="builder__hint">Counting with the Qwen3 tokenizer…</p>}
      {loadError && <p className="builder__error">{loadError}</p>}
      <h3 className="builder__subheading">Checker</h3>
      {prompt.trim() === '' ? (
        <p className="builder__hint">Nothing to check yet.</p>
      ) : findings.length === 0 ? (
        <p className="builder__ok">No findings for {getModel(model).name}.</p>
      ) : (
        <ul className="builder__findings">
          {findings.map((finding, index) => (
            <li key={`${finding.rule}-${finding.start}-${index}`} className={`builder__finding builder__finding--${finding.severity}`}>
              <span className="builder__severity">{finding.severity}</span> {finding.message}
              {finding.start !== finding.end && (
                <>
                  {' '}
                  <q>{prompt.slice(finding.start, finding.end)}</q>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
