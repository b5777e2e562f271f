import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { applySuggestion, lintPrompt, type LintFinding } from '../../lib/prompt/lint';
import { countTokens, type TokenCount } from '../../lib/prompt/tokens';
import { defaultDiffState, diffQueryKeys, serializeDiffQuery, stateForPair, type DiffToolState } from '../../lib/diff/url-state';
import { diffPrompts } from '../../lib/diff';
import type { DiffOpening } from '../../lib/diff/opening';
import { resultFor } from '../../lib/prompt/check';
import { getPromptPair, promptPairs, type PromptPairId } from '../../lib/examples';
import { models, type ModelId } from '../../lib/models';
import { formatWholeNumber } from '../../lib/numbers';
import { copyMessages, copyText } from '../copy/copy-text';
import { loadFromShareLink } from '../share/on-demand';
import { DiffText } from './DiffText';
import { FindingsList } from './FindingsList';
import { FragmentChips } from './FragmentChips';
import { TokenMeter } from './TokenMeter';
import './diff-tool.css';

/**
 * The prompt diff viewer and checker (/tools/diff/). State lives in the URL query (see
 * src/lib/diff/url-state.ts); the server renders the default example, so the page reads
 * without JavaScript. Longer prompts than LIVE_LIMIT are compared in part until the reader
 * asks for the whole text, so typing never stalls.
 */
export const LIVE_LIMIT = 20_000;

interface Props {
  /** The results for the opening comparison, computed when the page is built (see diff.mdx). */
  opening?: DiffOpening;
}

export default function DiffViewer({ opening }: Props) {
  const [state, setState] = useState<DiffToolState>(defaultDiffState);
  const [urlMessage, setUrlMessage] = useState<string | null>(null);
  const [urlReady, setUrlReady] = useState(false);
  const [shareable, setShareable] = useState(true);
  const [diffWholeText, setDiffWholeText] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [exactCount, setExactCount] = useState<{ text: string; model: ModelId; count: TokenCount } | null>(null);
  const beforeRef = useRef<HTMLTextAreaElement>(null);
  const afterRef = useRef<HTMLTextAreaElement>(null);
  const ids = useId();

  // Read the shared state once, after hydration (the server rendered the default example).
  // The parser (and zod) loads only when the URL carries the tool's keys.
  useEffect(
    () =>
      loadFromShareLink({
        keys: diffQueryKeys,
        loadParser: () => import('../../lib/diff/parse-query').then((m) => m.parseDiffQuery),
        apply: (parsed) => {
          setState(parsed.state);
          setUrlMessage(parsed.error ?? null);
        },
        fail: setUrlMessage,
        done: () => setUrlReady(true),
      }),
    [],
  );

  // Keep the URL in step, so the address bar is always a link to this comparison.
  useEffect(() => {
    if (!urlReady) return;
    const query = serializeDiffQuery(state);
    setShareable(query !== null);
    const url = `${window.location.pathname}${query ?? ''}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(window.history.state, '', url);
    }
  }, [state, urlReady]);

  // The diff and checker follow the typing at low priority: the textareas stay responsive.
  const shown = useDeferredValue(state);
  const overLimit = shown.before.length > LIVE_LIMIT || shown.after.length > LIVE_LIMIT;
  const partial = overLimit && !diffWholeText;
  const beforeShown = partial ? shown.before.slice(0, LIVE_LIMIT) : shown.before;
  const afterShown = partial ? shown.after.slice(0, LIVE_LIMIT) : shown.after;
  const diff = useMemo(
    () => (opening?.before === beforeShown && opening.after === afterShown ? opening.diff : diffPrompts(beforeShown, afterShown)),
    [beforeShown, afterShown, opening],
  );

  const exact = exactCount && exactCount.text === shown.after && exactCount.model === shown.model ? exactCount.count : undefined;
  // The token count covers the whole prompt; the other checks cover what the diff shows.
  const { tokenCount, findings } = useMemo(() => {
    const known = exact || partial ? undefined : resultFor(opening?.check, shown.after, shown.model);
    if (known) return { tokenCount: known.tokens, findings: known.findings };
    const count = exact ?? countTokens(shown.after, shown.model);
    return { tokenCount: count, findings: lintPrompt(afterShown, { model: shown.model, tokenCount: count }) };
  }, [shown.after, afterShown, shown.model, exact, partial, opening]);
  const marks = findings.map((f) => ({ start: f.start, end: f.end, severity: f.severity }));

  const update = (patch: Partial<DiffToolState>) => setState((s) => ({ ...s, ...patch }));
  const pairUnchanged = state.pair !== null && isUnchanged(state, state.pair);

  const applyFix = (finding: LintFinding) => {
    // Findings are positions in the text they were made on; skip a click that raced with typing.
    if (finding.suggestion === undefined || state.after !== shown.after) return;
    update({ after: applySuggestion(state.after, finding) });
    const flagged = afterShown.slice(finding.start, finding.end);
    setAnnouncement(
      finding.start === finding.end
        ? `Added “${finding.suggestion.replace(/^,\s*/, '')}” to the after prompt.`
        : finding.suggestion === ''
          ? `Removed “${flagged}” from the after prompt.`
          : `Replaced “${flagged}” with “${finding.suggestion}”.`,
    );
  };

  const copy = async (which: 'before' | 'after') => {
    const outcome = await copyText(state[which], which === 'before' ? beforeRef.current : afterRef.current);
    setAnnouncement(`${which === 'before' ? 'Before' : 'After'} prompt: ${copyMessages[outcome]}`);
  };

  const copyLink = async () => {
    const outcome = await copyText(window.location.href);
    setAnnouncement(outcome === 'copied' ? 'Link to this comparison copied.' : `The link is in the address bar: ${window.location.href}`);
  };

  const bothEmpty = shown.before.trim() === '' && shown.after.trim() === '';

  return (
    <div className="fpg-diff-tool fpg-controls not-content" data-pagefind-ignore="all">
      {urlMessage && (
        <p className="fpg-diff-tool__alert" role="alert">
          {urlMessage}
        </p>
      )}

      <div className="fpg-diff-tool__controls">
        <label className="fpg-diff-tool__field">
          <span>Example</span>
          <select
            value={pairUnchanged ? state.pair! : ''}
            onChange={(event) => {
              const id = event.target.value as PromptPairId | '';
              if (!id) return;
              setState(stateForPair(id, state.model));
              setDiffWholeText(false);
              setAnnouncement(`Loaded the example “${getPromptPair(id).title}”.`);
            }}
          >
            <option value="" disabled={pairUnchanged}>
              Your own prompts
            </option>
            {promptPairs.map((pair) => (
              <option key={pair.id} value={pair.id}>
                {pair.title}
              </option>
            ))}
          </select>
        </label>
        <label className="fpg-diff-tool__field">
          <span>Model (for the checker and token count)</span>
          <select value={state.model} onChange={(event) => update({ model: event.target.value as ModelId })}>
            {models.map((model) => (
              <option key={model.id} value={model.id}>
                {model.name}
              </option>
            ))}
          </select>
        </label>
      </div>

      <div className="fpg-diff-tool__inputs">
        {(['before', 'after'] as const).map((which) => (
          <div className="fpg-diff-tool__input" key={which}>
            <div className="fpg-diff-tool__input-head">
              <label htmlFor={`${ids}-${which}`}>{which === 'before' ? 'Before' : 'After (checked below)'}</label>
              <button type="button" className="fpg-button" onClick={() => copy(which)}>
                Copy {which} prompt
              </button>
            </div>
            <textarea
              id={`${ids}-${which}`}
              ref={which === 'before' ? beforeRef : afterRef}
              dir="auto"
              rows={5}
              value={state[which]}
              aria-describedby={`${ids}-${which}-count`}
              onChange={(event) => update({ [which]: event.target.value })}
            />
            <span className="fpg-diff-tool__count" id={`${ids}-${which}-count`}>
              {formatWholeNumber(state[which].length)} characters
            </span>
          </div>
        ))}
      </div>

      <div className="fpg-diff-tool__share">
        <button type="button" className="fpg-button" onClick={copyLink} disabled={!shareable}>
          Copy link to this comparison
        </button>
        {!shareable && <span>These prompts are too long to share in a link (over 4,000 characters each).</span>}
      </div>
      <p className="sr-only" role="status">
        {announcement}
      </p>

      <section className="fpg-diff-tool__section" aria-labelledby={`${ids}-changes`}>
        <h2 id={`${ids}-changes`}>What changed</h2>
        {bothEmpty ? (
          <p className="fpg-diff-tool__empty">Both boxes are empty. Type or paste a prompt in each, or pick an example above.</p>
        ) : (
          <>
            {overLimit && (
              <p className="fpg-diff-tool__notice">
                {partial
                  ? `These prompts are too long to compare live, so the diff shows the first ${formatWholeNumber(LIVE_LIMIT)} characters of each. `
                  : 'Showing the whole text. '}
                <button type="button" className="fpg-button" onClick={() => setDiffWholeText(!diffWholeText)}>
                  {partial ? 'Compare the whole text' : 'Back to the first part only'}
                </button>
              </p>
            )}
            {diff.coarse && (
              <p className="fpg-diff-tool__notice">
                The prompts differ too much to compare word by word quickly, so some changes are shown as whole clauses.
              </p>
            )}
            <FragmentChips diff={diff} />
            <p className="fpg-diff-tool__legend">
              Removed words are struck through (red), added words underlined (green); numbered, dashed underlines mark
              the checker’s findings below.
            </p>
            <div className="fpg-diff-tool__columns">
              <div>
                <h3>Before</h3>
                <DiffText segments={diff.segments} view="before" />
              </div>
              <div>
                <h3>After</h3>
                <DiffText segments={diff.segments} view="after" marks={marks} />
              </div>
            </div>
            <div className="fpg-diff-tool__inline">
              <h3>Before → after</h3>
              <DiffText segments={diff.segments} view="inline" marks={marks} />
            </div>
          </>
        )}
      </section>

      <section className="fpg-diff-tool__section" aria-labelledby={`${ids}-checker`}>
        <h2 id={`${ids}-checker`}>Checker: the after prompt</h2>
        <TokenMeter
          prompt={shown.after}
          model={shown.model}
          count={tokenCount}
          onExactCount={(count) => setExactCount({ text: shown.after, model: shown.model, count })}
        />
        {shown.after.trim() === '' ? (
          <p className="fpg-diff-tool__empty">Nothing to check yet: the after box is empty.</p>
        ) : (
          <FindingsList findings={findings} prompt={afterShown} onFix={applyFix} />
        )}
      </section>
    </div>
  );
}

function isUnchanged(state: DiffToolState, id: PromptPairId): boolean {
  const pair = getPromptPair(id);
  return state.before === pair.before && state.after === pair.afterPrompt;
}
