import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Screen readers announce a live region when its text changes, so the same message twice in a
 * row ("Copied", then "Copied" again) would be read once. The region is emptied first and the
 * message set this long after, which every screen reader hears as a change.
 */
const REANNOUNCE_MS = 30;

/**
 * The one status line of a widget: `announce(message)` shows it in a role="status" element and
 * has it read out, even when it repeats the last one; with `clearAfterMs` it goes away again.
 */
export function useAnnouncer(clearAfterMs?: number): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const timers = useRef<number[]>([]);
  const announce = useCallback(
    (next: string) => {
      for (const timer of timers.current) window.clearTimeout(timer);
      setMessage('');
      if (!next) return;
      timers.current = [window.setTimeout(() => setMessage(next), REANNOUNCE_MS)];
      if (clearAfterMs !== undefined) timers.current.push(window.setTimeout(() => setMessage(''), REANNOUNCE_MS + clearAfterMs));
    },
    [clearAfterMs],
  );
  useEffect(() => () => timers.current.forEach((timer) => window.clearTimeout(timer)), []);
  return [message, announce];
}
