import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { applyUpgrade, subjectLabels, upgradePrompt, UPGRADE_INPUT_MAX, type UpgradeSuggestion } from '../../lib/upgrade';
import { UPGRADE_SHARE_MAX } from '../../lib/limits';
import { defaultUpgradeState, upgradeQueryKeys, upgradeToQuery, type UpgradeToolState } from '../../lib/upgrade/share';
import { diffPrompts } from '../../lib/diff';
import { models, type ModelId } from '../../lib/models';
import { formatWholeNumber } from '../../lib/numbers';
import { copyMessages, copyText } from '../copy/copy-text';
import { useUrlState } from '../share/useUrlState';
import { LinkMessage } from '../share/LinkMessage';
import { DiffText } from '../diff/DiffText';
import SelectField from '../fields/SelectField';
import { pillarLabels } from '../../lib/fragments/types';
import { sitePath } from '../links';
import './upgrade.css';

/**
 * "Make it photographic" (/tools/upgrade/): the reader's prompt, its upgrade as a diff against
 * their own words, and each added or replaced piece with its pillar, its reason and a tick box
 * to drop it. The state (prompt, model, dropped pieces) lives in the page address.
 */
export default function UpgradeTool() {
  const { state, update, linkMessage, ready, shareable, shareUrl } = useUrlState<UpgradeToolState>({
    initial: defaultUpgradeState,
    keys: upgradeQueryKeys,
    loadParser: () => import('../../lib/upgrade/share-parse').then((m) => m.upgradeFromQuery),
    toQuery: upgradeToQuery,
  });
  const [announcement, setAnnouncement] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  const resultBox = useRef<HTMLParagraphElement>(null);
  const ids = useId();

  // The upgrade follows the typing at low priority, so the text box stays responsive.
  const shown = useDeferredValue(state);
  const result = useMemo(() => upgradePrompt(shown.prompt, { model: shown.model }), [shown.prompt, shown.model]);
  const dropped = new Set(shown.dropped);
  const kept = result.suggestions.filter((s) => !dropped.has(s.id));
  // The tick boxes follow the click at once; the upgraded text follows at low priority.
  const droppedNow = new Set(state.dropped);
  const upgraded = applyUpgrade(result.prompt, kept);
  // A prompt past the upgrade's limit is shown only with its message: diffing it against itself tells nothing.
  const tooLong = result.prompt.length > UPGRADE_INPUT_MAX;
  const diff = useMemo(() => (tooLong ? null : diffPrompts(result.prompt, upgraded)), [tooLong, result.prompt, upgraded]);
  const [leaveMessage, setLeaveMessage] = useState<string | null>(null);
  const empty = result.prompt.trim() === '';

  const edit = (prompt: string) => update((s) => ({ ...s, prompt, dropped: [] }));
  const toggle = (suggestion: UpgradeSuggestion) => {
    const isDropped = droppedNow.has(suggestion.id);
    update((s) => ({
      ...s,
      dropped: isDropped ? s.dropped.filter((id) => id !== suggestion.id) : [...s.dropped, suggestion.id],
    }));
    setAnnouncement(`${isDropped ? 'Kept' : 'Dropped'}: ${describe(result.prompt, suggestion)}.`);
  };

  const copyResult = async () => {
    const outcome = await copyText(upgraded, resultBox.current);
    setAnnouncement(`Upgraded prompt: ${copyMessages[outcome]}`);
  };
  // The builder's link format comes with its template catalogue, so it loads on the click, not with the page.
  const openIn = async (tool: 'builder' | 'diff') => {
    setLeaveMessage(null);
    try {
      const links = await import('../../lib/upgrade/links');
      const query =
        tool === 'builder' ? links.upgradeBuilderQuery(result.prompt, result.model, kept) : links.upgradeDiffQuery(result.prompt, upgraded, result.model);
      if (query === null) {
        setLeaveMessage(
          tool === 'builder'
            ? 'Your own words are too long for one builder part: copy the result and paste it in the builder instead.'
            : 'These prompts are too long to send in a link: copy the result and paste it in the diff tool instead.',
        );
        return;
      }
      window.location.assign(`${sitePath(tool === 'builder' ? '/tools/builder/' : '/tools/diff/')}${query}`);
    } catch {
      setLeaveMessage('The link could not be made (is the page offline?): copy the result instead.');
    }
  };
  const copyLink = async () => {
    const link = shareUrl();
    const outcome = await copyText(link);
    setAnnouncement(outcome === 'copied' ? 'Link to this upgrade copied.' : `The link is in the address bar: ${link}`);
  };
  const clear = () => {
    edit('');
    setAnnouncement('The prompt box is empty: paste your prompt.');
    box.current?.focus();
  };

  return (
    <div className="fpg-upgrade fpg-controls not-content" data-ready={ready ? 'true' : 'false'} data-pagefind-ignore="all">
      <LinkMessage message={linkMessage} />

      <div className="fpg-upgrade__input">
        <div className="fpg-upgrade__input-head">
          <label htmlFor={`${ids}-prompt`}>Your prompt</label>
          <button type="button" className="fpg-button fpg-button--small" onClick={clear} disabled={state.prompt === ''} aria-label="Clear the prompt box">
            Clear
          </button>
        </div>
        <textarea
          id={`${ids}-prompt`}
          ref={box}
          dir="auto"
          rows={4}
          value={state.prompt}
          placeholder="Paste your prompt here"
          aria-describedby={`${ids}-count`}
          onChange={(event) => edit(event.target.value)}
        />
        <span className="fpg-upgrade__count" id={`${ids}-count`}>
          {formatWholeNumber(state.prompt.length)} characters
          {state.prompt.length > UPGRADE_INPUT_MAX && ` (the upgrade reads at most ${formatWholeNumber(UPGRADE_INPUT_MAX)})`}
        </span>
        <SelectField
          label="Model (for the checker and the token limit)"
          value={state.model}
          onChange={(model) => update((s) => ({ ...s, model: model as ModelId }))}
          options={models.map((model) => ({ value: model.id, label: model.name }))}
        />
      </div>

      {result.notice && <p className="fpg-upgrade__notice">{result.notice}</p>}

      {!empty && diff && (
        <section className="fpg-upgrade__section" aria-labelledby={`${ids}-result`}>
          <h2 id={`${ids}-result`}>The photographic version</h2>
          <p className="fpg-upgrade__subject">
            Read as {subjectLabels[result.subject]}. Removed words are struck through (red), added words underlined (green).
          </p>
          <DiffText segments={diff.segments} view="inline" className="fpg-upgrade__diff" />
          <h3 className="fpg-upgrade__plain-head">Result</h3>
          <p className="fpg-upgrade__result" ref={resultBox} dir="auto" data-testid="upgrade-result">
            {upgraded}
          </p>
          <div className="fpg-upgrade__actions">
            <button type="button" className="fpg-button" onClick={copyResult}>
              Copy the result
            </button>
            <button type="button" className="fpg-button" onClick={() => openIn('builder')}>
              Open in the builder
            </button>
            <button type="button" className="fpg-button" onClick={() => openIn('diff')}>
              Compare in the diff tool
            </button>
            <button type="button" className="fpg-button" onClick={copyLink} disabled={!shareable}>
              Copy link to this upgrade
            </button>
          </div>
          {leaveMessage && (
            <p className="fpg-error" role="alert">
              {leaveMessage}
            </p>
          )}
          {!shareable && (
            <p className="fpg-upgrade__note">This prompt is too long to share in a link (over {formatWholeNumber(UPGRADE_SHARE_MAX)} characters).</p>
          )}
        </section>
      )}

      {result.conflicts.length > 0 && (
        <section className="fpg-upgrade__section" aria-labelledby={`${ids}-conflicts`} data-upgrade-conflicts>
          <h2 id={`${ids}-conflicts`}>Where your prompt fights itself</h2>
          <p className="fpg-upgrade__note">Both phrases are kept as you wrote them: choose one for the picture you want.</p>
          <ul className="fpg-upgrade__conflicts">
            {result.conflicts.map((conflict) => (
              <li key={`${conflict.start}-${conflict.end}`} dir="auto">
                {conflict.message}
              </li>
            ))}
          </ul>
        </section>
      )}

      {result.suggestions.length > 0 && (
        <section className="fpg-upgrade__section" aria-labelledby={`${ids}-pieces`}>
          <h2 id={`${ids}-pieces`}>Piece by piece</h2>
          <p className="fpg-upgrade__note">Untick a piece to leave it out; the result above follows.</p>
          <ul className="fpg-upgrade__pieces">
            {result.suggestions.map((suggestion) => (
              <li key={suggestion.id} className="fpg-upgrade__piece" data-piece={suggestion.id}>
                <label className="fpg-upgrade__piece-head">
                  <input type="checkbox" checked={!droppedNow.has(suggestion.id)} onChange={() => toggle(suggestion)} />
                  <span className="fpg-upgrade__pillar">{suggestion.pillar ? pillarLabels[suggestion.pillar] : 'Fix'}</span>
                  <span className="fpg-upgrade__what" dir="auto">
                    {describe(result.prompt, suggestion)}
                  </span>
                </label>
                <p className="fpg-upgrade__why">{suggestion.why}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {!empty && result.suggestions.length === 0 && !result.notice && (
        <p className="fpg-upgrade__notice">Nothing to add: this prompt already covers light, lens, materials and colour, and the checker finds nothing to fix.</p>
      )}

      <p className="sr-only" role="status">
        {announcement}
      </p>
    </div>
  );
}

/** One line for a piece: what it puts in, or what it removes. */
function describe(prompt: string, suggestion: UpgradeSuggestion): string {
  if (!suggestion.replaces) return `Add “${suggestion.text}”`;
  const original = prompt.slice(suggestion.replaces.start, suggestion.replaces.end);
  return suggestion.text === '' ? `Remove “${original}”` : `“${original}” → “${suggestion.text}”`;
}
