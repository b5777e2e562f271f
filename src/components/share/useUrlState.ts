import { useCallback, useEffect, useRef, useState } from 'react';
import type { ShareLinkRead } from '../../lib/share-link';
import { loadFromShareLink } from './on-demand';

interface UrlStateOptions<T> {
  /** The state the server renders: the page reads without JavaScript and a plain visit keeps it. */
  initial: T;
  /** The widget's own query keys; other parameters and the #anchor are left alone. */
  keys: readonly string[];
  /** Imports the parser on demand, so zod loads only when the link carries the widget's keys. */
  loadParser: () => Promise<(query: string) => ShareLinkRead<T>>;
  /** The widget's query for a state ("a=1&b=2"), or null when it is too long to share: its area's `<area>ToQuery`. */
  toQuery: (state: T) => string | null;
}

export interface UrlState<T> {
  state: T;
  /** A change made by the reader: from now on the address bar follows the state. */
  update: (change: T | ((current: T) => T)) => void;
  /** Why the link could not be read in full (the widget shows its defaults or what it could read). */
  linkMessage: string | null;
  /** True once the link has been read (or there was none): tests and styles can tell the live widget. */
  ready: boolean;
  /** True when the page's link carried the widget's keys (the state may still be the default). */
  linked: boolean;
  /** False when the state is too long for a link (the address bar then carries none of the widget's keys). */
  shareable: boolean;
  /** A full link to this state. */
  shareUrl: () => string;
}

/**
 * Calls to history.replaceState are rate-limited by browsers (Safari allows 100 in 30 s), and a
 * slider drag changes the state on every frame, so the address bar is written once the state
 * has rested this long.
 */
const WRITE_DELAY_MS = 200;

function withQuery(href: string, keys: readonly string[], query: string | null): URL {
  const url = new URL(href);
  for (const key of keys) url.searchParams.delete(key);
  for (const [key, value] of new URLSearchParams(query ?? '')) url.searchParams.set(key, value);
  return url;
}

/**
 * The one way a widget keeps its state in the page address. It reads the share link once after
 * hydration, and writes the address only after the reader's first change, so a plain visit or a
 * shared link stays exactly as it was opened until the reader does something.
 */
export function useUrlState<T>({ initial, keys, loadParser, toQuery }: UrlStateOptions<T>): UrlState<T> {
  const [state, setState] = useState<T>(initial);
  const [linkMessage, setLinkMessage] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const [linked, setLinked] = useState(false);
  const changedByReader = useRef(false);
  const options = useRef({ keys, loadParser, toQuery });

  useEffect(() => {
    const { keys, loadParser } = options.current;
    return loadFromShareLink({
      keys,
      loadParser,
      apply: (parsed) => {
        // A reader who changed something while the parser loaded keeps their change.
        if (changedByReader.current) return;
        setLinked(true);
        setState(parsed.state);
        setLinkMessage(parsed.message ?? null);
      },
      fail: setLinkMessage,
      done: () => setReady(true),
    });
  }, []);

  const query = toQuery(state);
  useEffect(() => {
    if (!changedByReader.current) return;
    const timer = window.setTimeout(() => {
      const url = withQuery(window.location.href, options.current.keys, query);
      if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
    }, WRITE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [query]);

  const update = useCallback((change: T | ((current: T) => T)) => {
    changedByReader.current = true;
    setLinkMessage(null);
    setState(change);
  }, []);

  const shareUrl = () => withQuery(window.location.href, keys, query).href;

  return { state, update, linkMessage, ready, linked, shareable: query !== null, shareUrl };
}
