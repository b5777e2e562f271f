import type { FragmentSource } from './types';

/** A source as a reader sees it: a label and, for cited facts, the link. */
export function describeSource(source: FragmentSource): { label: string; url?: string } {
  if (source.kind === 'seed') return { label: `Seed article, “${source.section}”` };
  return { label: new URL(source.url).hostname.replace(/^www\./, '') + new URL(source.url).pathname, url: source.url };
}
