import { queryCarriesAny } from '../../lib/share-link';

/**
 * Widgets parse share links and stored data with zod, which is about 10 KB of compressed
 * JavaScript. They import those parsers on demand, only when the URL or storage holds
 * something to parse, so a first visit loads none of it. If that import fails (the reader
 * went offline after the page loaded), the widget keeps its defaults and says so.
 */
const PARSER_LOAD_FAILED = 'The settings in this link could not be loaded (is the page offline?), so the defaults are shown.';

interface ShareLinkLoad<T> {
  /** The widget's own query keys: without any of them in the URL there is nothing to parse. */
  keys: readonly string[];
  /** Imports the parser, e.g. `() => import('…/share-parse').then((m) => m.lensFromQuery)`. */
  loadParser: () => Promise<(search: string) => T>;
  /** Receives what the parser made of the query string. */
  apply: (parsed: T) => void;
  /** Receives PARSER_LOAD_FAILED when the parser could not be loaded. */
  fail: (message: string) => void;
  /** Runs once the link has been dealt with, whether there was one or not. */
  done?: () => void;
}

/**
 * Reads a widget's settings from the page's share link, loading the parser only when the link
 * carries some. Call it from an effect after hydration; it returns the effect's clean-up.
 */
export function loadFromShareLink<T>({ keys, loadParser, apply, fail, done }: ShareLinkLoad<T>): () => void {
  const search = window.location.search;
  if (!queryCarriesAny(search, keys)) {
    done?.();
    return () => {};
  }
  let active = true;
  loadParser()
    .then((parse) => active && apply(parse(search)))
    .catch(() => active && fail(PARSER_LOAD_FAILED))
    .finally(() => active && done?.());
  return () => {
    active = false;
  };
}
