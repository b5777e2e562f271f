import { BUILDER_SHARE_MAX } from '../limits';
import { getModel, modelIds, type ModelId } from '../models';
import { fitRunOptions, sameRunOptions } from '../run/settings';
import type { ShareLinkRead } from '../share-link';
import { isTemplateId } from '../templates';
import { blankBuilderState, defaultBuilderState, stateFromTemplate, type BuilderState } from './state';
import { parseBuilderState } from './state-schema';

/**
 * Reads the builder's share link back (see ./share for the format). Parsing never throws: a
 * malformed URL gives the default state (the builder's opening template) and a message the
 * builder shows. It loads zod through ./state-schema, so the builder imports it on demand.
 */

function isModelId(id: string | null): id is ModelId {
  return (modelIds as readonly (string | null)[]).includes(id);
}

function fromBase64Url(encoded: string): string {
  const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/**
 * A shared state with its run options fitted to its model. Links made before run settings
 * existed carry none, and open as they always did (the model's defaults apply).
 */
function withFittedRun(state: BuilderState, rawRun: unknown): ShareLinkRead<BuilderState> {
  if (rawRun === undefined) return { state };
  const run = fitRunOptions(state.model, state.run ?? {});
  const same = state.run !== undefined && sameRunOptions(run, state.run);
  const fitted = { ...state, run };
  if (same) return { state: fitted };
  return { state: fitted, message: `Some run settings in this link do not fit ${getModel(state.model).name}, so its own values are used for those.` };
}

/** Reads a query string (with or without "?"); any string at all gives a usable state. */
export function builderFromQuery(search: string): ShareLinkRead<BuilderState> {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: defaultBuilderState(), message: 'This link could not be read, so the builder shows its default prompt.' };
  }
  const shared = params.get('s');
  const templateId = params.get('template');
  const modelParam = params.get('model');
  const model = isModelId(modelParam) ? modelParam : undefined;
  const modelError = modelParam !== null && !model ? ` The link names an unknown model, so ${blankBuilderState().model} is used.` : '';

  if (shared !== null) {
    if (search.length > BUILDER_SHARE_MAX * 2) {
      return { state: defaultBuilderState(), message: 'This shared link is too long to be a builder link, so the builder shows its default prompt.' };
    }
    let data: unknown;
    try {
      data = JSON.parse(fromBase64Url(shared));
    } catch {
      return { state: defaultBuilderState(), message: 'This shared link is damaged (perhaps cut short), so the builder shows its default prompt.' };
    }
    const parsed = parseBuilderState(data);
    if (!parsed.ok) {
      return { state: defaultBuilderState(), message: `This shared link holds a prompt the builder cannot use (${parsed.error}), so the builder shows its default prompt.` };
    }
    return withFittedRun(parsed.state, (data as { run?: unknown }).run);
  }
  if (templateId !== null) {
    if (!isTemplateId(templateId)) {
      return { state: defaultBuilderState(), message: 'This link names a template that does not exist, so the builder shows its default prompt.' };
    }
    const state = stateFromTemplate(templateId, model);
    return modelError ? { state, message: modelError.trim() } : { state };
  }
  if (modelParam !== null) {
    return model
      ? { state: blankBuilderState(model) }
      : { state: defaultBuilderState(), message: modelError.trim() };
  }
  return { state: defaultBuilderState() };
}
