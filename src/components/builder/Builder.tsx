import { useEffect, useId, useRef, useState } from 'react';
import {
  blankBuilderState,
  BUILDER_PART_LIMIT,
  BUILDER_TEXT_MAX,
  builderPrompt,
  builderPromptParts,
  defaultBuilderState,
  DEFAULT_BUILDER_TEMPLATE,
  stateFromTemplate,
  type BuilderState,
} from '../../lib/builder/state';
import { builderQueryKeys, encodeBuilderQuery, SHARE_URL_MAX } from '../../lib/builder/share';
import { models, type ModelId } from '../../lib/models';
import type { PromptCheckResult } from '../../lib/prompt/check';
import { templates } from '../../lib/templates';
import { copyMessages, copyText } from '../copy/copy-text';
import { loadFromShareLink } from '../share/on-demand';
import { AddParts } from './AddParts';
import { ExportPanel } from './ExportPanel';
import { PartsList } from './PartsList';
import { PromptCheck } from './PromptCheck';
import { SavedPanel } from './SavedPanel';
import { SlotFields } from './SlotFields';
import { useStatus } from './useStatus';
import './builder.css';

interface Props {
  /** The checker's result for the opening prompt, computed when the page is built (see builder.mdx). */
  initialCheck?: PromptCheckResult;
}

/**
 * The prompt builder. Its first render (on the server) is the default template, so the page
 * reads without JavaScript; once hydrated it reads the URL (?template=… or a shared ?s=…),
 * and keeps the URL in step with the state so the address bar is always a share link.
 */
export default function Builder({ initialCheck }: Props) {
  const uid = useId();
  const [state, setState] = useState<BuilderState>(defaultBuilderState);
  const [urlError, setUrlError] = useState('');
  // Marked data-ready once the URL has been read, so tests (and styles) can tell the live builder
  // from its server render. Set on the element directly: a state change would render it all again.
  const root = useRef<HTMLDivElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const [pickedTemplate, setPickedTemplate] = useState<string>(DEFAULT_BUILDER_TEMPLATE);
  const [copyStatus, setCopyStatus] = useStatus();
  const [shareStatus, setShareStatus] = useStatus(8000);
  const changed = useRef(false);
  const promptBox = useRef<HTMLParagraphElement>(null);

  // A plain visit keeps the server-rendered default: no parser to load, and no second render of
  // the whole builder while the page is still loading.
  useEffect(
    () =>
      loadFromShareLink({
        keys: builderQueryKeys,
        loadParser: () => import('../../lib/builder/parse-query').then((m) => m.parseBuilderQuery),
        apply: (parsed) => {
          setState(parsed.state);
          if (parsed.state.template) setPickedTemplate(parsed.state.template);
          if (parsed.error) setUrlError(parsed.error);
        },
        fail: setUrlError,
        done: () => root.current?.setAttribute('data-ready', 'true'),
      }),
    [],
  );

  const shareQuery = encodeBuilderQuery(state);
  const shareable = shareQuery.length <= SHARE_URL_MAX;
  useEffect(() => {
    if (!changed.current || !shareable) return;
    window.history.replaceState(null, '', `${window.location.pathname}${shareQuery}${window.location.hash}`);
  }, [shareQuery, shareable]);

  const update = (next: BuilderState, message = '') => {
    changed.current = true;
    setState(next);
    setAnnouncement(message);
  };

  const prompt = builderPrompt(state);
  const parts = builderPromptParts(state);
  const shareUrl = typeof window === 'undefined' ? shareQuery : `${window.location.origin}${window.location.pathname}${shareQuery}`;

  return (
    <div className="builder fpg-controls not-content" ref={root} data-pagefind-ignore="all">
      {urlError && (
        <p className="builder__notice" role="alert">
          {urlError}
        </p>
      )}

      <section className="builder__section" aria-labelledby={`${uid}-start`}>
        <h2 id={`${uid}-start`} className="builder__heading">
          1. Start
        </h2>
        <div className="builder__row">
          <div className="builder__field builder__field--grow">
            <label htmlFor={`${uid}-template`}>Template</label>
            <select id={`${uid}-template`} value={pickedTemplate} onChange={(e) => setPickedTemplate(e.target.value)}>
              {templates.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.title}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="fpg-button"
            onClick={() => {
              update(
                stateFromTemplate(pickedTemplate),
                `Started from the template “${templates.find((t) => t.id === pickedTemplate)?.title}”.`,
              );
            }}
          >
            Use template
          </button>
          <button
            type="button"
            className="fpg-button"
            onClick={() => update(blankBuilderState(state.model), 'Started a blank prompt.')}
          >
            Start blank
          </button>
        </div>
        <div className="builder__field">
          <label htmlFor={`${uid}-model`}>Model</label>
          <select id={`${uid}-model`} value={state.model} onChange={(e) => update({ ...state, model: e.target.value as ModelId })}>
            {models.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <SlotFields state={state} onChange={(next) => update(next)} />
      </section>

      <section className="builder__section builder__result" aria-labelledby={`${uid}-prompt`}>
        <h2 id={`${uid}-prompt`} className="builder__heading">
          2. Your prompt
        </h2>
        <p className="builder__prompt" ref={promptBox} data-testid="builder-prompt">
          {prompt || <span className="builder__hint">Empty: add a template, fragments or your own words.</span>}
        </p>
        <div className="builder__row">
          <button
            type="button"
            className="fpg-button"
            disabled={!prompt}
            onClick={async () => setCopyStatus(copyMessages[await copyText(prompt, promptBox.current)])}
          >
            Copy prompt
          </button>
          <span role="status" className="builder__status">
            {copyStatus}
          </span>
        </div>
        <PromptCheck prompt={prompt} model={state.model} initialCheck={initialCheck} />
      </section>

      <section className="builder__section" aria-labelledby={`${uid}-parts`}>
        <h2 id={`${uid}-parts`} className="builder__heading">
          3. Parts, in order
        </h2>
        <p className="builder__hint">
          Parts start in BFL's recommended order (subject, action, style, context, camera, lighting, colour, details). Move them to change
          what comes first: FLUX weighs early words more.
        </p>
        <PartsList state={state} onChange={update} />
        <p role="status" className="builder__status">
          {announcement}
        </p>
      </section>

      <section className="builder__section" aria-labelledby={`${uid}-add`}>
        <h2 id={`${uid}-add`} className="builder__heading">
          4. Add to it
        </h2>
        <AddParts state={state} onChange={update} />
      </section>

      <section className="builder__section" aria-labelledby={`${uid}-export`}>
        <h2 id={`${uid}-export`} className="builder__heading">
          5. Copy in another format
        </h2>
        <ExportPanel
          prompt={prompt}
          parts={parts}
          state={state}
          onImportStructured={(imported) =>
            update(
              {
                ...blankBuilderState(state.model),
                parts: imported
                  .slice(0, BUILDER_PART_LIMIT)
                  .map((p) => ({ kind: 'text', text: p.text.slice(0, BUILDER_TEXT_MAX), slot: p.slot })),
              },
              'Replaced the prompt with the JSON prompt’s fields.',
            )
          }
        />
      </section>

      <section className="builder__section" aria-labelledby={`${uid}-save`}>
        <h2 id={`${uid}-save`} className="builder__heading">
          6. Save and share
        </h2>
        <SavedPanel state={state} onLoad={update} />
        <div className="builder__row">
          <button
            type="button"
            className="fpg-button"
            disabled={!shareable}
            onClick={async () =>
              setShareStatus(
                (await copyText(shareUrl, null)) === 'copied'
                  ? 'Link copied.'
                  : 'The browser refused the clipboard: copy the address bar instead, it holds the same link.',
              )
            }
          >
            Copy link to this prompt
          </button>
          <span role="status" className="builder__status">
            {shareable ? shareStatus : 'This prompt is too long to share as a link: save it and export the file instead.'}
          </span>
        </div>
      </section>
    </div>
  );
}
