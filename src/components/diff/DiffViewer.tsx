import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { applySuggestion } from '../../lib/prompt/suggestion';
import type { KnownCheck, LintFinding } from '../../lib/prompt/lint/types';
import { DIFF_LIVE_MAX } from '../../lib/limits';
import { defaultDiffState, diffQueryKeys, diffToQuery, stateForPair, type DiffToolState } from '../../lib/diff/share';
import { diffPrompts, relatedPromptPairs } from '../../lib/diff';
import { getPromptPair, promptPairs, type PromptPairId } from '../../lib/examples';
import { models, type ModelId } from '../../lib/models';
import { formatWholeNumber } from '../../lib/numbers';
import { copyMessages, copyText } from '../copy/copy-text';
import { useUrlState } from '../share/useUrlState';
import { LinkMessage } from '../share/LinkMessage';
import { CheckerPanel, fixLabel } from '../prompt/CheckerPanel';
import { usePromptCheck } from '../prompt/usePromptCheck';
import { DiffText } from './DiffText';
import { FragmentChips } from './FragmentChips';
import SelectField from '../fields/SelectField';
import './diff-tool.css';

/**
 * The prompt diff viewer and checker (/tools/diff/). State lives in the URL query (see
 * src/lib/diff/share.ts); the server renders the default example, so the page reads
 * without JavaScript. Longer prompts than DIFF_LIVE_MAX are compared in part until the reader
 * asks for the whole text, so typing never stalls.
 */

type Side = 'before' | 'after';
const sideNames: Record<Side, string> = { before: 'Before', after: 'After' };

export default function DiffViewer({ knownChecks = [] }: { knownChecks?: readonly KnownCheck[] }) {
  const {
    state,
    update: setState,
    linkMessage,
    ready,
    shareable,
    shareUrl,
  } = useUrlState<DiffToolState>({
    initial: defaultDiffState,
    keys: diffQueryKeys,
    loadParser: () => import('../../lib/diff/share-parse').then((m) => m.diffFromQuery),
    toQuery: diffToQuery,
  });
  const [diffWholeText, setDiffWholeText] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  // The checker reads the box the reader last typed in: a pasted prompt in "Before" is checked too.
  const [checked, setChecked] = useState<Side>('after');
  const boxes = { before: useRef<HTMLTextAreaElement>(null), after: useRef<HTMLTextAreaElement>(null) };
  const ids = useId();

  // The diff and checker follow the typing at low priority: the textareas stay responsive.
  const shown = useDeferredValue(state);
  const overLimit = shown.before.length > DIFF_LIVE_MAX || shown.after.length > DIFF_LIVE_MAX;
  const partial = overLimit && !diffWholeText;
  const beforeShown = partial ? shown.before.slice(0, DIFF_LIVE_MAX) : shown.before;
  const afterShown = partial ? shown.after.slice(0, DIFF_LIVE_MAX) : shown.after;
  const diff = useMemo(() => diffPrompts(beforeShown, afterShown), [beforeShown, afterShown]);

  // The guide's pairs that add what this change adds; none for an unrelated change.
  const related = useMemo(() => relatedPromptPairs(diff, pairUnchangedShown(shown)), [diff, shown]);

  const check = usePromptCheck(checked === 'after' ? afterShown : beforeShown, shown.model, undefined, knownChecks);
  // Findings are marked in the diff where their text is drawn: the after side carries the marks.
  const marks = checked === 'after' ? check.findings.map((f) => ({ start: f.start, end: f.end, severity: f.severity })) : [];

  const update = (patch: Partial<DiffToolState>) => setState((s) => ({ ...s, ...patch }));
  const edit = (side: Side, text: string) => {
    setChecked(side);
    update({ [side]: text });
  };
  const pairUnchanged = state.pair !== null && isUnchanged(state, state.pair);

  const applyFix = (finding: LintFinding) => {
    // Findings are positions in the text they were made on; skip a click that raced with typing.
    if (finding.suggestion === undefined || state[checked] !== check.prompt) return;
    update({ [checked]: applySuggestion(state[checked], finding) });
    setAnnouncement(`${fixLabel(finding, check.prompt.slice(finding.start, finding.end), true)} in the ${checked} prompt.`);
  };

  const copy = async (side: Side) => {
    const outcome = await copyText(state[side], boxes[side].current);
    setAnnouncement(`${sideNames[side]} prompt: ${copyMessages[outcome]}`);
  };

  const copyLink = async () => {
    const link = shareUrl();
    const outcome = await copyText(link);
    setAnnouncement(outcome === 'copied' ? 'Link to this comparison copied.' : `The link is in the address bar: ${link}`);
  };

  const startFromMyPrompt = () => {
    update({ pair: null, before: '', after: '' });
    setChecked('before');
    setDiffWholeText(false);
    setAnnouncement('Both boxes are empty: paste your prompt into Before, then copy it to After and change it there.');
    boxes.before.current?.focus();
  };

  const loadPair = (id: PromptPairId) => {
    setState(stateForPair(id, state.model));
    setChecked('after');
    setDiffWholeText(false);
    setAnnouncement(`Loaded the example “${getPromptPair(id).title}”.`);
  };

  const bothEmpty = shown.before.trim() === '' && shown.after.trim() === '';

  return (
    <div className="fpg-diff-tool fpg-controls not-content" data-ready={ready ? 'true' : 'false'} data-pagefind-ignore="all">
      <LinkMessage message={linkMessage} />

      <div className="fpg-diff-tool__controls">
        <SelectField
          label="Example"
          value={pairUnchanged ? state.pair! : ''}
          onChange={(id) => id && loadPair(id as PromptPairId)}
          options={[
            { value: '', label: 'Your own prompts', disabled: pairUnchanged },
            ...promptPairs.map((pair) => ({ value: pair.id, label: pair.title })),
          ]}
        />
        <SelectField
          label="Model (for the checker and token count)"
          value={state.model}
          onChange={(model) => update({ model: model as ModelId })}
          options={models.map((model) => ({ value: model.id, label: model.name }))}
        />
        <button type="button" className="fpg-button" onClick={startFromMyPrompt}>
          Start from my prompt
        </button>
      </div>

      <div className="fpg-diff-tool__inputs">
        {(['before', 'after'] as const).map((side) => (
          <div className="fpg-diff-tool__input" key={side}>
            <div className="fpg-diff-tool__input-head">
              <label htmlFor={`${ids}-${side}`}>{sideNames[side]}</label>
              <span className="fpg-diff-tool__input-actions">
                {side === 'after' && state.before !== '' && state.after === '' && (
                  <button type="button" className="fpg-button fpg-button--small" onClick={() => edit('after', state.before)}>
                    Copy Before here
                  </button>
                )}
                <button
                  type="button"
                  className="fpg-button fpg-button--small"
                  aria-label={`Copy ${side} prompt`}
                  onClick={() => copy(side)}
                  disabled={state[side] === ''}
                >
                  Copy
                </button>
                <button
                  type="button"
                  className="fpg-button fpg-button--small"
                  aria-label={`Clear the ${side} box`}
                  onClick={() => edit(side, '')}
                  disabled={state[side] === ''}
                >
                  Clear
                </button>
              </span>
            </div>
            <textarea
              id={`${ids}-${side}`}
              ref={boxes[side]}
              dir="auto"
              rows={5}
              value={state[side]}
              placeholder={side === 'before' ? 'Paste your prompt here' : 'Your changed prompt'}
              aria-describedby={`${ids}-${side}-count`}
              onChange={(event) => edit(side, event.target.value)}
              onFocus={() => state[side] !== '' && setChecked(side)}
            />
            <span className="fpg-diff-tool__count" id={`${ids}-${side}-count`}>
              {formatWholeNumber(state[side].length)} characters
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
                  ? `These prompts are too long to compare live, so the diff shows the first ${formatWholeNumber(DIFF_LIVE_MAX)} characters of each. `
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
              Removed words are struck through (red), added words underlined (green)
              {checked === 'after' && '; dashed underlines mark the checker’s findings'}.
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
        <h2 id={`${ids}-checker`}>Checker: the {checked} prompt</h2>
        <CheckerPanel check={check} onFix={applyFix} subject={`the ${checked} box`} />
      </section>


      {related.length > 0 && (
        <section className="fpg-diff-tool__section" aria-labelledby={`${ids}-related`}>
          <h2 id={`${ids}-related`}>The same change in the guide</h2>
          <ul className="fpg-diff-tool__related">
            {related.map((pair) => (
              <li key={pair.id}>
                <strong>{pair.title}.</strong> {pair.why}{' '}
                <button type="button" className="fpg-button fpg-button--small" onClick={() => loadPair(pair.id)}>
                  Compare this example
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** The example on screen, while its prompts are unchanged. */
function pairUnchangedShown(state: DiffToolState): PromptPairId | null {
  return state.pair !== null && isUnchanged(state, state.pair) ? state.pair : null;
}

function isUnchanged(state: DiffToolState, id: PromptPairId): boolean {
  const pair = getPromptPair(id);
  return state.before === pair.before && state.after === pair.afterPrompt;
}
