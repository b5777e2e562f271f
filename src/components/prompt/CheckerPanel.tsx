import { getModel } from '../../lib/models';
import { formatWholeNumber } from '../../lib/numbers';
import { lintRuleNames, type LintFinding } from '../../lib/prompt/lint/types';
import type { PromptCheck } from './usePromptCheck';
import './checker.css';

const severityNames = { error: 'Error', warning: 'Warning', info: 'Tip' } as const;

/** Long prompts can have many findings: the list shows the first ones. */
const SHOWN_FINDINGS = 50;

interface Props {
  check: PromptCheck;
  /** Offered as a button on each finding that has a fix; without it the list only reports. */
  onFix?: (finding: LintFinding) => void;
  /** Says what was checked when the page has more than one prompt ("the before prompt"). */
  subject?: string;
}

/** The checker's token count and findings for one prompt: the one panel every tool shows. */
export function CheckerPanel({ check, onFix, subject = 'this prompt' }: Props) {
  const { prompt, tokens, findings, canCountExactly, tokenizer, countExactly } = check;
  const { name } = getModel(check.model);
  if (tokens === null) return <p className="fpg-checker__empty">Nothing to check yet: {subject} is empty.</p>;

  const over = tokens.limit !== null && tokens.count > tokens.limit;
  const loud = findings.filter((f) => f.severity !== 'info').length;
  const tips = findings.length - loud;
  return (
    <div className="fpg-checker">
      <p className={`fpg-checker__tokens${over ? ' fpg-checker__tokens--over' : ''}`} data-testid="token-count">
        <strong>{tokens.exact ? `${formatWholeNumber(tokens.count)} tokens` : `About ${formatWholeNumber(tokens.count)} tokens (estimate)`}</strong>{' '}
        {tokens.limit === null
          ? `— no published token limit for ${name}.`
          : `of ${formatWholeNumber(tokens.limit)} that ${name} reads${over ? ': over the limit, the rest is cut.' : '.'}`}
      </p>
      <details>
        <summary>How is this counted?</summary>
        <p>{tokens.method}</p>
      </details>
      {canCountExactly && !tokens.exact && tokenizer !== 'ready' && (
        <p>
          <button type="button" className="fpg-button" onClick={countExactly} disabled={tokenizer === 'loading'}>
            Count exactly (loads the 7 MB Qwen3 tokenizer)
          </button>
        </p>
      )}
      <p role="status" className="fpg-checker__status">
        {tokenizer === 'loading' && 'Loading the Qwen3 tokenizer…'}
        {tokenizer === 'failed' && 'The tokenizer could not be loaded; the estimate above still applies.'}
      </p>
      {check.pending || check.failed ? (
        <p className="fpg-checker__pending">{check.failed ? 'The checker could not be loaded (is the page offline?); the count above still applies.' : 'Checking the prompt…'}</p>
      ) : findings.length === 0 ? (
        <p className="fpg-checker__ok">No findings for {name}: nothing FLUX would ignore or misread.</p>
      ) : (
        <>
          <p>
            {loud === 0 ? 'No warnings' : `${loud} ${loud === 1 ? 'warning' : 'warnings'}`}
            {tips > 0 && `, ${tips} ${tips === 1 ? 'tip' : 'tips'}`}.
          </p>
          <ol className="fpg-findings">
            {findings.slice(0, SHOWN_FINDINGS).map((finding, index) => {
              const flagged = prompt.slice(finding.start, finding.end);
              return (
                <li key={`${finding.rule}-${finding.start}-${index}`} className={`fpg-finding fpg-finding--${finding.severity}`}>
                  <p className="fpg-finding__head">
                    <span className="fpg-finding__severity">{severityNames[finding.severity]}</span>{' '}
                    <span className="fpg-finding__rule">{lintRuleNames[finding.rule]}</span>
                    {flagged && finding.rule !== 'too-long' && (
                      <>
                        {' '}
                        <q dir="auto">{flagged}</q>
                      </>
                    )}
                  </p>
                  <p className="fpg-finding__message">{finding.message}</p>
                  {onFix && finding.suggestion !== undefined && (
                    <button type="button" className="fpg-button fpg-button--small" onClick={() => onFix(finding)}>
                      {fixLabel(finding, flagged)}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
          {findings.length > SHOWN_FINDINGS && <p>…and {findings.length - SHOWN_FINDINGS} more.</p>}
        </>
      )}
    </div>
  );
}

/** The words a fix button says ("Replace “a” with “b”"), or, once applied, what was done ("Replaced “a” with “b”"). */
export function fixLabel(finding: LintFinding, flagged: string, done = false): string {
  const suggestion = finding.suggestion ?? '';
  if (finding.start === finding.end) return `${done ? 'Added' : 'Add'} “${suggestion.replace(/^,\s*/, '')}”`;
  if (suggestion === '') return `${done ? 'Removed' : 'Remove'} “${flagged}”`;
  return `${done ? 'Replaced' : 'Replace'} “${flagged}” with “${suggestion}”`;
}
