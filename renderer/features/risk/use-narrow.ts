import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * Whether an element is narrower than `maxWidthPx`, followed as it resizes:
 * the plot card lays itself out for the map's side panel or the dashboard's
 * dialog without either telling it which.
 */
export function useNarrow(ref: RefObject<HTMLElement | null>, maxWidthPx: number): boolean {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setNarrow(entry.contentRect.width < maxWidthPx);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, maxWidthPx]);
  return narrow;
}
