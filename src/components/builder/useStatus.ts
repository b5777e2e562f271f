import { useCallback, useEffect, useRef, useState } from 'react';

/** A status message that clears itself after a while (for "Copied", "Saved"…). */
export function useStatus(clearAfterMs = 4000): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const show = useCallback(
    (next: string) => {
      window.clearTimeout(timer.current);
      setMessage(next);
      if (next) timer.current = window.setTimeout(() => setMessage(''), clearAfterMs);
    },
    [clearAfterMs],
  );
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return [message, show];
}
