import type { BuilderState } from './state';

/**
 * The builder's state in a URL. `?template=<id>` (optionally `&model=<id>`) opens a template
 * at its defaults, as the templates page links do; `?s=<base64url JSON>` carries the whole
 * state for "share this prompt". ./parse-query reads a link back; it needs zod, so the builder
 * imports it on demand, only when the URL carries one of builderQueryKeys.
 */

/** Longer links break in chat apps and some servers; past this, save or export instead. */
export const SHARE_URL_MAX = 6000;

/** The builder's own query keys: without one of them, the URL asks the builder for nothing. */
export const builderQueryKeys = ['s', 'template', 'model'] as const;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The query string (with its "?") that restores this state. */
export function encodeBuilderQuery(state: BuilderState): string {
  return `?s=${toBase64Url(JSON.stringify(state))}`;
}
