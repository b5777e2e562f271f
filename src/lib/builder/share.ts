import { BUILDER_SHARE_MAX } from '../limits';
import type { BuilderState } from './state';

/**
 * The builder's share link (the shape every widget's link has: src/lib/share-link.ts).
 * `?template=<id>` (optionally `&model=<id>`) opens a template at its defaults, as the
 * templates page links do; `?s=<base64url JSON>` carries the whole state for "share this
 * prompt". ./share-parse reads a link back; it needs zod, so the builder imports it on demand,
 * only when the URL carries one of builderQueryKeys.
 */

/** The builder's own query keys: without one of them, the URL asks the builder for nothing. */
export const builderQueryKeys = ['s', 'template', 'model'] as const;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The query string that restores this state, without "?"; null when the link, "?" included, would pass BUILDER_SHARE_MAX. */
export function builderToQuery(state: BuilderState): string | null {
  const query = `s=${toBase64Url(JSON.stringify(state))}`;
  return 1 + query.length > BUILDER_SHARE_MAX ? null : query;
}
