import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether any of the element is on screen. The study renders draw only then: a frame nobody can
 * see costs a slow GPU seconds and a laptop its battery, and one is drawn as soon as the canvas
 * scrolls back into view.
 */
export function useOnScreen(ref: RefObject<Element | null>): boolean {
  const [onScreen, setOnScreen] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (typeof IntersectionObserver === 'undefined') {
      setOnScreen(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => setOnScreen(entries.some((entry) => entry.isIntersecting)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return onScreen;
}
