import { useCallback, useEffect, useState } from 'react';

/**
 * True once the element is on screen or within `margin` of it (and from then on), so work for
 * what is far below the first screen — drawing a chart — waits until the person scrolls toward
 * it. Printing draws everything. Without IntersectionObserver (jsdom, old browsers) it is true
 * at once.
 */
export function useNearViewport<T extends Element>(margin = '400px'): [ref: (element: T | null) => void, near: boolean] {
  const supported = typeof IntersectionObserver !== 'undefined';
  const [near, setNear] = useState(!supported);
  const [element, setElement] = useState<T | null>(null);

  useEffect(() => {
    if (near || !element) return undefined;
    const show = () => setNear(true);
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) show();
      },
      { rootMargin: `${margin} 0px` },
    );
    observer.observe(element);
    window.addEventListener('beforeprint', show);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', show);
    };
  }, [near, element, margin]);

  const ref = useCallback((next: T | null) => setElement(next), []);
  return [ref, near];
}
