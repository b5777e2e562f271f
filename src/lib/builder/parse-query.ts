import { getModel, modelIds, type ModelId } from '../models';
import { fitRunOptions, sameRunOptions } from '../run/settings';
import { isTemplateId } from '../templates';
import { SHARE_URL_MAX } from './share';
import { blankBuilderState, defaultBuilderState, stateFromTemplate, type BuilderState } from './state';
import { parseBuilderState } from './state-schema';

/**
 * Reads the builder's share link back (see ./share for the format). Parsing never throws: a
 * malformed URL gives the default state (the builder's opening template) and a message the
 * builder shows. It loads zod through ./state-schema, so the builder imports it on demand.
 */

export interface ShareParseResult {
  state: BuilderState;
  /** Shown to the reader when the link could not be used as it is. */
  error?: string;
  /** True when the URL asked for something (a template or a shared state). */
  fromUrl: boolean;
}

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
function withFittedRun(state: BuilderState, rawRun: unknown): ShareParseResult {
  if (rawRun === undefined) return { state, fromUrl: true };
  const run = fitRunOptions(state.model, state.run ?? {});
  const same = state.run !== undefined && sameRunOptions(run, state.run);
  const fitted = { ...state, run };
  if (same) return { state: fitted, fromUrl: true };
  return { state: fitted, error: `Some run settings in this link do not fit ${getModel(state.model).name}, so its own values are used for those.`, fromUrl: true };
}

/** Reads a query string (with or without "?"); any string at all gives a usable state. */
export function parseBuilderQuery(search: string): ShareParseResult {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: defaultBuilderState(), error: 'This link could not be read, so the builder shows its default prompt.', fromUrl: true };
  }
  const shared = params.get('s');
  const templateId = params.get('template');
  const modelParam = params.get('model');
  const model = isModelId(modelParam) ? modelParam : undefined;
  const modelError = modelParam !== null && !model ? ` The link names an unknown model, so ${blankBuilderState().model} is used.` : '';

  if (shared !== null) {
    if (search.length > SHARE_URL_MAX * 2) {
      return { state: defaultBuilderState(), error: 'This shared link is too long to be a builder link, so the builder shows its default prompt.', fromUrl: true };
    }
    let data: unknown;
    try {
      data = JSON.parse(fromBase64Url(shared));
    } catch {
      return { state: defaultBuilderState(), error: 'This shared link is damaged (perhaps cut short), so the builder shows its default prompt.', fromUrl: true };
    }
    const parsed = parseBuilderState(data);
    if (!parsed.ok) {
      return { state: defaultBuilderState(), error: `This shared link holds a prompt the builder cannot use (${parsed.error}), so the builder shows its default prompt.`, fromUrl: true };
    }
    return withFittedRun(parsed.state, (data as { run?: unknown }).run);
  }
  if (templateId !== null) {
    if (!isTemplateId(templateId)) {
      return { state: defaultBuilderState(), error: 'This link names a template that does not exist, so the builder shows its default prompt.', fromUrl: true };
    }
    const state = stateFromTemplate(templateId, model);
    return modelError ? { state, error: modelError.trim(), fromUrl: true } : { state, fromUrl: true };
  }
  if (modelParam !== null) {
    return model
      ? { state: blankBuilderState(model), fromUrl: true }
      : { state: defaultBuilderState(), error: modelError.trim(), fromUrl: true };
  }
  return { state: defaultBuilderState(), fromUrl: false };
}
