import '../zod-setup';
import { z } from 'zod/mini';
import { modelIds, type ModelId } from '../models';
import { isTemplateId } from '../templates';
import { blankBuilderState, defaultBuilderState, parseBuilderState, stateFromTemplate, type BuilderState } from './state';

/**
 * The builder's state in a URL. `?template=<id>` (optionally `&model=<id>`) opens a template
 * at its defaults, as the templates page links do; `?s=<base64url JSON>` carries the whole
 * state for "share this prompt". Parsing never throws: a malformed URL gives the default
 * state (the builder's opening template) and a message the builder shows.
 */

/** Longer links break in chat apps and some servers; past this, save or export instead. */
export const SHARE_URL_MAX = 6000;

export interface ShareParseResult {
  state: BuilderState;
  /** Shown to the reader when the link could not be used as it is. */
  error?: string;
  /** True when the URL asked for something (a template or a shared state). */
  fromUrl: boolean;
}

const ModelIdSchema = z.enum(modelIds);

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The query string (with its "?") that restores this state. */
export function encodeBuilderQuery(state: BuilderState): string {
  return `?s=${toBase64Url(JSON.stringify(state))}`;
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
  const model = ModelIdSchema.safeParse(modelParam);
  const modelError = modelParam !== null && !model.success ? ` The link names an unknown model, so ${blankBuilderState().model} is used.` : '';

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
    return { state: parsed.state, fromUrl: true };
  }
  if (templateId !== null) {
    if (!isTemplateId(templateId)) {
      return { state: defaultBuilderState(), error: 'This link names a template that does not exist, so the builder shows its default prompt.', fromUrl: true };
    }
    const state = stateFromTemplate(templateId, model.success ? model.data : undefined);
    return modelError ? { state, error: modelError.trim(), fromUrl: true } : { state, fromUrl: true };
  }
  if (modelParam !== null) {
    return model.success
      ? { state: blankBuilderState(model.data as ModelId), fromUrl: true }
      : { state: defaultBuilderState(), error: modelError.trim(), fromUrl: true };
  }
  return { state: defaultBuilderState(), fromUrl: false };
}
