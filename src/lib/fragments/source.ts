import type { FragmentSource } from './types';

/** The article the guide started from, as readers see it named (the About page says more). */
export const ARTICLE_NAME = 'PicassoIA’s article';

/** A source as a reader sees it: a label and, for cited facts, the link. */
export function describeSource(source: FragmentSource): { label: string; url?: string } {
  if (source.kind === 'article') return { label: `${ARTICLE_NAME}, “${source.section}”` };
  const url = new URL(source.url);
  return { label: url.hostname.replace(/^www\./, '') + url.pathname, url: source.url };
}
