import { useId, useMemo, useRef, useState } from 'react';
import {
  blankBuilderState,
  builderPrompt,
  builderPromptParts,
  defaultBuilderState,
  DEFAULT_BUILDER_TEMPLATE,
  stateFromTemplate,
  type BuilderState,
} from '../../lib/builder/state';
import { builderQueryKeys, builderToQuery } from '../../lib/builder/share';
import { BUILDER_PART_LIMIT, BUILDER_TEXT_MAX } from '../../lib/limits';
import { getModel, models } from '../../lib/models';
import { knownQwen3Count } from '../../lib/prompt/tokens';
import { fillTemplate, templates } from '../../lib/templates';
import { copyMessages, copyText } from '../copy/copy-text';
import { useUrlState } from '../share/useUrlState';
import { LinkMessage } from '../share/LinkMessage';
import { CheckerPanel } from '../prompt/CheckerPanel';
import { usePromptCheck } from '../prompt/usePromptCheck';
import { AddParts } from './AddParts';
import { ExportPanel } from './ExportPanel';
import { PartsList } from './PartsList';
import { SavedPanel } from './SavedPanel';
import { SlotFields } from './SlotFields';
import { UndoStatus } from './UndoStatus';
import { useUndo } from './useUndo';
import SelectField from '../fields/SelectField';
import { useAnnouncer } from '../status/useAnnouncer';
import './builder.css';

/** What the builder opens with when the address asks for nothing (and what the server renders). */
const openingState = defaultBuilderState();

interface Props {
  /** Exact Qwen3 counts of each template's default prompt, by template id, counted when the page is built. */
  templateTokenCounts?: Record<string, number>;
}

/**
 * The prompt builder. Its first render (on the server) is the default template, so the page
 * reads without JavaScript; once hydrated it reads the URL (?template=… or a shared ?s=…),
 * and keeps the URL in step with the state so the address bar is always a share link.
 */
export default function Builder({ templateTokenCounts = {} }: Props) {
  const uid = useId();
  const {
    state,
    update: setState,
    linkMessage: urlError,
    ready,
    shareable,
    shareUrl,
  } = useUrlState<BuilderState>({
    initial: openingState,
    keys: builderQueryKeys,
    loadParser: () => import('../../lib/builder/share-parse').then((m) => m.builderFromQuery),
    toQuery: builderToQuery,
  });
  const [announcement, setAnnouncement] = useState('');
  // The template list shows the reader's pick, else the template the state (or its share link) came from.
  const [templatePick, setPickedTemplate] = useState<string | null>(null);
  const pickedTemplate = templatePick ?? state.template ?? DEFAULT_BUILDER_TEMPLATE;
  const [copyStatus, setCopyStatus] = useAnnouncer(4000);
  const [shareStatus, setShareStatus] = useAnnouncer(8000);
  const promptBox = useRef<HTMLParagraphElement>(null);

  // "Use template", "Start blank", loading and importing replace everything: they can be undone.
  const undo = useUndo(state, setState);
  const update = (next: BuilderState, message = '') => {
    setState(next);
    setAnnouncement(message);
    undo.clear();
  };

  const prompt = builderPrompt(state);
  const parts = builderPromptParts(state);
  const templateCount = state.template ? templateTokenCounts[state.template] : undefined;
  const unchangedTemplate =
    templateCount !== undefined && getModel(state.model).encoder.kind === 'qwen3' && prompt === fillTemplate(state.template!);
  // Kept stable between renders, so the checker does not run again for a render that changed nothing it reads.
  const knownExact = useMemo(() => (unchangedTemplate ? knownQwen3Count(templateCount!) : null), [unchangedTemplate, templateCount]);
  const check = usePromptCheck(prompt, state.model, knownExact);

  return (
    <div className="builder fpg-controls not-content" data-ready={ready ? 'true' : 'false'} data-pagefind-ignore="all">
      <LinkMessage message={urlError} />

      <section className="builder__section" aria-labelledby={`${uid}-start`}>
        <h2 id={`${uid}-start`} className="builder__heading">
          1. Start
        </h2>
        <div className="builder__row">
          <div className="builder__field--grow">
            <SelectField
              label="Template"
              value={pickedTemplate}
              onChange={setPickedTemplate}
              options={templates.map((t) => ({ value: t.id, label: t.title }))}
            />
          </div>
          <button
            type="button"
            className="fpg-button"
            onClick={() => {
              undo.replace(
                stateFromTemplate(pickedTemplate),
                `Started from the template “${templates.find((t) => t.id === pickedTemplate)?.title}”.`,
                'start',
              );
            }}
          >
            Use template
          </button>
          <button
            type="button"
            className="fpg-button"
            onClick={() => undo.replace(blankBuilderState(state.model), 'Started a blank prompt.', 'start')}
          >
            Start blank
          </button>
        </div>
        <UndoStatus undo={undo} at="start" />
        <SelectField
          label="Model"
          value={state.model}
          onChange={(model) => update({ ...state, model })}
          options={models.map((m) => ({ value: m.id, label: m.name }))}
        />
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
        <h3 className="builder__subheading">Checker</h3>
        <CheckerPanel check={check} />
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
          5. Run it
        </h2>
        <ExportPanel
          prompt={prompt}
          parts={parts}
          state={state}
          onRunChange={(run) => update({ ...state, run })}
          onImportStructured={(imported) =>
            undo.replace(
              {
                ...blankBuilderState(state.model),
                parts: imported
                  .slice(0, BUILDER_PART_LIMIT)
                  .map((p) => ({ kind: 'text', text: p.text.slice(0, BUILDER_TEXT_MAX), slot: p.slot })),
              },
              'Replaced the prompt with the JSON prompt’s fields.',
              'export',
            )
          }
        />
        <UndoStatus undo={undo} at="export" />
      </section>

      <section className="builder__section" aria-labelledby={`${uid}-save`}>
        <h2 id={`${uid}-save`} className="builder__heading">
          6. Save and share
        </h2>
        <SavedPanel state={state} onLoad={(loaded, message) => undo.replace(loaded, message, 'saved')} />
        <UndoStatus undo={undo} at="saved" />
        <div className="builder__row">
          <button
            type="button"
            className="fpg-button"
            disabled={!shareable}
            onClick={async () =>
              setShareStatus(
                (await copyText(shareUrl(), null)) === 'copied'
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
