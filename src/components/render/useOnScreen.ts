import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether any of the element is on screen, or within `margin` of it (an IntersectionObserver
 * rootMargin such as "50% 0px": about to be seen). The study renders draw only while on screen:
 * a frame nobody can see costs a slow GPU seconds and a laptop its battery, and one is drawn as
 * soon as the canvas scrolls back into view.
 */
export function useOnScreen(ref: RefObject<Element | null>, margin = '0px'): boolean {
  const [onScreen, setOnScreen] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (typeof IntersectionObserver === 'undefined') {
      setOnScreen(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => setOnScreen(entries.some((entry) => entry.isIntersecting)), { rootMargin: margin });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin]);
  return onScreen;
}
